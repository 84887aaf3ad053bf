using Nastavnik.Domain.Roadmaps.Import;

namespace Nastavnik.Web.Features.Roadmaps.Import;

/// <summary>The preview's form: everything the importer understood, editable, posted back to re-check or save.</summary>
public sealed class RoadmapForm
{
    public string Title { get; set; } = "";
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public bool SchoolYear { get; set; }
    public string? OrderNumber { get; set; }
    public DateOnly? OrderDate { get; set; }
    public decimal? AllowedDeviationPercent { get; set; }
    public string? SourceFileName { get; set; }
    /// <summary>The program document's goal and tasks (one a line).</summary>
    public string? Goal { get; set; }
    public string? Tasks { get; set; }
    /// <summary>The mentorship program the roadmap is attached to: the period is the program's.</summary>
    public int? ProgramId { get; set; }
    /// <summary>The recognised columns, as "Number,Title,…", and their headers.</summary>
    public string Columns { get; set; } = "";
    public List<string> Headers { get; set; } = [];
    public List<SectionForm> Sections { get; set; } = [];

    public static RoadmapForm From(RoadmapDraft draft, string? fileName) => new()
    {
        Title = draft.Title, StartYear = draft.StartYear, EndYear = draft.EndYear, SchoolYear = draft.SchoolYear,
        OrderNumber = draft.OrderNumber, OrderDate = draft.OrderDate, AllowedDeviationPercent = draft.AllowedDeviationPercent,
        Goal = draft.Goal, Tasks = draft.Tasks.Count == 0 ? null : string.Join('\n', draft.Tasks), ProgramId = draft.ProgramId,
        SourceFileName = fileName, Columns = string.Join(",", draft.Layout.Columns), Headers = draft.Layout.Headers.ToList(),
        Sections = draft.Sections.Select(s => new SectionForm
        {
            Number = s.Number, Title = s.Title, Stage = s.Stage,
            Activities = s.Activities.Select(a => new ActivityForm
            {
                Number = a.Number, Title = a.Title, IndicatorText = a.IndicatorText, ResultForm = a.ResultForm, ExpectedResult = a.ExpectedResult,
                ScheduleText = a.ScheduleText, Responsible = a.Responsible, RegionalExecutors = a.RegionalExecutors, OrganizationExecutors = a.OrganizationExecutors,
            }).ToList(),
        }).ToList(),
    };

    /// <summary>The draft as corrected by the user, read again (targets, due dates) for the preview or the save.</summary>
    /// <param name="program">The attached program (found in the user's scope), whose period the roadmap takes.</param>
    public RoadmapDraft ToDraft((int Id, DateOnly Start, DateOnly End)? program = null)
    {
        var columns = Columns.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<RoadmapColumn>).ToList();
        var headers = Headers.Count == columns.Count ? Headers : columns.Select(c => c.ToString()).ToList();
        var draft = new RoadmapDraft
        {
            Title = Title?.Trim() ?? "", StartYear = StartYear, EndYear = EndYear, SchoolYear = SchoolYear, OrderNumber = OrderNumber,
            OrderDate = OrderDate, AllowedDeviationPercent = AllowedDeviationPercent, Layout = new ColumnLayout(columns, headers),
            Goal = string.IsNullOrWhiteSpace(Goal) ? null : Goal.Trim(),
            Tasks = (Tasks ?? "").Split('\n').Select(CellText.Clean).Where(t => t.Length > 0).ToList(),
        };
        if (program is { } p) draft.TakePeriodOf(p.Id, p.Start, p.End);
        foreach (var s in Sections)
        {
            var section = new DraftSection { Number = s.Number, Title = s.Title ?? "", Stage = s.Stage };
            foreach (var a in s.Activities.Where(a => !a.Remove))
            {
                var activity = new DraftActivity
                {
                    Number = a.Number, Title = a.Title ?? "", IndicatorText = a.IndicatorText, ResultForm = a.ResultForm, ExpectedResult = a.ExpectedResult,
                    ScheduleText = a.ScheduleText, Responsible = a.Responsible, RegionalExecutors = a.RegionalExecutors, OrganizationExecutors = a.OrganizationExecutors,
                    DueOn = a.DueOn,
                };
                activity.Interpret(draft.Layout.Has(RoadmapColumn.Indicator), draft.PeriodStart, draft.PeriodEnd);
                section.Activities.Add(activity);
            }
            if (section.Activities.Count > 0) draft.Sections.Add(section);
        }
        return draft;
    }
}

public sealed class SectionForm
{
    public string? Number { get; set; }
    public string? Title { get; set; }
    public string? Stage { get; set; }
    public List<ActivityForm> Activities { get; set; } = [];
}

public sealed class ActivityForm
{
    public string? Number { get; set; }
    public string? Title { get; set; }
    public string? IndicatorText { get; set; }
    public string? ResultForm { get; set; }
    public string? ExpectedResult { get; set; }
    public string? ScheduleText { get; set; }
    public string? Responsible { get; set; }
    public string? RegionalExecutors { get; set; }
    public string? OrganizationExecutors { get; set; }
    /// <summary>The date the user sets for a deadline counted from another event.</summary>
    public DateOnly? DueOn { get; set; }
    /// <summary>The user drops a row the importer took by mistake.</summary>
    public bool Remove { get; set; }
}
