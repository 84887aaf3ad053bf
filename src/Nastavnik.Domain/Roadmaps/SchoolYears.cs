using System.Text.RegularExpressions;

namespace Nastavnik.Domain.Roadmaps;

/// <summary>The school years (1 September – 31 August) of a roadmap's period: «в течение учебного года» is due by the end
/// of each of them, «в течение 2022-2023 учебного года» by the end of that one.</summary>
public static class SchoolYears
{
    /// <param name="match">«from»/«to» groups when the text names the school year.</param>
    public static List<DateOnly> DueDates(Match match, DateOnly start, DateOnly end)
    {
        if (match.Groups["from"].Success)
        {
            var from = int.Parse(match.Groups["from"].Value);
            return [Cap(new DateOnly(from + 1, 8, 31), end)];
        }
        var dates = new List<DateOnly>();
        // The school years that overlap the period; one that lies in it for less than half a year (Sept–Dec of a
        // calendar-year roadmap's last year) is not a school year of the roadmap — unless it is the only one.
        for (var year = start.Year; year <= end.Year + 1; year++)
        {
            var (first, last) = (new DateOnly(year - 1, 9, 1), new DateOnly(year, 8, 31));
            var overlap = Min(last, end).DayNumber - Max(first, start).DayNumber + 1;
            if (overlap >= 183) dates.Add(Cap(last, end));
        }
        if (dates.Count == 0 && start <= end) dates.Add(end);
        return dates;
    }

    private static DateOnly Cap(DateOnly due, DateOnly end) => due > end ? end : due;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
