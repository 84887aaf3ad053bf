using System.Globalization;
using System.Text.RegularExpressions;

namespace Nastavnik.Domain.Roadmaps.Import;

/// <summary>Targets read from a cell: per year ("2020 г. – 20; 2021 г. – 20", "2021 г. – 1500 записей 2022 г. – …",
/// "2020 г. – 10%"), or the same each year ("не менее 200 человек").</summary>
public sealed record TargetText(string Description, IndicatorUnit Unit, IReadOnlyDictionary<int, decimal> ByYear, decimal? EveryYear, bool NeedsReview, string? Note)
{
    public bool IsEmpty => ByYear.Count == 0 && EveryYear is null;
}

public static partial class YearTargets
{
    public static TargetText Parse(string? text, string? fallbackDescription)
    {
        var s = text ?? "";
        var byYear = new SortedDictionary<int, decimal>();
        var percent = false;
        var first = -1;
        foreach (Match m in YearValueRegex().Matches(s))
        {
            if (first < 0) first = m.Index;
            byYear[int.Parse(m.Groups["year"].Value)] = decimal.Parse(m.Groups["value"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
            percent |= m.Groups["pct"].Success;
        }
        var atLeast = AtLeastRegex().Match(s);
        decimal? every = byYear.Count == 0 && atLeast.Success ? decimal.Parse(atLeast.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        var needsReview = byYear.Count > 0 && atLeast.Success;
        // The words before the first year ("Количество записей в реестре:"), the whole text for "не менее …", else the fallback.
        var description = first > 0 ? s[..first].Trim().TrimEnd(':', ';', ',', '.').Trim() : every is not null ? s.Trim() : "";
        if (description.Length == 0) description = fallbackDescription ?? "";
        percent |= every is not null && s.Contains('%');
        var unit = percent ? IndicatorUnit.Percent
            : byYear.Count > 0 && byYear.Values.All(v => v is 0 or 1) && (fallbackDescription ?? description).StartsWith("Наличие", StringComparison.OrdinalIgnoreCase) ? IndicatorUnit.YesNo
            : IndicatorUnit.Count;
        return new TargetText(description, unit, byYear, every, needsReview,
            needsReview ? "Кроме значений по годам в ячейке есть другие числа — проверьте целевые значения." : null);
    }

    [GeneratedRegex(@"(?<year>20\d{2})\s*г(?:\.|ода?|г\.)*\s*[–—-]?\s*(?<value>\d+(?:[.,]\d+)?)\s*(?<pct>%)?")]
    private static partial Regex YearValueRegex();

    [GeneratedRegex(@"не\s+менее\s+(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex AtLeastRegex();
}
