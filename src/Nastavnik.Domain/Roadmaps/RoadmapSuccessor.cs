using System.Text.RegularExpressions;

namespace Nastavnik.Domain.Roadmaps;

/// <summary>The next period's roadmap proposed as a copy with changes (as the Boguchany roadmap asks at year end): the same
/// sections and activities moved to the next period, deadlines' years moved with it, what was not done marked as
/// carried over, targets kept where the old roadmap had them and otherwise proposed from the trend of the actuals.</summary>
public static partial class RoadmapSuccessor
{
    public static int PeriodShiftYears(Roadmap source) =>
        source.PeriodEnd.Year - source.PeriodStart.Year + (source.PeriodStart is { Month: 1, Day: 1 } ? 1 : 0);

    public static Roadmap Create(Roadmap source, DateTimeOffset now)
    {
        var shift = PeriodShiftYears(source);
        var next = new Roadmap
        {
            Title = ShiftYears(source.Title, shift), Level = source.Level, RegionId = source.RegionId, MunicipalityId = source.MunicipalityId,
            OrganizationId = source.OrganizationId, PeriodStart = source.PeriodStart.AddYears(shift), PeriodEnd = source.PeriodEnd.AddYears(shift),
            AllowedDeviationPercent = source.AllowedDeviationPercent, ParentId = source.ParentId, PreviousId = source.Id, Status = RoadmapStatus.Draft,
            ChildRequirement = source.ChildRequirement, ChildTemplate = source.ChildTemplate, CreatedAt = now,
        };
        foreach (var s in source.Sections.OrderBy(s => s.Position))
        {
            var section = new RoadmapSection { Position = s.Position, Number = s.Number, Title = s.Title, Stage = s.Stage };
            foreach (var a in s.Activities.OrderBy(a => a.Position))
            {
                var schedule = a.ScheduleText is null ? null : ShiftYears(a.ScheduleText, shift);
                var parsed = schedule is null ? null : ScheduleParser.Parse(schedule, next.PeriodStart, next.PeriodEnd);
                var activity = new RoadmapActivity
                {
                    Roadmap = next, Position = a.Position, Number = a.Number, Title = a.Title, Code = a.Code, ResultForm = a.ResultForm, ExpectedResult = a.ExpectedResult,
                    ScheduleText = schedule, ScheduleNeedsReview = parsed?.NeedsReview ?? false, ScheduleNote = parsed?.Note,
                    Responsible = a.Responsible, RegionalExecutors = a.RegionalExecutors, OrganizationExecutors = a.OrganizationExecutors,
                    Comment = a.Status is ActivityStatus.Done or ActivityStatus.Cancelled ? null : "Перенесено: не выполнено в предыдущем периоде.",
                    DueDates = (parsed?.DueDates ?? []).Select(d => new ActivityDueDate { DueOn = d }).ToList(),
                };
                foreach (var i in a.Indicators)
                {
                    var forecast = Forecast.Next(i.Years.Where(y => y.Actual is not null).Select(y => (y.Year, y.Actual!.Value)));
                    var indicator = new ActivityIndicator
                    {
                        Description = i.Description, Unit = i.Unit, Source = i.Source, EveryYearTarget = i.EveryYearTarget,
                        AllowedDeviationPercent = i.AllowedDeviationPercent, NeedsReview = i.NeedsReview,
                    };
                    foreach (var year in next.Years)
                    {
                        var kept = i.Years.FirstOrDefault(y => y.Year == year)?.Target;
                        var last = i.Years.Where(y => y.Target is not null).OrderBy(y => y.Year).LastOrDefault()?.Target;
                        var proposed = kept ?? (forecast is null ? last : Math.Max(forecast.Value, last ?? 0));
                        if (i.Unit == IndicatorUnit.Percent && proposed > 100) proposed = 100;
                        if (i.Unit != IndicatorUnit.Percent && proposed is { } p) proposed = Math.Ceiling(p);
                        indicator.Years.Add(new IndicatorYear { Year = year, Target = proposed });
                    }
                    activity.Indicators.Add(indicator);
                }
                section.Activities.Add(activity);
            }
            next.Sections.Add(section);
        }
        return next;
    }

    /// <summary>Moves every year in a text: "2022-23 учебный год" → "2023-24 учебный год", "Июнь 2023" → "Июнь 2024".</summary>
    public static string ShiftYears(string text, int shift) => YearRegex().Replace(text, m =>
        m.Groups["short"].Success ? ((int.Parse(m.Value) + shift) % 100).ToString("00") : (int.Parse(m.Value) + shift).ToString());

    [GeneratedRegex(@"(?<!\d)20\d{2}(?!\d)|(?<=20\d{2}\s*[-–]\s*)(?<short>\d{2})(?!\d)")]
    private static partial Regex YearRegex();
}
