using Nastavnik.Domain.Common;
using Nastavnik.Domain.Monitoring;

namespace Nastavnik.Domain.Reports;

/// <summary>The conclusions and recommendations of a territory's analytic report for a year, as the coordinator edited
/// the draft drawn from the figures; the report's Word file prints them, with who edited them and when.</summary>
public class ReportText
{
    public const int MaxLength = 20_000;

    public int Id { get; set; }
    /// <summary>The region the territory belongs to (the region itself for a regional report).</summary>
    public int RegionId { get; set; }
    public MonitoringLevel Level { get; set; }
    /// <summary>The region's, municipality's or organization's id, by <see cref="Level"/>.</summary>
    public int TerritoryId { get; set; }
    public int Year { get; set; }
    /// <summary>One conclusion a line.</summary>
    public string Conclusions { get; set; } = "";
    /// <summary>One recommendation a line.</summary>
    public string Recommendations { get; set; } = "";
    public string EditedBy { get; set; } = "";
    public DateTimeOffset EditedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public void Edit(string? conclusions, string? recommendations, string by, DateTimeOffset at)
    {
        Conclusions = Check(conclusions, "Выводы", nameof(Conclusions));
        Recommendations = Check(recommendations, "Рекомендации", nameof(Recommendations));
        (EditedBy, EditedAt) = (by, at);
    }

    /// <summary>The text's items, one a line, without the dashes or bullets a user typed before them.</summary>
    public static IReadOnlyList<string> Items(string text) =>
        text.Split('\n').Select(l => l.Trim().TrimStart('—', '–', '-', '•', '*').Trim()).Where(l => l.Length > 0).ToList();

    private static string Check(string? text, string title, string field)
    {
        var items = Items(text ?? "");
        if (items.Count == 0) throw new DomainException($"Раздел «{title}» пуст: напишите хотя бы один пункт (или верните проект из данных).", field);
        var joined = string.Join("\n", items);
        if (joined.Length > MaxLength) throw new DomainException($"Раздел «{title}» длиннее {MaxLength} знаков.", field);
        return joined;
    }
}
