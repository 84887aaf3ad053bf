using System.Globalization;
using ScottPlot;

namespace Nastavnik.Web.Features.Monitoring.Report;

/// <summary>The report's chart as a PNG for Word (which cannot run Chart.js), drawn by ScottPlot: one horizontal bar per
/// territory with its name and value, bars that reach the target in green, and the target line labelled
/// (docs/decisions/0013-report-chart.md). Fonts: DejaVu Sans (Debian's fonts-dejavu-core) for Cyrillic.</summary>
public static class ReportChart
{
    public const int Width = 800;
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");

    public static byte[] Draw(IReadOnlyList<(string Name, decimal? Value)> bars, decimal? target, string axisTitle)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        var n = bars.Count;
        var series = plot.Add.Bars(bars.Select((b, i) => new Bar
        {
            Position = n - 1 - i, Value = (double)(b.Value ?? 0), Label = b.Value is { } v ? Percent(v) : "нет данных",
            FillColor = target is { } t && b.Value >= t ? Colors.SeaGreen : Colors.SteelBlue,
        }).ToList());
        series.Horizontal = true;
        series.ValueLabelStyle.FontSize = 13;
        plot.Axes.Left.SetTicks(Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray(), bars.Select(b => b.Name).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        if (target is { } goal)
        {
            var line = plot.Add.VerticalLine((double)goal);
            line.Text = "Цель " + Percent(goal);
            line.LineWidth = 2;
            line.Color = Colors.Crimson;
            line.LabelOppositeAxis = true;
            plot.Axes.Top.MinimumSize = 40;
        }
        var max = (double)Math.Max(100m, bars.Select(b => b.Value ?? 0).Append(target ?? 0).Max());
        plot.Axes.SetLimitsX(0, max * 1.12);
        plot.Axes.Bottom.Label.Text = axisTitle;
        return plot.GetImageBytes(Width, 90 + 34 * Math.Max(1, n), ImageFormat.Png);
    }

    private static string Percent(decimal value) => value.ToString("0.#", Ru) + " %";
}
