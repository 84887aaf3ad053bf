using System.Numerics;

namespace Nastavnik.Matching.Scoring;

/// <summary>One criterion's contribution to a pair's score, with its Russian explanation.</summary>
public sealed record ScoreLine(Criterion Criterion, int Points, int MaxPoints, string Text);

/// <summary>
/// Scores mentee–mentor pairs. <see cref="Explain"/> gives the lines a curator reads; <see cref="Score"/> is the
/// same sum without the words, for the solver. Every criterion is integer points so that the lines add up to
/// the score exactly.
/// </summary>
public sealed class PairScorer(MatchingRules rules)
{
    public const int ExperienceGapForFullPoints = 10;

    private readonly CriterionWeights _w = rules.Weights;

    public MatchingRules Rules => rules;

    public static int DeficitPoints(int weight, int covered, int total) => total == 0 ? 0 : weight * covered / total;
    public static int ExperiencePoints(int weight, int gap) => gap <= 0 ? 0 : weight * Math.Min(gap, ExperienceGapForFullPoints) / ExperienceGapForFullPoints;
    public static int LoadPoints(int weight, int free, int capacity) => capacity <= 0 ? 0 : weight * free / capacity;
    public static int PreferencePoints(int weight, int rank, int ranked) => rank < 0 || ranked == 0 ? 0 : weight * (ranked - rank) / ranked;

    public int Score(MenteeProfile mentee, MentorProfile mentor)
    {
        var total = mentee.Deficits == 0 ? 0 : BitOperations.PopCount(mentee.Deficits);
        var score = DeficitPoints(_w.Deficits, BitOperations.PopCount(mentee.Deficits & mentor.Competences), total);
        if ((mentee.Subjects & mentor.Subjects) != 0) score += _w.Subject;
        if (mentee.OrganizationType == mentor.OrganizationType) score += _w.OrganizationType;
        score += TerritoryPoints(mentee, mentor);
        score += ExperiencePoints(_w.Experience, mentor.ExperienceYears - mentee.ExperienceYears);
        score += LoadPoints(_w.Load, mentor.FreeSeats, mentor.Capacity);
        score += PreferencePoints(_w.Preference, RankOf(mentee, mentor), mentee.RankedMentors.Count);
        if (rules.FormMentorKind is null || rules.FormMentorKind == mentor.Kind) score += _w.Form;
        return score;
    }

    public int MaxScore => _w.Deficits + _w.Subject + _w.OrganizationType + _w.Territory + _w.Experience + _w.Load + _w.Preference + _w.Form;

