namespace Nastavnik.Domain.Roadmaps.Import;

/// <summary>What the importer understood of a document, for the user to check and correct before it is saved.</summary>
public sealed class RoadmapDraft
{
    public string Title { get; set; } = "";
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    /// <summary>"на 2022-23 учебный год": the period runs September to August.</summary>
    public bool SchoolYear { get; set; }
    public string? OrderNumber { get; set; }
    public DateOnly? OrderDate { get; set; }
    /// <summary>From a footnote such as "Допустимое возможное отклонение от показателей – не более 1 %".</summary>
    public decimal? AllowedDeviationPercent { get; set; }
    /// <summary>A program document's goal and tasks, when the roadmap comes with its program (its expected results are a section).</summary>
    public string? Goal { get; set; }
    public List<string> Tasks { get; set; } = [];
    /// <summary>The program (of an organization) the roadmap is attached to: its period when the document has none.</summary>
    public int? ProgramId { get; set; }
    public DateOnly? ProgramStart { get; set; }
    public DateOnly? ProgramEnd { get; set; }
    public ColumnLayout Layout { get; set; } = null!;
    public List<DraftSection> Sections { get; } = [];
    public List<string> Footnotes { get; } = [];
    public List<string> Warnings { get; } = [];

    public IEnumerable<DraftActivity> Activities => Sections.SelectMany(s => s.Activities);

    public DateOnly? PeriodStart => ProgramStart ?? (StartYear is { } y ? (SchoolYear ? new DateOnly(y, 9, 1) : new DateOnly(y, 1, 1)) : null);
    public DateOnly? PeriodEnd => ProgramEnd ?? (EndYear is { } y ? (SchoolYear ? new DateOnly(y, 8, 31) : new DateOnly(y, 12, 31)) : null);

    /// <summary>The roadmap runs over the attached program's period (the years shown are the program's).</summary>
    public void TakePeriodOf(int programId, DateOnly start, DateOnly end)
    {
        (ProgramId, ProgramStart, ProgramEnd, StartYear, EndYear) = (programId, start, end, start.Year, end.Year);
        SchoolYear = start.Month >= 8 && end.Year > start.Year;
    }
}

public sealed class DraftSection
{
    public string? Number { get; set; }
    public string Title { get; set; } = "";
    /// <summary>The stage heading the section is under («ОСНОВНОЙ ЭТАП»), if the document has stages.</summary>
    public string? Stage { get; set; }
    public List<DraftActivity> Activities { get; } = [];
}

public sealed class DraftActivity
{
    public string Where { get; set; } = "";
    public string? Number { get; set; }
    public string Title { get; set; } = "";
    public string? IndicatorText { get; set; }
    public string? ResultForm { get; set; }
    public string? ExpectedResult { get; set; }
    public string? ScheduleText { get; set; }
    public string? Responsible { get; set; }
    public string? RegionalExecutors { get; set; }
    public string? OrganizationExecutors { get; set; }
    /// <summary>The date the user set for a deadline the text does not fix («в течение 10 дней после …»); the text is kept.</summary>
    public DateOnly? DueOn { get; set; }
    /// <summary>Targets read from the indicator column, or from the expected result when the table has none.</summary>
    public TargetText? Targets { get; set; }
    /// <summary>The counts behind a share, by year: «(16: 9 – ДОУ, 7 – МОУ)» — organizations in all and of each kind.</summary>
    public IReadOnlyList<TargetText> Breakdown { get; set; } = [];
    public IEnumerable<TargetText> AllTargets => Targets is null ? Breakdown : Breakdown.Prepend(Targets);
    public Schedule? Schedule { get; set; }

    /// <summary>The parties named in a column of responsible parties, one by one.</summary>
    public IReadOnlyList<string> Parties(RoadmapColumn column) => ResponsibleParties.Split(this[column]);

    public string? this[RoadmapColumn column]
    {
        get => column switch
        {
            RoadmapColumn.Number => Number,
            RoadmapColumn.Title => Title,
            RoadmapColumn.Indicator => IndicatorText,
            RoadmapColumn.ResultForm => ResultForm,
            RoadmapColumn.ExpectedResult => ExpectedResult,
            RoadmapColumn.Schedule => ScheduleText,
            RoadmapColumn.Responsible => Responsible,
            RoadmapColumn.RegionalExecutors => RegionalExecutors,
            RoadmapColumn.OrganizationExecutors => OrganizationExecutors,
            _ => null,
        };
        set
        {
            switch (column)
            {
                case RoadmapColumn.Number: Number = value; break;
                case RoadmapColumn.Title: Title = value ?? ""; break;
                case RoadmapColumn.Indicator: IndicatorText = value; break;
                case RoadmapColumn.ResultForm: ResultForm = value; break;
                case RoadmapColumn.ExpectedResult: ExpectedResult = value; break;
                case RoadmapColumn.Schedule: ScheduleText = value; break;
                case RoadmapColumn.Responsible: Responsible = value; break;
                case RoadmapColumn.RegionalExecutors: RegionalExecutors = value; break;
                case RoadmapColumn.OrganizationExecutors: OrganizationExecutors = value; break;
            }
        }
    }

    /// <summary>Re-reads targets and due dates from the texts (after import or after the user corrected a cell).</summary>
    public void Interpret(bool hasIndicatorColumn, DateOnly? periodStart, DateOnly? periodEnd)
    {
        var text = hasIndicatorColumn ? IndicatorText : ExpectedResult;
        var targets = YearTargets.Parse(text, hasIndicatorColumn ? ResultForm ?? Title : Title);
        Targets = targets.IsEmpty ? null : targets;
        Breakdown = Targets is null ? [] : YearTargets.Breakdown(text, Targets.Description);
        Schedule = periodStart is { } s && periodEnd is { } e && !string.IsNullOrWhiteSpace(ScheduleText) ? ScheduleParser.Parse(ScheduleText, s, e) : null;
        if (DueOn is { } due)
        {
            var outside = periodStart is { } ps && periodEnd is { } pe && (due < ps || due > pe);
            Schedule = new Schedule(ScheduleText ?? "", ScheduleKind.Date, [due], outside,
                outside ? $"Дата {due:dd.MM.yyyy} вне периода дорожной карты — проверьте." : $"Дата поставлена вручную: {due:dd.MM.yyyy}.");
        }
    }
}
