using System.Globalization;
using System.Text.RegularExpressions;

namespace Nastavnik.Domain.Roadmaps;

/// <summary>
/// Reads the Russian deadline texts of roadmaps ("До 01.12.2022г", "Апрель – июнь 2020", "Ноябрь, апрель ежегодно",
/// "Август-сентябрь 2021 г., далее – ежегодно до 1 февраля 2024 года", "В течение года", …) into due dates inside the
/// roadmap's period. A month means its last day; "ежегодно" without a month means the end of each year.
/// </summary>
public static partial class ScheduleParser
{
    private static readonly string[] MonthStems = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

    public static Schedule Parse(string? text, DateOnly periodStart, DateOnly periodEnd)
    {
        var original = (text ?? "").Trim();
        var s = Normalize(original);
        if (s.Length == 0) return Unrecognized(original, "Срок не указан.");
        // A deadline counted from another event has no date until that event has one: flagged, never guessed.
        if (RelativeRegex().Match(s) is { Success: true } relative)
            return new Schedule(original, ScheduleKind.Relative, [], true,
                $"Срок отсчитывается от другого события («{relative.Value.Trim()}…») — укажите дату, когда она станет известна.");

        // "X, далее – Y": the first occurrence, then the recurring rule.
        var parts = ThenRegex().Split(s, 2);
        var first = Interpret(parts[0], periodStart, periodEnd);
        if (parts.Length == 2)
        {
            var then = Interpret(parts[1], periodStart, periodEnd, after: first.Dates.LastOrDefault());
            if (first.Kind == ScheduleKind.Unrecognized || then.Kind == ScheduleKind.Unrecognized)
                return Unrecognized(original, "Не удалось разобрать часть срока — укажите даты вручную.");
            var all = first.Dates.Concat(InPeriod(then, periodStart, periodEnd)).Distinct().Order().ToList();
            return Build(original, ScheduleKind.Recurring, all, periodStart, periodEnd, then.Note);
        }
        return first.Kind == ScheduleKind.Unrecognized
            ? Unrecognized(original, first.Note ?? "Срок не распознан — укажите даты вручную.")
            : Build(original, first.Kind, InPeriod(first, periodStart, periodEnd), periodStart, periodEnd, first.Note);
    }

    /// <param name="Generated">The dates come from a rule over the period's years (not written out): those outside the period are dropped, not flagged.</param>
    private sealed record Part(ScheduleKind Kind, List<DateOnly> Dates, string? Note = null, bool Generated = false);

    private static Part Interpret(string s, DateOnly start, DateOnly end, DateOnly after = default)
    {
        var years = Years(start, end, after);
        if (SchoolYearRegex().Match(s) is { Success: true } schoolYear && !MonthRegex().IsMatch(s) && !ExactDateRegex().IsMatch(s) && !s.Contains("начал"))
            return new(ScheduleKind.Open, SchoolYears.DueDates(schoolYear, start, end).Where(d => after == default || d > after).ToList(), "Учебный год: срок — конец каждого учебного года (31 августа).", Generated: true);
        if (OpenRegex().IsMatch(s))
        {
            if (s.Contains("в течение года")) return new(ScheduleKind.Open, years.Select(y => YearEnd(y, end)).ToList(), "В течение года: срок — конец каждого года периода.", Generated: true);
            return new(ScheduleKind.Open, [end], "В течение периода: срок — конец периода.", Generated: true);
        }
        if (ExactDateRegex().Matches(s) is { Count: > 0 } exact)
        {
            var dates = exact.Select(m => new DateOnly(int.Parse(m.Groups[3].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[1].Value))).ToList();
            return new(s.StartsWith("до") ? ScheduleKind.Deadline : ScheduleKind.Date, dates);
        }
        var yearRange = YearRangeRegex().Match(s);
        var fromYear = FromYearRegex().Match(s);
        if (yearRange.Success)
            years = years.Where(y => y >= int.Parse(yearRange.Groups[1].Value) && y <= int.Parse(yearRange.Groups[2].Value)).ToList();
        else if (fromYear.Success)
            years = years.Where(y => y >= int.Parse(fromYear.Groups[1].Value)).ToList();
        var recurring = s.Contains("ежегодно") || s.Contains("раз в год") || s.Contains("раза в год") || s.Contains("в два года");

        // "до 1 февраля 2024 года" / "до 1 декабря": a day and a month, each year or in the given year.
        if (DayMonthRegex().Match(s) is { Success: true } dm && Month(dm.Groups[2].Value) is { } dmMonth)
        {
            var day = int.Parse(dm.Groups[1].Value);
            var until = dm.Groups[3].Success ? int.Parse(dm.Groups[3].Value) : (int?)null;
            var list = (until is { } u && !recurring ? [u] : years.Where(y => until is null || y <= until)).Select(y => SafeDate(y, dmMonth, day)).ToList();
            return new(recurring ? ScheduleKind.Recurring : ScheduleKind.Deadline, list, Generated: until is null || recurring);
        }

        var months = MonthRegex().Matches(s).Select(m => Month(m.Value)).OfType<int>().ToList();
        var explicitYear = SingleYearRegex().Match(s);
        if (recurring)
        {
            var step = s.Contains("в два года") ? 2 : 1;
            var chosen = years.Where((_, i) => i % step == 0).ToList();
            if (months.Count > 0) return new(ScheduleKind.Recurring, chosen.SelectMany(y => months.Select(m => MonthEnd(y, m))).ToList(), Generated: true);
            if (s.Contains("двух раз в год") || s.Contains("2 раз в год"))
                return new(ScheduleKind.Recurring, chosen.SelectMany(y => new[] { MonthEnd(y, 6), MonthEnd(y, 12) }).ToList(), Generated: true);
            return new(ScheduleKind.Recurring, chosen.Select(y => YearEnd(y, end)).ToList(), "Ежегодно без месяца: срок — конец года.", Generated: true);
        }
        if (months.Count > 0 && explicitYear.Success)
        {
            var year = int.Parse(explicitYear.Groups[1].Value);
            return new(ScheduleKind.Month, [MonthEnd(year, months[^1])]);
        }
        // Years alone: "2021-2024 гг." runs through the years (due at each year's end), "2022 г. 2024 г." / "2020 г." at those years' ends.
        if (months.Count == 0 && yearRange.Success)
            return new(ScheduleKind.Recurring, years.Select(y => YearEnd(y, end)).ToList(), "Период по годам: срок — конец каждого года.", Generated: true);
        if (months.Count == 0 && SingleYearRegex().Matches(s) is { Count: > 0 } listed && YearsOnlyRegex().IsMatch(s))
            return new(ScheduleKind.Date, listed.Select(m => int.Parse(m.Value)).Distinct().Select(y => new DateOnly(y, 12, 31)).ToList(), "Указан только год: срок — конец года.");
        return new(ScheduleKind.Unrecognized, [], months.Count > 0 ? "Месяц без года — укажите год." : null);
    }

