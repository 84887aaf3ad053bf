using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Roadmaps.Import;

/// <summary>Turns a checked draft into a roadmap: due dates from the deadline texts, indicators with their yearly
/// targets, every activity in its section and order. Problems are named by section and activity.</summary>
public static class DraftToRoadmap
{
    public static Roadmap Build(RoadmapDraft draft, RoadmapLevel level, int? regionId, int? municipalityId, int? organizationId, string? sourceFileName)
    {
        if (draft.PeriodStart is not { } start || draft.PeriodEnd is not { } end)
            throw new DomainException("Укажите период дорожной карты: год начала и год окончания.", "StartYear");
        var roadmap = new Roadmap
        {
            Level = level, RegionId = regionId, MunicipalityId = municipalityId, OrganizationId = organizationId,
            Title = draft.Title.Trim(), PeriodStart = start, PeriodEnd = end, OrderNumber = Blank(draft.OrderNumber), OrderDate = draft.OrderDate,
            AllowedDeviationPercent = draft.AllowedDeviationPercent ?? 0, SourceFileName = sourceFileName,
            Status = draft.OrderNumber is null ? RoadmapStatus.Draft : RoadmapStatus.Approved,
        };
        var hasIndicator = draft.Layout.Has(RoadmapColumn.Indicator);
        var sectionNo = 0;
        foreach (var s in draft.Sections)
        {
            sectionNo++;
            var section = new RoadmapSection { Position = sectionNo, Number = Blank(s.Number), Title = s.Title.Trim(), Stage = Blank(s.Stage) };
            var activityNo = 0;
            foreach (var a in s.Activities)
            {
                activityNo++;
                if (string.IsNullOrWhiteSpace(a.Title))
                    throw new DomainException($"Раздел {sectionNo}, мероприятие {activityNo}{(a.Number is null ? "" : " (№ " + a.Number + ")")}: не указано название мероприятия.", "Title");
                a.Interpret(hasIndicator, start, end);
                var activity = new RoadmapActivity
                {
                    Roadmap = roadmap, Position = activityNo, Number = Blank(a.Number), Title = a.Title.Trim(), ResultForm = Blank(a.ResultForm), ExpectedResult = Blank(a.ExpectedResult),
                    ScheduleText = Blank(a.ScheduleText), Responsible = ResponsibleParties.Join(a.Responsible), RegionalExecutors = ResponsibleParties.Join(a.RegionalExecutors),
                    OrganizationExecutors = ResponsibleParties.Join(a.OrganizationExecutors),
                    ScheduleNeedsReview = a.Schedule?.NeedsReview ?? !string.IsNullOrWhiteSpace(a.ScheduleText), ScheduleNote = a.Schedule?.Note,
                };
                foreach (var due in a.Schedule?.DueDates ?? []) activity.DueDates.Add(new ActivityDueDate { DueOn = due });
                foreach (var t in a.AllTargets)
                {
                    var indicator = new ActivityIndicator
                    {
                        Description = Cut(t.Description, 1000), Unit = t.Unit, EveryYearTarget = t.EveryYear, NeedsReview = t.NeedsReview,
                        Metric = Monitoring.MetricMatcher.Guess(t.Description, a.Title, t.Unit)
                    };
                    if (FactMatcher.Guess(t.Description, a.Title, t.Unit) is { } fact)
                        (indicator.Source, indicator.FactEventKind, indicator.FactLevel) = (fact.Source, fact.Kind, fact.Level);
                    foreach (var year in roadmap.Years.Union(t.ByYear.Keys).Order())
                        indicator.Years.Add(new IndicatorYear { Year = year, Target = t.ByYear.TryGetValue(year, out var v) ? v : null });
                    activity.Indicators.Add(indicator);
                }
                section.Activities.Add(activity);
            }
            roadmap.Sections.Add(section);
        }
        roadmap.Validate();
        return roadmap;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    private static string Cut(string s, int max) => s.Length > max ? s[..max] : s;
}
