using Nastavnik.Domain.Roadmaps;

namespace Nastavnik.Domain.Monitoring;

/// <summary>Suggests which catalogue indicator a roadmap's indicator is, from its words and unit, when a roadmap is
/// imported. Only unambiguous wordings are matched; the user confirms or changes the link on the roadmap's page.</summary>
public static class MetricMatcher
{
    public static MetricCode? Guess(string description, string activityTitle, IndicatorUnit unit)
    {
        var d = Normalize(description);
        var both = d + " " + Normalize(activityTitle);
        bool Has(string text, params string[] words) => words.All(text.Contains);
        if (unit == IndicatorUnit.Percent)
        {
            if (Has(both, "молод", "педагог") && Has(both, "охва", "наставнич")) return MetricCode.YoungTeachersCovered;
            if (Has(d, "участ", "конкурс", "муниципал")) return MetricCode.MunicipalitiesInContests;
            if (Has(d, "обучающ", "вовлеч")) return MetricCode.PupilsInvolved;
            if (Has(d, "раздел", "сайт")) return MetricCode.OrganizationsWithWebsiteSection;
            if (Has(d, "программ", "дорожн") && Has(d, "организац")) return MetricCode.OrganizationsWithProgramAndRoadmap;
            return null;
        }
        if (unit != IndicatorUnit.Count) return null;
        // «Количество записей в реестре» says which registry in its activity: «Ведение реестра наставляемых».
        var records = Has(d, "запис") ? Has(d, "реестр") || Has(d, "баз") ? both : d : "";
        if (Has(records, "наставляем")) return MetricCode.Mentees;
        if (Has(records, "программ")) return MetricCode.Programs;
        if (Has(records, "наставник")) return MetricCode.Mentors;
        if (Has(d, "участник") && Has(d, "мероприят")) return MetricCode.EventParticipants;
        if (Has(d, "проведен", "мероприят")) return MetricCode.EventsHeld;
        return null;
    }

    private static string Normalize(string text) => text.ToLowerInvariant().Replace('ё', 'е');
}