    private static Schedule Build(string original, ScheduleKind kind, List<DateOnly> unordered, DateOnly start, DateOnly end, string? note)
    {
        var dates = unordered.Distinct().Order().ToList();
        var outside = dates.Where(d => d < start || d > end).ToList();
        if (dates.Count == 0) return Unrecognized(original, "Срок не попадает в период дорожной карты.");
        return outside.Count > 0
            ? new Schedule(original, kind, dates, true, $"Дата {outside[0]:dd.MM.yyyy} вне периода дорожной карты — проверьте.")
            : new Schedule(original, kind, dates, false, note);
    }

    private static List<DateOnly> InPeriod(Part part, DateOnly start, DateOnly end) =>
        part.Generated ? part.Dates.Where(d => d >= start && d <= end).ToList() : part.Dates;

    private static Schedule Unrecognized(string original, string note) => new(original, ScheduleKind.Unrecognized, [], true, note);

    private static List<int> Years(DateOnly start, DateOnly end, DateOnly after) =>
        Enumerable.Range(start.Year, end.Year - start.Year + 1).Where(y => after == default || y > after.Year).ToList();

    private static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
    private static DateOnly YearEnd(int year, DateOnly end) => year == end.Year ? end : new DateOnly(year, 12, 31);
    private static DateOnly SafeDate(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    /// <summary>The month a Russian month word names («августа», «Май», «мар.»), null when it names none.</summary>
    public static int? Month(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.StartsWith("мар")) return 3;
        if (w is "май" or "мая" or "мае") return 5;
        for (var i = 0; i < MonthStems.Length; i++) if (i != 4 && w.StartsWith(MonthStems[i])) return i + 1;
        return null;
    }

    private static string Normalize(string text)
    {
        var s = TagRegex().Replace(text, " ").ToLower(CultureInfo.GetCultureInfo("ru-RU")).Replace('ё', 'е');
        s = s.Replace('—', '-').Replace('–', '-');
        return SpacesRegex().Replace(s, " ").Trim().TrimEnd('.');
    }

    [GeneratedRegex(@"<[^>]+>")] private static partial Regex TagRegex();
    [GeneratedRegex(@"\s+")] private static partial Regex SpacesRegex();
    [GeneratedRegex(@",?\s*далее\s*-?\s*|,\s*(?=ежегодно)")] private static partial Regex ThenRegex();
    [GeneratedRegex(@"^(\s*20\d\d\s*(г\.?|гг\.?|год\w*)?\s*[,;и]?)+$")] private static partial Regex YearsOnlyRegex();
    [GeneratedRegex(@"(?:в течение|не позднее|не позже|через|за)\s+(?:\d+|одн\w*|дв\w+|тр\w+|четыр\w+|пят\w+|десят\w+)(?:-?х)?\s+(?:календарн\w+\s+|рабоч\w+\s+)?(?:дн|день|недел|месяц|час)|\d+\s*-?\s*дневн|\bпосле\b|по окончании|по завершении|по итогам|с момента|со дня|с даты|по факту")]
    private static partial Regex RelativeRegex();
    [GeneratedRegex(@"(?:в течение|ежегодно|каждого|каждый|на)?\s*(?:(?<from>20\d\d)\s*[-/]\s*(?<to>20\d\d|\d\d)\s*)?(?:учебн\w*|\bуч\.?)\s*г(?:од|\.)")]
    private static partial Regex SchoolYearRegex();
    [GeneratedRegex(@"в течение|постоянно|по планам работы|в соответствии со сроками|регулярн")] private static partial Regex OpenRegex();
    [GeneratedRegex(@"(\d{1,2})\.(\d{1,2})\.(\d{4})")] private static partial Regex ExactDateRegex();
    [GeneratedRegex(@"(20\d\d)\s*-\s*(20\d\d)")] private static partial Regex YearRangeRegex();
    [GeneratedRegex(@"с (20\d\d)")] private static partial Regex FromYearRegex();
    [GeneratedRegex(@"(20\d\d)")] private static partial Regex SingleYearRegex();
    [GeneratedRegex(@"(?:^|\s)(\d{1,2})\s+(январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)(?:\s+(20\d\d))?")] private static partial Regex DayMonthRegex();
    [GeneratedRegex(@"январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]\b|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*")] private static partial Regex MonthRegex();
}
