namespace Nastavnik.Matching.Solving;

/// <summary>The parts the dense and the sparse solver share around their different searches.</summary>
internal static class SolverSteps
{
    /// <summary>The largest weight, after checking every weight is in [0, MaxWeight] (or Forbidden where allowed).</summary>
    public static int CheckedMaxWeight(ReadOnlySpan<int> weights, bool forbiddenAllowed, string parameter)
    {
        var wmax = 0;
        foreach (var w in weights)
        {
            if (forbiddenAllowed && w == DenseAssignmentSolver.Forbidden) continue;
            if (w < 0 || w > DenseAssignmentSolver.MaxWeight)
                throw new ArgumentException($"Балл пары должен быть от 0 до {DenseAssignmentSolver.MaxWeight}.", parameter);
            if (w > wmax) wmax = w;
        }
        return wmax;
    }

    /// <summary>One augmenting search per mentee the greedy start left free, with cancellation and progress every <paramref name="every"/> searches.</summary>
    public static void AugmentEach(List<int> free, Action<int> augment, int every, IProgress<double>? progress, CancellationToken cancel)
    {
        for (var k = 0; k < free.Count; k++)
        {
            if (k % every == 0)
            {
                cancel.ThrowIfCancellationRequested();
                progress?.Report((double)k / free.Count);
            }
            augment(free[k]);
        }
        progress?.Report(1);
    }
}
