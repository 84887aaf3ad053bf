namespace Nastavnik.Domain.People;

/// <summary>Subjects are kept as one "; "-separated text, the way schools write them.</summary>
public static class PersonSubjects
{
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? string.Empty)
            .Split([';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    public static string? Join(IEnumerable<string> subjects)
    {
        var joined = string.Join("; ", subjects);
        return joined.Length == 0 ? null : joined;
    }
}
