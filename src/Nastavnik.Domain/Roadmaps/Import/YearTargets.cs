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

    /// <summary>"2020 г. – 20", "2020 год: 20", "в 2022 году – 5", "2021 г. – в 40%", and without «г.» "2022 – 1", "2024 –3" (then the dash is
    /// required, and a year range "2021 – 2024" or a school year "2022 – 23 уч. г." is not a target).</summary>
    [GeneratedRegex(@"(?<!\d)(?<!\d\.)(?<year>20\d{2})(?:\s*г(?:\.|од[ау]?|г\.)*\s*[–—:-]?|\s*[–—:-](?!\s*(?:20\d{2}|\d{2}(?!\d)\s*(?:г|уч|/))))\s*(?:в\s+)?(?<value>\d+(?:[.,]\d+)?)(?!\d|[./]\d)\s*(?<pct>%)?")]
    private static partial Regex YearValueRegex();

    /// <summary>The counts written next to each year's figure: «2021 г. – в 40% организаций (16: 9 – ДОУ, 7 – МОУ)»,
    /// «2022 – 16 организаций: 9 ДОУ, 7 МОУ» — the total and each kind as targets of their own; the parts not adding up
    /// to the total are flagged.</summary>
    public static IReadOnlyList<TargetText> Breakdown(string? text, string description)
    {
        var s = text ?? "";
        var years = YearValueRegex().Matches(s);
        var totals = new SortedDictionary<int, decimal>();
        var kinds = new Dictionary<string, SortedDictionary<int, decimal>>();
        var mismatch = false;
        for (var i = 0; i < years.Count; i++)
        {
            var end = i + 1 < years.Count ? years[i + 1].Index : s.Length;
            var m = BreakdownRegex().Match(s[years[i].Index..end]);
            if (!m.Success) continue;
            var year = int.Parse(years[i].Groups["year"].Value, CultureInfo.InvariantCulture);
            var total = decimal.Parse(m.Groups["total"].Value, CultureInfo.InvariantCulture);
            totals[year] = total;
            var sum = 0m;
            foreach (Match part in PartRegex().Matches(m.Groups["parts"].Value))
            {
                var kind = part.Groups["kind"].Value;
                var value = decimal.Parse(part.Groups["n"].Success ? part.Groups["n"].Value : part.Groups["n2"].Value, CultureInfo.InvariantCulture);
                if (!kinds.TryGetValue(kind, out var byYear)) kinds[kind] = byYear = [];
                byYear[year] = value;
                sum += value;
            }
            mismatch |= sum != total;
        }
        if (totals.Count == 0) return [];
        var note = mismatch ? "Сумма по видам организаций не равна общему числу — проверьте." : null;
        return kinds.Select(k => new TargetText($"{description} — в том числе {k.Key}", IndicatorUnit.Count, k.Value, null, mismatch, note))
            .Prepend(new TargetText($"{description} — количество организаций", IndicatorUnit.Count, totals, null, mismatch, note)).ToList();
    }

    [GeneratedRegex(@"(?<total>\d+)\s*(?:организаци\w*|ОО|учреждени\w*)?\s*[:(]\s*(?<parts>(?:\d+\s*[–—-]?\s*\p{Lu}{2,6}|\p{Lu}{2,6}\s*[–—:-]\s*\d+)(?:\s*[,;и]\s*(?:\d+\s*[–—-]?\s*\p{Lu}{2,6}|\p{Lu}{2,6}\s*[–—:-]\s*\d+))+)")]
    private static partial Regex BreakdownRegex();

    [GeneratedRegex(@"(?<n>\d+)\s*[–—-]?\s*(?<kind>\p{Lu}{2,6})|(?<kind>\p{Lu}{2,6})\s*[–—:-]\s*(?<n2>\d+)")]
    private static partial Regex PartRegex();

    [GeneratedRegex(@"не\s+менее\s+(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex AtLeastRegex();
}
