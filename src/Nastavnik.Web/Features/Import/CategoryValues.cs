using System.Text.Json;
using Nastavnik.Domain.Registries;

namespace Nastavnik.Web.Features.Import;

/// <summary>A category value the system does not know by itself: the rows it stands in and the registry category the user
/// chose for it in the preview (null until he does).</summary>
public sealed record UnknownValue(string Text, List<int> Rows, CategoryChoice? Choice);

/// <summary>Reads a file's mentee categories: by CategoryWords, else by the user's choice for that value (applied to every
/// row with it); collects the values that need the user's choice. Never a silent default.</summary>
public sealed class CategoryValues(IReadOnlyDictionary<string, string> chosen)
{
    private readonly Dictionary<string, UnknownValue> _unknown = [];

    /// <summary>The values the user maps (or must map), in the order of their first row.</summary>
    public IReadOnlyList<UnknownValue> Unknown => _unknown.Values.OrderBy(v => v.Rows[0]).ToList();

    public CategoryChoice? Read(string text, int row)
    {
        if (CategoryWords.Parse(text) is { } known) return known;
        var key = CategoryWords.Normalize(text);
        if (!_unknown.TryGetValue(key, out var value))
            _unknown[key] = value = new UnknownValue(text, [], CategoryChoice.FromKey(chosen.GetValueOrDefault(key)));
        value.Rows.Add(row);
        return value.Choice;
    }

    /// <summary>The user's choices from the preview form: value as written → choice key; empty choices are dropped.</summary>
    public static Dictionary<string, string> FromForm(IReadOnlyList<string>? texts, IReadOnlyList<string>? choices)
    {
        var result = new Dictionary<string, string>();
        for (var i = 0; i < Math.Min(texts?.Count ?? 0, choices?.Count ?? 0); i++)
            if (CategoryChoice.FromKey(choices![i]) is { } choice) result[CategoryWords.Normalize(texts![i])] = choice.Key;
        return result;
    }

    public static Dictionary<string, string> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    public static string Serialize(IReadOnlyDictionary<string, string> values) => JsonSerializer.Serialize(values);
}
