using System.Text.RegularExpressions;

namespace Nastavnik.Domain.Events;

/// <summary>The time of an event as organizers write it («10:00», «10.00–12.30», «с 15:00 до 17:00»): the start and,
/// if written, the end, in the region's local time.</summary>
public static partial class EventTime
{
    public static bool TryParse(string? text, out TimeOnly start, out TimeOnly? end)
    {
        (start, end) = (default, null);
        var times = Clock().Matches(text ?? "").Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)))
            .Where(t => t.Item1 < 24 && t.Item2 < 60).Select(t => new TimeOnly(t.Item1, t.Item2)).ToList();
        if (times.Count == 0) return false;
        start = times[0];
        if (times.Count > 1 && times[1] > start) end = times[1];
        return true;
    }

    [GeneratedRegex(@"(?<!\d)(\d{1,2})[:.](\d{2})(?!\d)")]
    private static partial Regex Clock();
}
