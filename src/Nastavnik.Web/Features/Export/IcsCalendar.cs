using System.Text;

namespace Nastavnik.Web.Features.Export;

/// <summary>An iCalendar (.ics) file for Outlook, Яндекс Календарь or a phone: all-day entries, or entries at a time —
/// an instant in UTC («…Z») computed from the region's local time, so every calendar shows the right hour in its own zone;
/// X-WR-TIMEZONE names the region's zone for the calendars that display it.</summary>
public static class IcsCalendar
{
    /// <param name="StartsAt">The start as an instant (a timed entry); null for an all-day one.</param>
    public sealed record Entry(string Uid, DateOnly Start, DateOnly? End, string Summary, string? Description, string? Location = null,
        DateTimeOffset? StartsAt = null, DateTimeOffset? EndsAt = null);

    /// <param name="now">The present instant (each entry's DTSTAMP).</param>
    public static byte[] Write(string product, IEnumerable<Entry> entries, DateTimeOffset now, string? timeZoneId = null)
    {
        var ics = new StringBuilder($"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Nastavnik//{product}//RU\r\nCALSCALE:GREGORIAN\r\n");
        if (timeZoneId is not null) ics.Append($"X-WR-TIMEZONE:{timeZoneId}\r\n");
        var stamp = Utc(now);
        foreach (var e in entries)
        {
            ics.Append("BEGIN:VEVENT\r\n").Append($"UID:{e.Uid}@nastavnik\r\n").Append($"DTSTAMP:{stamp}\r\n");
            if (e.StartsAt is { } at)
            {
                ics.Append($"DTSTART:{Utc(at)}\r\n");
                if (e.EndsAt is { } until) ics.Append($"DTEND:{Utc(until)}\r\n");
            }
            else
            {
                ics.Append($"DTSTART;VALUE=DATE:{e.Start:yyyyMMdd}\r\n");
                if (e.End is { } end) ics.Append($"DTEND;VALUE=DATE:{end.AddDays(1):yyyyMMdd}\r\n");
            }
            ics.Append($"SUMMARY:{Escape(e.Summary)}\r\n");
            if (e.Description is not null) ics.Append($"DESCRIPTION:{Escape(e.Description)}\r\n");
            if (e.Location is not null) ics.Append($"LOCATION:{Escape(e.Location)}\r\n");
            ics.Append("END:VEVENT\r\n");
        }
        ics.Append("END:VCALENDAR\r\n");
        return Encoding.UTF8.GetBytes(ics.ToString());
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'");

    /// <summary>A local date and time of the given zone as an instant.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r", "").Replace("\n", "\\n");
}
