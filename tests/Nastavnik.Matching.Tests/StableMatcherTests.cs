using Nastavnik.Matching.Solving;
using Shouldly;

namespace Nastavnik.Matching.Tests;

public class StableMatcherTests
{
    [Fact]
    public void Classic_instance_gives_the_mentee_optimal_matching()
    {
        // Mentees 0,1 both prefer mentor 0; mentor 0 prefers mentee 1. Mentee 0 ends with mentor 1.
        var result = StableMatcher.Solve([[0, 1], [0, 1]], [[1, 0], [0, 1]], [1, 1]);
        result.ShouldBe([1, 0]);
    }

    [Fact]
    public void Capacity_group_mentor_keeps_his_best_two()
    {
        var result = StableMatcher.Solve([[0], [0], [0]], [[2, 0, 1]], [2]);
        result.ShouldBe([0, -1, 0]);
    }

    [Fact]
    public void Unacceptable_pairs_are_never_formed()
    {
        var result = StableMatcher.Solve([[0]], [[]], [1]);
        result.ShouldBe([-1]);
    }

    [Fact]
    public void Stable_and_mentee_optimal_on_random_instances()
    {
        var rnd = new Random(11);
        for (var round = 0; round < 300; round++)
        {
            int n = rnd.Next(1, 6), m = rnd.Next(1, 4);
            var caps = Enumerable.Range(0, m).Select(_ => rnd.Next(0, 3)).ToArray();
            var acceptable = new bool[n, m];
            for (var i = 0; i < n; i++) for (var j = 0; j < m; j++) acceptable[i, j] = rnd.NextDouble() < 0.8;
            var menteePrefs = Enumerable.Range(0, n).Select(i => (IReadOnlyList<int>)Enumerable.Range(0, m).Where(j => acceptable[i, j]).OrderBy(_ => rnd.Next()).ToList()).ToList();
            var mentorPrefs = Enumerable.Range(0, m).Select(j => (IReadOnlyList<int>)Enumerable.Range(0, n).Where(i => acceptable[i, j]).OrderBy(_ => rnd.Next()).ToList()).ToList();

            var result = StableMatcher.Solve(menteePrefs, mentorPrefs, caps);

            IsStable(result, menteePrefs, mentorPrefs, caps).ShouldBeTrue($"round {round}: blocking pair");
            var stable = AllMatchings(n, m, caps, acceptable).Where(x => IsStable(x, menteePrefs, mentorPrefs, caps)).ToList();
            stable.ShouldNotBeEmpty();
            for (var i = 0; i < n; i++)
                foreach (var other in stable)
                    Rank(menteePrefs[i], result[i]).ShouldBeLessThanOrEqualTo(Rank(menteePrefs[i], other[i]), $"round {round}, mentee {i} could do better in another stable matching");
        }
    }

    private static int Rank(IReadOnlyList<int> prefs, int mentor) => mentor < 0 ? int.MaxValue : IndexOf(prefs, mentor);

    private static int IndexOf(IReadOnlyList<int> list, int x)
    {
        for (var k = 0; k < list.Count; k++) if (list[k] == x) return k;
        return int.MaxValue;
    }

    /// <summary>No mentee and mentor who both prefer each other to what they have (a free seat counts as "prefers").</summary>
    private static bool IsStable(int[] mentorOf, IReadOnlyList<IReadOnlyList<int>> menteePrefs, IReadOnlyList<IReadOnlyList<int>> mentorPrefs, int[] caps)
    {
        for (var i = 0; i < mentorOf.Length; i++)
            foreach (var j in menteePrefs[i])
            {
                if (Rank(menteePrefs[i], j) >= Rank(menteePrefs[i], mentorOf[i])) break;
                var iRank = IndexOf(mentorPrefs[j], i);
                if (iRank == int.MaxValue) continue;
                var held = Enumerable.Range(0, mentorOf.Length).Where(k => mentorOf[k] == j).ToList();
                if (held.Count < caps[j] || held.Any(k => IndexOf(mentorPrefs[j], k) > iRank)) return false;
            }
        return true;
    }

    private static IEnumerable<int[]> AllMatchings(int n, int m, int[] caps, bool[,] acceptable)
    {
        var w = new int[n * m];
        for (var i = 0; i < n; i++) for (var j = 0; j < m; j++) w[i * m + j] = acceptable[i, j] ? 1 : DenseAssignmentSolver.Forbidden;
        return BruteForce.All(w, n, caps);
    }
}
