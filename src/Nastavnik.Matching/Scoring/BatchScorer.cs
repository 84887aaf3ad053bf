using System.Numerics;

namespace Nastavnik.Matching.Scoring;

/// <summary>
/// <see cref="PairScorer.Score"/> for one mentee against a whole pool of mentors at once: the mentors' fields
/// are laid out as arrays and every per-mentee part (deficit and experience points) is a small lookup table,
/// so one pair costs a few loads, a popcount and compares.
/// </summary>
public sealed class BatchScorer
{
    private readonly MatchingRules _rules;
    private readonly ulong[] _competences, _subjects;
    private readonly int[] _organization, _municipality, _type, _experience, _fixedPoints;
    private readonly Dictionary<int, int> _indexOfKey;

    public BatchScorer(MatchingRules rules, IReadOnlyList<MentorProfile> mentors)
    {
        _rules = rules;
        var n = mentors.Count;
        _competences = new ulong[n]; _subjects = new ulong[n];
        _organization = new int[n]; _municipality = new int[n]; _type = new int[n]; _experience = new int[n]; _fixedPoints = new int[n];
        _indexOfKey = new Dictionary<int, int>(n);
        var w = rules.Weights;
        for (var j = 0; j < n; j++)
        {
            var m = mentors[j];
            _competences[j] = m.Competences; _subjects[j] = m.Subjects;
            _organization[j] = m.OrganizationId; _municipality[j] = m.MunicipalityId; _type[j] = m.OrganizationType;
            _experience[j] = m.ExperienceYears;
            _fixedPoints[j] = PairScorer.LoadPoints(w.Load, m.FreeSeats, m.Capacity)
                + (rules.FormMentorKind is null || rules.FormMentorKind == m.Kind ? w.Form : 0);
            _indexOfKey.TryAdd(m.Key, j);
        }
    }

    public int Mentors => _competences.Length;

    public void ScoreRow(MenteeProfile mentee, Span<int> scores)
    {
        var w = _rules.Weights;
        var total = BitOperations.PopCount(mentee.Deficits);
        Span<int> deficitPoints = stackalloc int[65];
        for (var c = 0; c <= total; c++) deficitPoints[c] = PairScorer.DeficitPoints(w.Deficits, c, total);
        Span<int> experiencePoints = stackalloc int[PairScorer.ExperienceGapForFullPoints + 1];
        for (var g = 0; g < experiencePoints.Length; g++) experiencePoints[g] = PairScorer.ExperiencePoints(w.Experience, g);
        int sameOrg = _rules.TerritoryNotNeeded ? 0 : w.Territory, sameMun = _rules.TerritoryNotNeeded ? 0 : w.Territory / 2;
        var deficits = mentee.Deficits; var subjects = mentee.Subjects;
        int org = mentee.OrganizationId, mun = mentee.MunicipalityId, type = mentee.OrganizationType, exp = mentee.ExperienceYears;
        for (var j = 0; j < scores.Length; j++)
        {
            var s = deficitPoints[BitOperations.PopCount(deficits & _competences[j])] + _fixedPoints[j];
            if ((subjects & _subjects[j]) != 0) s += w.Subject;
            if (type == _type[j]) s += w.OrganizationType;
            s += _organization[j] == org ? sameOrg : _municipality[j] == mun ? sameMun : 0;
            s += experiencePoints[Math.Clamp(_experience[j] - exp, 0, PairScorer.ExperienceGapForFullPoints)];
            scores[j] = s;
        }
        var ranked = mentee.RankedMentors;
        for (var r = 0; r < ranked.Count; r++)
            if (FirstOccurrence(ranked, r) && _indexOfKey.TryGetValue(ranked[r], out var j) && j < scores.Length)
                scores[j] += PairScorer.PreferencePoints(w.Preference, r, ranked.Count);
    }

    private static bool FirstOccurrence(IReadOnlyList<int> list, int at)
    {
        for (var k = 0; k < at; k++)
            if (list[k] == list[at]) return false;
        return true;
    }
}
