using Nastavnik.Domain.Common;
using Nastavnik.Domain.Events;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Roadmaps;

namespace Nastavnik.Web.Features.Roadmaps;

/// <summary>Where an indicator's actual comes from, as the roadmap page's form sends it.</summary>
/// <param name="Code">The activity's code that links it to the children's roadmaps («ОО-33»).</param>
/// <param name="Metric">The catalogue indicator this one sets the territory's targets for (none: it is the roadmap's own).</param>
/// <param name="EventKind">For facts from the events calendar: only this kind of event.</param>
/// <param name="EventLevel">For facts from the events calendar: only events organized at this level.</param>
public sealed record IndicatorSetup(IndicatorSource Source, string? Code = null, MetricCode? Metric = null,
    EventKind? EventKind = null, MonitoringLevel? EventLevel = null)
{
    public void Validate(Roadmap roadmap)
    {
        if (!Enum.IsDefined(Source)) throw new DomainException("Неизвестный источник факта.", nameof(Source));
        if (Source.FromChildren() && string.IsNullOrWhiteSpace(Code))
            throw new DomainException("Для счёта по дочерним дорожным картам укажите код мероприятия (например, «ОО-33»).", nameof(Code));
        if (Metric is { } m && !IndicatorCatalogue.Get(m).Levels.Contains((MonitoringLevel)(int)roadmap.Level))
            throw new DomainException($"Показатель каталога «{m.Ru()}» не ведётся на уровне {roadmap.Level.Ru()} дорожной карты.", nameof(Metric));
        if (EventLevel is { } level && (int)level < (int)roadmap.Level)
            throw new DomainException($"Мероприятия уровня «{level.Ru()}» не входят в территорию дорожной карты ({roadmap.Level.Ru()}).", nameof(EventLevel));
    }
}
