namespace Nastavnik.Domain.Registries;

/// <summary>One of the first rows of a file as a header candidate: how many of its cells name known fields, how many are filled.</summary>
public readonly record struct HeaderCandidate(int Known, int Filled);

/// <summary>The row taken for the header (an index into the candidates) and whether the choice is sure enough to go
/// without asking the user.</summary>
public sealed record HeaderGuess(int Index, bool Sure);

/// <summary>Finds the header of a list as schools keep it: title rows («Список педагогов … на 01.09.2025»), blank rows and
/// merged cells may stand above it. The header is the first row naming the most known fields; it is sure when it names at
/// least two, no other row names as many, and at least half of its filled cells are known headers.</summary>
public static class HeaderRow
{
    /// <summary>How many of the first (non-empty) rows are looked at.</summary>
    public const int Window = 20;

    public static HeaderGuess Find(IReadOnlyList<HeaderCandidate> rows)
    {
        var best = -1;
        for (var i = 0; i < Math.Min(rows.Count, Window); i++)
            if (rows[i].Known >= 2 && (best < 0 || rows[i].Known > rows[best].Known)) best = i;
        if (best < 0) return new HeaderGuess(0, false);
        var top = rows[best];
        var rivals = rows.Take(Window).Count(r => r.Known >= top.Known) - 1;
        return new HeaderGuess(best, rivals == 0 && top.Known * 2 >= top.Filled);
    }
}
