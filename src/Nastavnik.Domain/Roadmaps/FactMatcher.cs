using Nastavnik.Domain.Events;
using Nastavnik.Domain.Monitoring;

namespace Nastavnik.Domain.Roadmaps;

/// <summary>A fact the system records that an imported indicator can take its actual from.</summary>
public sealed record FactGuess(IndicatorSource Source, EventKind? Kind = null, MonitoringLevel? Level = null);

/// <summary>Suggests, from an imported count indicator's words, which fact the system already records fills it:
/// «Количество участников не менее 200 человек» of «Организация и проведение регионального форума» → participants of
/// regional forums. Only one kind of event may be named; anything unclear stays manual.</summary>
public static class FactMatcher
{
    private static readonly (string Stem, EventKind Kind)[] Kinds =
    [
        ("форум", EventKind.Forum), ("семинар", EventKind.Seminar), ("вебинар", EventKind.Webinar), ("конференц", EventKind.Conference),
        ("мастер-класс", EventKind.MasterClass), ("десант", EventKind.PedagogicalLanding), ("круглый стол", EventKind.RoundTable), ("круглого стола", EventKind.RoundTable),
    ];

    public static FactGuess? Guess(string description, string activityTitle, IndicatorUnit unit)
    {
        if (unit != IndicatorUnit.Count) return null;
        var d = Normalize(description);
        var a = Normalize(activityTitle);
        var both = d + " " + a;
        var kinds = Kinds.Where(k => both.Contains(k.Stem)).Select(k => k.Kind).Distinct().ToList();
        MonitoringLevel? level = a.Contains("регионал") ? MonitoringLevel.Region : a.Contains("муниципал") ? MonitoringLevel.Municipality : null;
        if (both.Contains("конкурс") && d.Contains("участник")) return new(IndicatorSource.ContestParticipants);
        if (both.Contains("конкурс") && d.Contains("заяв")) return new(IndicatorSource.ContestApplications);
        if (d.Contains("практик") && (d.Contains("представлен") || d.Contains("опубликов") || d.Contains("размещ"))) return new(IndicatorSource.PracticesPublished);
        if (d.Contains("публикац")) return new(IndicatorSource.PublicationsPublished);
        if (d.Contains("прошли обучение") || d.Contains("прошедших обучение") || d.Contains("прошедших кпк") || d.Contains("обучено"))
            return new(both.Contains("куратор") && !both.Contains("наставник") ? IndicatorSource.CuratorsTrained : IndicatorSource.MentorsTrained);
        if (kinds.Count > 1) return null;
        var kind = kinds.Count == 1 ? kinds[0] : (EventKind?)null;
        if (d.Contains("участник") && (kind is not null || both.Contains("мероприят"))) return new(IndicatorSource.EventParticipants, kind, level);
        if (d.Contains("проведен") && (kind is not null || d.Contains("мероприят"))) return new(IndicatorSource.EventsHeld, kind, level);
        return null;
    }

    private static string Normalize(string text) => text.ToLowerInvariant().Replace('ё', 'е');
}
