using Nastavnik.Domain.Common;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Roadmaps.Import;

namespace Nastavnik.Domain.Roadmaps;

/// <summary>Roadmaps made from the documents' samples: the municipal one of ZATO Seversk (seed 002, its years moved to
/// the new period) and the 34-step school / 10-step college roadmaps of the Tomsk order (seed 003, dates spread over
/// the period in the steps' order, grouped by the program's stages).</summary>
public static class RoadmapTemplateLibrary
{
    private const int MunicipalSampleStartYear = 2021;

    public static Roadmap Create(ChildTemplate template, string title, RoadmapLevel level, int? regionId, int? municipalityId, int? organizationId, DateOnly start, DateOnly end)
    {
        if (end <= start) throw new DomainException("Окончание периода должно быть позже начала.", "PeriodEnd");
        var roadmap = template == ChildTemplate.Municipal
            ? Municipal(title, level, regionId, municipalityId, organizationId, start, end)
            : FromSteps(RoadmapTemplates.For(template == ChildTemplate.College ? RoadmapTemplateKind.College : RoadmapTemplateKind.School),
                new Roadmap { Title = title, Level = level, RegionId = regionId, MunicipalityId = municipalityId, OrganizationId = organizationId, PeriodStart = start, PeriodEnd = end },
                template == ChildTemplate.College ? "ПОО-" : "ОО-");
        roadmap.Validate();
        return roadmap;
    }

    /// <param name="codePrefix">Codes link the same step across the roadmaps made from one sample ("ОО-33").</param>
    private static Roadmap FromSteps(IReadOnlyList<RoadmapTemplateStep> steps, Roadmap roadmap, string codePrefix)
    {
        var days = roadmap.PeriodEnd.DayNumber - roadmap.PeriodStart.DayNumber;
        foreach (var stage in steps.GroupBy(s => s.Stage).OrderBy(g => g.Key))
        {
            var section = new RoadmapSection { Position = roadmap.Sections.Count + 1, Title = stage.Key.Ru() };
            foreach (var step in stage)
            {
                var due = roadmap.PeriodStart.AddDays((int)Math.Round(days * step.ShareOfPeriod));
                section.Activities.Add(new RoadmapActivity
                {
                    Roadmap = roadmap, Position = section.Activities.Count + 1, Number = step.Number.ToString(), Title = step.Title, Code = codePrefix + step.Number,
                    ScheduleText = $"До {due:dd.MM.yyyy}", Responsible = step.Responsible, DueDates = [new ActivityDueDate { DueOn = due }],
                });
            }
            roadmap.Sections.Add(section);
        }
        return roadmap;
    }

    private static Roadmap Municipal(string title, RoadmapLevel level, int? regionId, int? municipalityId, int? organizationId, DateOnly start, DateOnly end)
    {
        var draft = RoadmapTableImporter.Parse(TextTableReader.Read(Sample("municipal-seversk")));
        var shift = start.Year - MunicipalSampleStartYear;
        foreach (var activity in draft.Activities)
            if (activity.ScheduleText is { } text) activity.ScheduleText = RoadmapSuccessor.ShiftYears(text, shift);
        (draft.Title, draft.StartYear, draft.EndYear, draft.SchoolYear) = (title, start.Year, end.Year, false);
        var roadmap = DraftToRoadmap.Build(draft, level, regionId, municipalityId, organizationId, null);
        (roadmap.PeriodStart, roadmap.PeriodEnd, roadmap.Status) = (start, end, RoadmapStatus.Draft);
        var position = 0;
        foreach (var activity in roadmap.Activities) activity.Code = "МО-" + ++position;
        return roadmap;
    }

    /// <summary>The text of an embedded sample document: «municipal-seversk» (seed 002's roadmap), «regional-tomsk» (seed 000).</summary>
    public static string Sample(string name)
    {
        using var stream = typeof(RoadmapTemplateLibrary).Assembly.GetManifestResourceStream($"Nastavnik.Roadmaps.{name}.txt")
            ?? throw new InvalidOperationException($"The roadmap sample {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
