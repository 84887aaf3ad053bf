using System.Globalization;
using System.Text.RegularExpressions;

namespace Nastavnik.Domain.Roadmaps.Import;

/// <summary>
/// The order (приказ, распоряжение, постановление) that approves a document, as documents print it: the document's own
/// heading «ПРИКАЗ» with its date and «№ 279» on the lines below (in either order), or a note above the title «к приказу
/// № 148-02 от 21.11.2022г.», «Утверждена приказом … от «10» августа 2021 г. № 279». An order the text only refers to
/// («утверждённого приказом Минобрнауки России от 17.12.2010 № 1897») in its body is not the approving one.
/// </summary>
public static partial class ApprovingOrder
{
    public static (string Number, DateOnly? Date)? Find(List<string> paragraphs, int titleIndex)
    {
        for (var i = 0; i < paragraphs.Count; i++)
            if (HeadingRegex().IsMatch(paragraphs[i]) && Read(string.Join(" ", paragraphs.Skip(i).Take(4))) is { } own) return own;
        // A note «Утверждена приказом …» anywhere above the table; else an order named above the title.
        foreach (var p in paragraphs.Where(p => NoteRegex().IsMatch(p)).Concat(paragraphs.Take(titleIndex + 1)))
            if (ReferenceRegex().IsMatch(p) && Read(p) is { } note) return note;
        return null;
    }

    /// <summary>«от 10.08.2021 № 279», «№ 279 от 10.08.2021» (not «МБОУ «СОШ № 7» от …»), else the first number and date.</summary>
    private static (string Number, DateOnly? Date)? Read(string text)
    {
        if (DateThenNumberRegex().Match(text) is { Success: true } dn) return (Number(dn), ParseDate(dn));
        if (NumberThenDateRegex().Match(text) is { Success: true } nd) return (Number(nd), ParseDate(nd));
        var number = NumberRegex().Match(text);
        if (!number.Success) return null;
        var date = DateRegex().Match(text);
        return (Number(number), date.Success ? ParseDate(date) : null);
    }

    private static string Number(Match m) => m.Groups["n"].Value.TrimEnd('.', '-');

    private static DateOnly? ParseDate(Match m)
    {
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : ScheduleParser.Month(m.Groups["word"].Value) ?? 0;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>The document's own heading: the word in capitals, or alone in its paragraph.</summary>
    [GeneratedRegex(@"^\s*(ПРИКАЗ|РАСПОРЯЖЕНИЕ|ПОСТАНОВЛЕНИЕ)\b|^\s*(Приказ|Распоряжение|Постановление)\s*$")]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"^\s*(приложение|утвержд|к приказу|к распоряжению|к постановлению)", RegexOptions.IgnoreCase)]
    private static partial Regex NoteRegex();

    [GeneratedRegex(@"(приказ|распоряжени|постановлени)\w*", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceRegex();

    /// <summary>«№ 279», «№279-р», and «N 279» as legal databases print it.</summary>
    private const string NumberPattern = @"(?:№|\bN\s?(?=\d))\s*(?<n>[\p{L}\d][\p{L}\d\-/.]*)";
    private const string DatePattern = @"(?<!\d)«?(?<d>\d{1,2})»?(?:\.(?<m>\d{1,2})\.|\s+(?<word>январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)\s+)(?<y>20\d{2})(?!\d)";

    [GeneratedRegex(NumberPattern)]
    private static partial Regex NumberRegex();

    [GeneratedRegex(DatePattern, RegexOptions.IgnoreCase)]
    private static partial Regex DateRegex();

    [GeneratedRegex(DatePattern + @"\s*(?:г\.?|года)?\s*" + NumberPattern, RegexOptions.IgnoreCase)]
    private static partial Regex DateThenNumberRegex();

    [GeneratedRegex(NumberPattern + @"\s*от\s*" + DatePattern, RegexOptions.IgnoreCase)]
    private static partial Regex NumberThenDateRegex();
}
