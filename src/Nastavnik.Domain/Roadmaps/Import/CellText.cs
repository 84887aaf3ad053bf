using System.Text.RegularExpressions;

namespace Nastavnik.Domain.Roadmaps.Import;

/// <summary>Cleans a cell as the documents have it: Markdown bold, leftover HTML tags, runs of spaces.</summary>
public static partial class CellText
{
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw)) return "";
        var s = raw.Replace("**", " ");
        s = TagRegex().Replace(s, " ");
        s = s.Replace('\u00A0', ' ');
        return SpaceRegex().Replace(s, " ").Trim();
    }

    /// <summary>Like <see cref="Clean"/>, but keeps the line breaks of a cell (one line per party in «Ответственные»):
    /// each line cleaned, blank lines dropped, lines joined by "\n".</summary>
    public static string CleanLines(string? raw) =>
        string.Join('\n', (raw ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(Clean).Where(l => l.Length > 0));

    /// <summary>"1", "1.", "2.1", "4.2." — a number as printed in the «№» column.</summary>
    public static bool IsNumber(string cell) => NumberRegex().IsMatch(cell);

    /// <summary>"1." and "1" are the same number; "2.1." and "2.1" too.</summary>
    public static string NormalizeNumber(string number) => number.Trim().TrimEnd('.');

    public static bool StartsLowercase(string text) => text.Length > 0 && char.IsLower(text[0]);

    [GeneratedRegex("</?[a-zA-Z][^>]*>")]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpaceRegex();

    [GeneratedRegex(@"^\d+(\.\d+)*\.?$")]
    private static partial Regex NumberRegex();
}
