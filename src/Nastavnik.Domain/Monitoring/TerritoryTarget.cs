using Nastavnik.Domain.Common;
using Nastavnik.Domain.Roadmaps;

namespace Nastavnik.Domain.Monitoring;

/// <summary>A target a territory sets for itself in the indicator catalogue for one year, with the document it comes from
/// (an order, a program, a roadmap that is not in the system). A territory's approved roadmap is its other source of
/// targets; a target set here wins over the roadmap's for the same indicator and year.</summary>
public class TerritoryTarget
{
    public int Id { get; set; }
    /// <summary>The region the territory belongs to (the region itself for a regional target).</summary>
    public int RegionId { get; set; }
    public MonitoringLevel Level { get; set; }
    /// <summary>The region's, municipality's or organization's id, by <see cref="Level"/>.</summary>
    public int TerritoryId { get; set; }
    public MetricCode Metric { get; set; }
    public int Year { get; set; }
    public decimal Value { get; set; }
    public required string Document { get; set; }
    public required string SetBy { get; set; }
    public DateTimeOffset SetAt { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    /// <summary>Checks what a user typed: a year in range, a value the indicator's unit allows, the document named.</summary>
    public static void Validate(MetricDefinition metric, int year, decimal value, string? document)
    {
        if (year is < MinYear or > MaxYear) throw new DomainException($"Год — от {MinYear} до {MaxYear}.", "Year");
        if (value < 0) throw new DomainException("Целевое значение не может быть отрицательным.", "Value");
        if (metric.Unit == IndicatorUnit.Percent && value > 100) throw new DomainException("Доля — число от 0 до 100 (процентов).", "Value");
        if (metric.Unit == IndicatorUnit.Count && value != Math.Floor(value)) throw new DomainException("Количество — целое число.", "Value");
        if (string.IsNullOrWhiteSpace(document))
            throw new DomainException("Укажите документ, которым установлена цель (например, «Приказ № 12 от 15.01.2026, приложение 2»).", "Document");
        if (document.Length > 500) throw new DomainException("Название документа — не длиннее 500 знаков.", "Document");
    }
}
