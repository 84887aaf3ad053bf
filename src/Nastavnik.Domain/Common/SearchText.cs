namespace Nastavnik.Domain.Common;

/// <summary>One normalisation for stored search columns and for the user's query, so that
/// "ЁЛКИНА", "ёлкина" and "Елкина" find the same person.</summary>
public static partial class SearchText
{
    /// <summary>Lower case, ё as е, punctuation and runs of spaces as one space: «Ф.И.О.» and «ф и о» read alike.</summary>
    public static string Words(string? text) =>
        Spaces().Replace(Punctuation().Replace((text ?? string.Empty).ToLowerInvariant().Replace('ё', 'е'), " "), " ").Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\p{L}\p{Nd}]+")] private static partial System.Text.RegularExpressions.Regex Punctuation();
    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")] private static partial System.Text.RegularExpressions.Regex Spaces();

    public static string Normalize(string? text) =>
        string.Join(' ', (text ?? string.Empty)
            .ToLowerInvariant()
            .Replace('ё', 'е')
            .Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    public static string Of(params string?[] parts) => Normalize(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));

    private static readonly string[] Endings =
    [
        "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие",
        "ов", "ев", "ам", "ям", "ах", "ях", "ом", "ем", "ую", "юю", "ия", "ие", "а", "я", "ы", "и", "у", "ю", "е", "о", "ь",
    ];

    /// <summary>A crude Russian stem (the word without its inflection ending) so that a substring search finds other word
    /// forms — «наставника» finds «наставник»; used where PostgreSQL's Russian full-text search is not available (SQLite).</summary>
    public static string Stem(string word)
    {
        var w = Normalize(word);
        foreach (var ending in Endings)
            if (w.EndsWith(ending, StringComparison.Ordinal) && w.Length - ending.Length >= 3)
                return w[..^ending.Length];
        return w;
    }
}
