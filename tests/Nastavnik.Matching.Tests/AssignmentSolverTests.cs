using Nastavnik.Matching.Solving;
using Shouldly;

namespace Nastavnik.Matching.Tests;

public class AssignmentSolverTests
{
    private const int X = DenseAssignmentSolver.Forbidden;

    public static TheoryData<string, int[], int, int[], long, int[]> HandChecked => new()
    {
        // name, weights (rows = mentees), mentees, capacities, expected total, expected mentor of each mentee
        { "2×2: the diagonal beats the greedy first choice", [10, 1, 9, 2], 2, [1, 1], 12, [0, 1] },
        { "greedy trap: the first mentee must give up his best", [10, 9, 10, 0], 2, [1, 1], 19, [1, 0] },
        { "group: a mentor of two takes the two best, the third waits", [5, 4, 3], 3, [2], 9, [0, 0, -1] },
        { "forbidden pair is never formed even when it scores best", [X, 1, 1, X], 2, [1, 1], 2, [1, 0] },
        { "a mentee with only forbidden pairs stays unmatched", [X, X, 7, 3], 2, [1, 1], 7, [-1, 0] },
        { "mentors without seats: nobody is matched", [5, 5], 1, [0, 0], 0, [-1] },
        { "no mentors at all", [], 2, [], 0, [-1, -1] },
        { "capacities across three mentees and two mentors", [4, 1, 3, 2, 3, 3], 3, [2, 1], 10, [0, 0, 1] },
    };

    [Theory]
    [MemberData(nameof(HandChecked))]
    public void Hand_checked_instances(string name, int[] w, int n, int[] caps, long total, int[] mentorOf)
    {
        var dense = DenseAssignmentSolver.Solve(w, n, caps);
        dense.TotalWeight.ShouldBe(total, name);
        dense.MentorOfMentee.ShouldBe(mentorOf, name);
        var sparse = SparseAssignmentSolver.Solve(BruteForce.ToGraph(w, n, caps));
        sparse.TotalWeight.ShouldBe(total, name);
        BruteForce.BestTotal(w, n, caps).ShouldBe(total, name);
    }

    [Fact]
    public void Ties_all_equal_weights_fill_every_seat()
    {
        var w = Enumerable.Repeat(3, 6 * 3).ToArray();
        var result = DenseAssignmentSolver.Solve(w, 6, [2, 2, 1]);
        result.TotalWeight.ShouldBe(15);
        result.MatchedCount.ShouldBe(5);
        result.LoadOf(3).ShouldBe([2, 2, 1]);
    }

    [Fact]
    public void Optimal_against_brute_force_on_random_small_instances()
    {
        var rnd = new Random(20261123);
        for (var round = 0; round < 400; round++)
        {
            var n = rnd.Next(1, 7);
            var m = rnd.Next(1, 5);
            var (w, caps) = BruteForce.RandomInstance(rnd, n, m, maxCapacity: 3, maxWeight: round % 2 == 0 ? 4 : 100, forbiddenShare: 0.25);
            var expected = BruteForce.BestTotal(w, n, caps);
            var dense = DenseAssignmentSolver.Solve(w, n, caps);
            var sparse = SparseAssignmentSolver.Solve(BruteForce.ToGraph(w, n, caps));
            dense.TotalWeight.ShouldBe(expected, $"dense, round {round}");
            sparse.TotalWeight.ShouldBe(expected, $"sparse, round {round}");
            foreach (var a in new[] { dense, sparse })
            {
                BruteForce.Total(w, n, m, a.MentorOfMentee).ShouldBe(a.TotalWeight, $"reported total, round {round}");
                var load = a.LoadOf(m);
                for (var j = 0; j < m; j++) load[j].ShouldBeLessThanOrEqualTo(caps[j]);
                for (var i = 0; i < n; i++)
                    if (a.MentorOfMentee[i] >= 0) w[i * m + a.MentorOfMentee[i]].ShouldNotBe(X);
            }
        }
    }

    [Fact]
    public void Dense_and_sparse_agree_on_medium_random_instances()
    {
        var rnd = new Random(7);
        for (var round = 0; round < 20; round++)
        {
            int n = rnd.Next(50, 200), m = rnd.Next(10, 80);
            var (w, caps) = BruteForce.RandomInstance(rnd, n, m, maxCapacity: 5, maxWeight: 100, forbiddenShare: 0.5);
            var dense = DenseAssignmentSolver.Solve(w, n, caps);
            var sparse = SparseAssignmentSolver.Solve(BruteForce.ToGraph(w, n, caps));
            sparse.TotalWeight.ShouldBe(dense.TotalWeight, $"round {round}");
        }
    }

    [Fact]
    public void Bad_input_is_refused_in_russian()
    {
        Should.Throw<ArgumentException>(() => DenseAssignmentSolver.Solve([1, 2, 3], 2, [1, 1])).Message.ShouldContain("Размер матрицы");
        Should.Throw<ArgumentException>(() => DenseAssignmentSolver.Solve([-5], 1, [1])).Message.ShouldContain("Балл пары");
    }
}
