using System.Globalization;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Monitoring;

/// <summary>One figure for upper-level reporting, in the layout documented in docs/monitoring-export.md.</summary>
public sealed record FigureRow(MonitoringLevel Level, int TerritoryId, string Territory, bool IsTotal, int Year, DateOnly AsOf, string Code, string Indicator,
    string Unit, decimal? Value, long? Numerator, long? Denominator, decimal? Target, string? TargetBasis, string Source);

/// <summary>The figures of a territory and of each of its children, one row per territory and indicator.</summary>
public static class FiguresExport
{
    public static readonly string[] Headers =
        ["Уровень", "Код территории", "Территория", "Итог по территории", "Год", "На дату", "Код показателя", "Показатель", "Единица", "Значение", "Числитель", "Знаменатель", "Цель", "Основание цели", "Источник"];

    public static IEnumerable<FigureRow> Rows(MonitoringFigures f)
    {
        var t = f.Territory;
        foreach (var (level, id, name, isTotal, values) in new[] { (t.Level, t.Id, t.Name, true, f.Values) }
                     .Concat(t.ChildLevel is { } child ? f.Children.Select(c => (child, c.Id, c.Name, false, c.Values)) : []))
            foreach (var metric in IndicatorCatalogue.For(level).Where(m => m.Source == MetricSource.Computed || values.ContainsKey(m.Code)))
            {
                var v = values.GetValueOrDefault(metric.Code);
                var target = isTotal ? f.Targets.For(metric.Code, f.Filter.Year) : f.Targets.ForChild(id, metric.Code, f.Filter.Year);
                yield return new FigureRow(level, id, name, isTotal, f.Filter.Year, f.AsOf, metric.Code.ToString(), metric.Name, metric.Unit.Ru(),
                    v?.Value, v?.Numerator, v?.Denominator, target?.Value, target?.Basis, metric.Source.Ru());
            }
    }

    public static object?[] Cells(FigureRow r) =>
        [r.Level, r.TerritoryId, r.Territory, r.IsTotal ? "да" : "нет", r.Year, r.AsOf, r.Code, r.Indicator, r.Unit, r.Value, r.Numerator, r.Denominator, r.Target, r.TargetBasis, r.Source];

    /// <summary>The same rows as CSV (UTF-8 with BOM, ';', decimal comma), as Russian Excel opens it by double click.</summary>
    public static async Task<byte[]> CsvAsync(IEnumerable<FigureRow> rows, CancellationToken ct)
    {
        var ru = CultureInfo.GetCultureInfo("ru-RU");
        object? Cell(object? v) => v switch { decimal m => m.ToString("0.##", ru), _ => v };
        using var buffer = new MemoryStream();
        await Export.CsvExport.WriteAsync(buffer, Headers, rows.Select(r => Cells(r).Select(Cell).ToArray()).ToAsyncEnumerable(), new System.Text.UTF8Encoding(true), ';', ct);
        return buffer.ToArray();
    }

    /// <summary>A text cell that a spreadsheet would take for a formula is prefixed with an apostrophe.</summary>
}
