using Nastavnik.Matching.Engine;
using Nastavnik.Matching.Scoring;
using Shouldly;

namespace Nastavnik.Matching.Tests;

public class EngineTests
{
    private static MenteeProfile Mentee(int key, ulong deficits = 1, ulong subjects = 1) =>
        new() { Key = key, PersonKey = key, Deficits = deficits, Subjects = subjects, OrganizationId = 1, MunicipalityId = 1 };

    private static MentorProfile Mentor(int key, ulong competences = 1, ulong subjects = 1, int capacity = 1) =>
        new() { Key = key, PersonKey = key, Competences = competences, Subjects = subjects, OrganizationId = 1, MunicipalityId = 1, Capacity = capacity, ExperienceYears = 10 };

    [Fact]
    public void Whole_cohort_optimum_with_reasons_for_the_unmatched()
    {
        var input = new MatchingInput
        {
            Mentees = [Mentee(1, deficits: 0b01), Mentee(2, deficits: 0b10), Mentee(3) with { HasConsent = false }, Mentee(4, deficits: 0b100, subjects: 0b100)],
            Mentors = [Mentor(101, competences: 0b01), Mentor(102, competences: 0b10), Mentor(103) with { HasConsent = false }],
            NotWith = [(4, 101), (4, 102)],
        };
        var result = MatchingEngine.Run(input);
        result.Pairs.Select(p => (p.Mentee, p.Mentor)).OrderBy(p => p.Mentee).ShouldBe([(1, 101), (2, 102)]);
        result.Pairs.ShouldAllBe(p => p.Lines.Sum(l => l.Points) == p.Score);
        result.Unmatched.Single(u => u.Mentee == 3).Detail.ShouldContain("нет действующего согласия наставляемого");
        var four = result.Unmatched.Single(u => u.Mentee == 4);
        four.Reason.ShouldBe(UnmatchedReason.NoCandidate);
        four.Detail.ShouldContain("«не вместе»");
        four.Detail.ShouldContain("согласия наставника");
    }

    [Fact]
    public void Capacity_exhausted_is_told_apart_from_no_candidate()
    {
        var result = MatchingEngine.Run(new MatchingInput { Mentees = [Mentee(1), Mentee(2)], Mentors = [Mentor(101)] });
        result.Pairs.Count.ShouldBe(1);
        result.Unmatched.Single().Reason.ShouldBe(UnmatchedReason.CapacityExhausted);
    }

    [Fact]
    public void Locked_pairs_stay_and_take_their_seats()
    {
        var input = new MatchingInput
        {
            Mentees = [Mentee(1, deficits: 0b01), Mentee(2, deficits: 0b10)],
            Mentors = [Mentor(101, competences: 0b01), Mentor(102, competences: 0b10)],
            Locked = [(1, 102)],
        };
        var result = MatchingEngine.Run(input);
        result.Pairs.Single(p => p.Mentee == 1).ShouldSatisfyAllConditions(p => p.Mentor.ShouldBe(102), p => p.Locked.ShouldBeTrue());
        result.Pairs.Single(p => p.Mentee == 2).Mentor.ShouldBe(101);
    }

    [Fact]
    public void Candidate_mode_matches_the_dense_optimum_when_k_covers_everyone()
    {
        var rnd = new Random(3);
        var mentees = Enumerable.Range(1, 60).Select(i => Mentee(i, (ulong)rnd.Next(1, 64), (ulong)rnd.Next(1, 8))).ToList();
        var mentors = Enumerable.Range(101, 20).Select(j => Mentor(j, (ulong)rnd.Next(1, 64), (ulong)rnd.Next(1, 8), rnd.Next(1, 4))).ToList();
        var dense = MatchingEngine.Run(new MatchingInput { Mentees = mentees, Mentors = mentors });
        var sparse = MatchingEngine.Run(new MatchingInput { Mentees = mentees, Mentors = mentors, DenseLimit = 0, TopK = 20 });
        sparse.UsedCandidates.ShouldBeTrue();
        dense.UsedCandidates.ShouldBeFalse();
        sparse.TotalScore.ShouldBe(dense.TotalScore);
    }

    [Fact]
    public void A_pool_too_big_for_the_dense_solver_is_solved_exactly_on_the_sparse_one()
    {
        // 45 000 × 550 is within the dense limit, but with every weight at its maximum the dense solver's integer
        // distances would overflow: the engine must answer with the exact sparse solver on the whole graph.
        var rnd = new Random(5);
        var heaviest = Enum.GetValues<Criterion>().Aggregate(CriterionWeights.Default, (w, c) => w.With(c, CriterionWeights.MaxWeight));
        var mentees = Enumerable.Range(1, 45_000).Select(i => Mentee(i, (ulong)rnd.Next(1, 1 << 10), (ulong)rnd.Next(1, 16))).ToList();
        var mentors = Enumerable.Range(100_001, 550).Select(j => Mentor(j, (ulong)rnd.Next(1, 1 << 10), (ulong)rnd.Next(1, 16), rnd.Next(1, 4))).ToList();
        var input = new MatchingInput { Mentees = mentees, Mentors = mentors, Rules = new MatchingRules { Weights = heaviest } };

        var result = MatchingEngine.Run(input);

        result.UsedCandidates.ShouldBeFalse();
        result.Pairs.Count.ShouldBe(mentors.Sum(m => m.Capacity));
        // Exact: every mentor seat holds one of the best-scoring mentees left for it — no swap of a seated mentee for an
        // unseated one improves the total (the optimality condition of an assignment where every seat is filled).
        var seated = result.Pairs.Select(p => p.Mentee).ToHashSet();
        var scorer = new PairScorer(input.Rules);
        var unseated = mentees.Where(m => !seated.Contains(m.Key)).ToList();
        foreach (var pair in result.Pairs.Take(50))
        {
            var mentor = mentors.Single(m => m.Key == pair.Mentor);
            unseated.Max(m => scorer.Score(m, mentor)).ShouldBeLessThanOrEqualTo(pair.Score);
        }
    }

    [Fact]
    public void Stable_mode_follows_stated_preferences()
    {
        var input = new MatchingInput
        {
            Mode = MatchingMode.Stable,
            Mentees = [Mentee(1) with { RankedMentors = [102, 101] }, Mentee(2) with { RankedMentors = [102, 101] }],
            Mentors = [Mentor(101), Mentor(102) with { RankedMentees = [2, 1] }],
        };
        var result = MatchingEngine.Run(input);
        result.Pairs.Select(p => (p.Mentee, p.Mentor)).OrderBy(p => p.Mentee).ShouldBe([(1, 101), (2, 102)]);
    }

    [Fact]
    public void Progress_is_reported_to_the_end()
    {
        var phases = new List<MatchingProgress>();
        MatchingEngine.Run(new MatchingInput { Mentees = [Mentee(1)], Mentors = [Mentor(101)] }, new SyncProgress(phases.Add));
        phases.Last().Share.ShouldBe(1);
    }

    private sealed class SyncProgress(Action<MatchingProgress> report) : IProgress<MatchingProgress>
    {
        public void Report(MatchingProgress value) => report(value);
    }
}