    public IReadOnlyList<ScoreLine> Explain(MenteeProfile mentee, MentorProfile mentor)
    {
        var catalog = rules.Catalog;
        var lines = new List<ScoreLine>(8);
        var total = BitOperations.PopCount(mentee.Deficits);
        var coveredBits = mentee.Deficits & mentor.Competences;
        var covered = BitOperations.PopCount(coveredBits);
        lines.Add(new(Criterion.Deficits, DeficitPoints(_w.Deficits, covered, total), _w.Deficits, total == 0
            ? "У наставляемого не указаны дефициты"
            : covered == 0 ? $"Не закрыт ни один из {total} дефицитов"
            : $"Закрыто {covered} из {total} дефицитов: {catalog.NamesOf(coveredBits, catalog.Deficits)}"));
        var common = mentee.Subjects & mentor.Subjects;
        lines.Add(new(Criterion.Subject, common != 0 ? _w.Subject : 0, _w.Subject, common != 0
            ? $"Общий предмет: {catalog.NamesOf(common, catalog.Subjects)}"
            : mentee.Subjects == 0 ? "У наставляемого не указан предмет" : "Нет общего предмета"));
        var sameType = mentee.OrganizationType == mentor.OrganizationType;
        lines.Add(new(Criterion.OrganizationType, sameType ? _w.OrganizationType : 0, _w.OrganizationType, sameType
            ? $"Один тип организации{(catalog.OrganizationTypes.TryGetValue(mentor.OrganizationType, out var type) ? $": {type}" : "")}"
            : "Разные типы организаций"));
        lines.Add(new(Criterion.Territory, TerritoryPoints(mentee, mentor), _w.Territory,
            rules.TerritoryNotNeeded ? "Сетевой или виртуальный формат: территория не учитывается"
            : mentee.OrganizationId == mentor.OrganizationId ? "Одна организация"
            : mentee.MunicipalityId == mentor.MunicipalityId ? "Один муниципалитет, разные организации"
            : "Разные муниципалитеты"));
        var gap = mentor.ExperienceYears - mentee.ExperienceYears;
        lines.Add(new(Criterion.Experience, ExperiencePoints(_w.Experience, gap), _w.Experience, gap > 0
            ? $"Стаж наставника больше на {gap} {Years(gap)}"
            : "Стаж наставника не больше стажа наставляемого"));
        lines.Add(new(Criterion.Load, LoadPoints(_w.Load, mentor.FreeSeats, mentor.Capacity), _w.Load,
            $"Свободно мест: {mentor.FreeSeats} из {mentor.Capacity}"));
        var rank = RankOf(mentee, mentor);
        lines.Add(new(Criterion.Preference, PreferencePoints(_w.Preference, rank, mentee.RankedMentors.Count), _w.Preference,
            mentee.RankedMentors.Count == 0 ? "Наставляемый не указывал предпочтений"
            : rank < 0 ? "Нет в выборе наставляемого"
            : $"Наставляемый поставил наставника на {rank + 1}-е место из {mentee.RankedMentors.Count}"));
        var formOk = rules.FormMentorKind is null || rules.FormMentorKind == mentor.Kind;
        lines.Add(new(Criterion.Form, formOk ? _w.Form : 0, _w.Form, rules.FormMentorKind is null
            ? "Форма не ограничивает наставника"
            : formOk ? $"Наставник — {MatchingNames.Of(mentor.Kind)}, как требует форма {rules.FormName}".TrimEnd()
            : $"Наставник — {MatchingNames.Of(mentor.Kind)}, а форма требует: {MatchingNames.Of(rules.FormMentorKind.Value)}"));
        return lines;
    }

    /// <summary>The first hard exclusion of a pair, or null when the pair may be formed.</summary>
    public Exclusion? Excluded(MenteeProfile mentee, MentorProfile mentor) =>
        !mentee.HasConsent ? Exclusion.MenteeNoConsent
        : mentee.AlreadyPaired ? Exclusion.AlreadyPaired
        : MentorExcluded(mentor) is { } e ? e
        : mentee.PersonKey != 0 && mentee.PersonKey == mentor.PersonKey ? Exclusion.SamePerson
        : null;

    /// <summary>Exclusions that concern the mentor alone (he is taken out of the pool).</summary>
    public Exclusion? MentorExcluded(MentorProfile mentor) =>
        !mentor.HasConsent ? Exclusion.MentorNoConsent
        : rules.RequirePreparation && !mentor.IsPrepared ? Exclusion.MentorNotPrepared
        : rules.RequireFormMatch && rules.FormMentorKind is { } kind && mentor.Kind != kind ? Exclusion.FormMismatch
        : mentor.FreeSeats <= 0 ? Exclusion.CapacityFull
        : null;

    private int TerritoryPoints(MenteeProfile mentee, MentorProfile mentor) =>
        rules.TerritoryNotNeeded ? 0
        : mentee.OrganizationId == mentor.OrganizationId ? _w.Territory
        : mentee.MunicipalityId == mentor.MunicipalityId ? _w.Territory / 2
        : 0;

    private static int RankOf(MenteeProfile mentee, MentorProfile mentor)
    {
        var ranked = mentee.RankedMentors;
        for (var r = 0; r < ranked.Count; r++)
            if (ranked[r] == mentor.Key) return r;
        return -1;
    }

    private static string Years(int n) => (n % 100) is >= 11 and <= 14 ? "лет" : (n % 10) switch { 1 => "год", 2 or 3 or 4 => "года", _ => "лет" };
}
