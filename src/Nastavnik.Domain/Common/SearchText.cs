namespace Nastavnik.Domain.Common;

/// <summary>One normalisation for stored search columns and for the user's query, so that
/// "ЁЛКИНА", "ёлкина" and "Елкина" find the same person.</summary>
public static class SearchText
{
    public static string Normalize(string? text) =>
        string.Join(' ', (text ?? string.Empty)
            .ToLowerInvariant()
            .Replace('ё', 'е')
            .Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    public static string Of(params string?[] parts) => Normalize(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
}
