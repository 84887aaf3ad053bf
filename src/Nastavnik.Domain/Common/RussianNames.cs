using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Nastavnik.Domain.Common;

/// <summary>Russian display names of enum values, taken from their [Display] attributes.</summary>
public static class RussianNames
{
    public static string Ru<TEnum>(this TEnum value) where TEnum : struct, Enum
    {
        var type = typeof(TEnum);
        if (FlagsCache<TEnum>.IsFlags && Convert.ToInt64(value) != 0)
        {
            var parts = Enum.GetValues<TEnum>()
                .Where(v => Convert.ToInt64(v) != 0 && value.HasFlag(v))
                .Select(v => SingleName(type, v));
            return string.Join(", ", parts);
        }
        return SingleName(type, value);
    }

    /// <summary>The Russian name of a value whose enum type is known only at run time (a cell of an export).</summary>
    public static string RuName(this Enum value)
    {
        var type = value.GetType();
        if (type.GetCustomAttribute<FlagsAttribute>() is null || Convert.ToInt64(value) == 0) return SingleName(type, value);
        return string.Join(", ", Enum.GetValues(type).Cast<Enum>().Where(v => Convert.ToInt64(v) != 0 && value.HasFlag(v)).Select(v => SingleName(type, v)));
    }

    public static IReadOnlyList<(TEnum Value, string Name)> All<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>()
            .Where(v => typeof(TEnum).GetCustomAttribute<FlagsAttribute>() is null || Convert.ToInt64(v) != 0)
            .Select(v => (v, SingleName(typeof(TEnum), v)))
            .ToList();

    /// <summary>Finds the value whose Russian name (or code name) matches the text, ignoring case.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        var needle = Normalize(text);
        foreach (var (v, name) in All<TEnum>())
        {
            if (Normalize(name) == needle || Normalize(v.ToString()) == needle)
            {
                value = v;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static string Normalize(string? text) =>
        (text ?? string.Empty).Trim().ToLowerInvariant().Replace('ё', 'е');

    // Names are read by reflection once per value: lists render thousands of them.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, long), string> Cache = new();

    private static string SingleName(Type type, Enum value) =>
        Cache.GetOrAdd((type, Convert.ToInt64(value)), _ =>
            type.GetMember(value.ToString()).FirstOrDefault()?.GetCustomAttribute<DisplayAttribute>()?.Name ?? value.ToString());

    private static class FlagsCache<TEnum> where TEnum : struct, Enum
    {
        public static readonly bool IsFlags = typeof(TEnum).GetCustomAttribute<FlagsAttribute>() is not null;
    }
}
