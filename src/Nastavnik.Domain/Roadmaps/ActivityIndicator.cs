using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Roadmaps;

public enum IndicatorState
{
    [Display(Name = "нет цели")] NoTarget = 0,
    [Display(Name = "ожидается")] Pending = 1,
    [Display(Name = "нет данных")] Missing = 2,
    [Display(Name = "достигнут")] Achieved = 3,
    [Display(Name = "в пределах допустимого отклонения")] WithinDeviation = 4,
    [Display(Name = "не достигнут")] NotAchieved = 5,
}

/// <summary>A target indicator of an activity ("Количество записей в реестре", "Наличие программ") with its values per year.</summary>
public class ActivityIndicator
{
    public int Id { get; set; }
    public int ActivityId { get; set; }
    public required string Description { get; set; }
    public IndicatorUnit Unit { get; set; }
    public IndicatorSource Source { get; set; }
    /// <summary>The same target for every year ("не менее 200 человек"), when the document gives no yearly figures.</summary>
    public decimal? EveryYearTarget { get; set; }
    /// <summary>Overrides the roadmap's allowed deviation for this indicator.</summary>
    public decimal? AllowedDeviationPercent { get; set; }
    public bool NeedsReview { get; set; }
    /// <summary>The catalogue indicator this one is («Проведение мероприятий» — мероприятий проведено): its yearly targets
    /// are then the roadmap's territory's targets for that indicator on the monitoring dashboard and in reports.</summary>
    public Monitoring.MetricCode? Metric { get; set; }
    /// <summary>For a fact from the events calendar: only events of this kind («форум»).</summary>
    public Events.EventKind? FactEventKind { get; set; }
    /// <summary>For a fact from the events calendar: only events organized at this level (regional, municipal, school).</summary>
    public Monitoring.MonitoringLevel? FactLevel { get; set; }
    public List<IndicatorYear> Years { get; set; } = [];

    public decimal? TargetFor(int year) => Years.FirstOrDefault(y => y.Year == year)?.Target ?? EveryYearTarget;
}

/// <summary>The target and the reported actual of one year, with its evidence.</summary>
public class IndicatorYear
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int Year { get; set; }
    public decimal? Target { get; set; }
    public decimal? Actual { get; set; }
    public string? Evidence { get; set; }
    public string? EvidenceLink { get; set; }
    public DateTimeOffset? ReportedAt { get; set; }
    public string? ReportedBy { get; set; }
}

/// <summary>How an actual stands against its target: the deviation in percent of the target and the state within the
/// allowed deviation (a shortfall of at most that many percent still counts as met).</summary>
public sealed record IndicatorResult(int Year, decimal? Target, decimal? Actual, decimal? DeviationPercent, IndicatorState State)
{
    public static IndicatorResult Evaluate(int year, decimal? target, decimal? actual, decimal allowedDeviationPercent, DateOnly today, DateOnly yearDue)
    {
        if (target is null) return new(year, null, actual, null, IndicatorState.NoTarget);
        if (actual is null) return new(year, target, null, null, today > yearDue ? IndicatorState.Missing : IndicatorState.Pending);
        decimal? deviation = target == 0 ? null : Math.Round((actual.Value - target.Value) / target.Value * 100m, 2);
        var state = actual >= target ? IndicatorState.Achieved
            : deviation is { } d && -d <= allowedDeviationPercent ? IndicatorState.WithinDeviation
            : IndicatorState.NotAchieved;
        return new(year, target, actual, deviation, state);
    }
}

public static class IndicatorReporting
{
    /// <summary>Checks a reported actual: a yes/no indicator takes 0 or 1, a percent 0–100, a count a whole non-negative number.</summary>
    public static void ValidateActual(IndicatorUnit unit, decimal actual)
    {
        var ok = unit switch
        {
            IndicatorUnit.YesNo => actual is 0 or 1,
            IndicatorUnit.Percent => actual is >= 0 and <= 100,
            _ => actual >= 0 && actual == Math.Floor(actual),
        };
        if (!ok)
            throw new DomainException(unit switch
            {
                IndicatorUnit.YesNo => "Для показателя «наличие» укажите 1 (да) или 0 (нет).",
                IndicatorUnit.Percent => "Процент — число от 0 до 100.",
                _ => "Количество — целое неотрицательное число.",
            }, "Actual");
    }
}
