using System.Text;

namespace Nastavnik.Web.Features.Export;

/// <summary>An iCalendar (.ics) file of all-day entries, for Outlook, Яндекс Календарь or a phone.</summary>
public static class IcsCalendar
{
    public sealed record Entry(string Uid, DateOnly Start, DateOnly? End, string Summary, string? Description, string? Location = null);

    public static byte[] Write(string product, IEnumerable<Entry> entries)
    {
        var ics = new StringBuilder($"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Nastavnik//{product}//RU\r\nCALSCALE:GREGORIAN\r\n");
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'");
        foreach (var e in entries)
        {
            ics.Append("BEGIN:VEVENT\r\n").Append($"UID:{e.Uid}@nastavnik\r\n").Append($"DTSTAMP:{stamp}\r\n")
                .Append($"DTSTART;VALUE=DATE:{e.Start:yyyyMMdd}\r\n");
            if (e.End is { } end) ics.Append($"DTEND;VALUE=DATE:{end.AddDays(1):yyyyMMdd}\r\n");
            ics.Append($"SUMMARY:{Escape(e.Summary)}\r\n");
            if (e.Description is not null) ics.Append($"DESCRIPTION:{Escape(e.Description)}\r\n");
            if (e.Location is not null) ics.Append($"LOCATION:{Escape(e.Location)}\r\n");
            ics.Append("END:VEVENT\r\n");
        }
        ics.Append("END:VCALENDAR\r\n");
        return Encoding.UTF8.GetBytes(ics.ToString());
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r", "").Replace("\n", "\\n");
}
