using Nastavnik.Web.Features.Monitoring.Report;
using Shouldly;
using SkiaSharp;

namespace Nastavnik.Web.Tests.Monitoring;

/// <summary>The report's chart is drawn by ScottPlot on this machine: one labelled bar per territory (names at the left,
/// values beside the bars), the target as a labelled crimson line.</summary>
public class ReportChartTests
{
    private static readonly (string, decimal?)[] Territories = [("ЗАТО Северск", 42.5m), ("Томский район", 12m), ("Асиновский район", null)];

    private static int Count(SKBitmap image, Func<SKColor, bool> match, int fromX = 0, int toX = int.MaxValue)
    {
        var n = 0;
        for (var y = 0; y < image.Height; y++)
            for (var x = fromX; x < Math.Min(toX, image.Width); x++)
                if (match(image.GetPixel(x, y))) n++;
        return n;
    }

    /// <summary>The leftmost column with a bar's blue fill.</summary>
    private static int BarsStart(SKBitmap image) =>
        Enumerable.Range(0, image.Width).First(x => Enumerable.Range(0, image.Height).Any(y => image.GetPixel(x, y) is { Red: < 90, Green: > 110 and < 150, Blue: > 160 }));

    private static bool Crimson(SKColor c) => c.Red > 200 && c.Green < 60 && c.Blue is > 40 and < 90;
    private static bool Ink(SKColor c) => c.Red < 100 && c.Green < 100 && c.Blue < 100;

    [Fact]
    public void TerritoriesValuesAndTheTargetAreDrawnAndLabelled()
    {
        using var withTarget = SKBitmap.Decode(ReportChart.Draw(Territories, 35m, "Охват, %"));
        withTarget.Width.ShouldBe(ReportChart.Width);
        using var withoutTarget = SKBitmap.Decode(ReportChart.Draw(Territories, null, "Охват, %"));
        Count(withTarget, Crimson).ShouldBeGreaterThan(500, "the target line and its label box");
        Count(withoutTarget, Crimson).ShouldBe(0);

        using var unnamed = SKBitmap.Decode(ReportChart.Draw(Territories.Select(t => ("", t.Item2)).ToArray(), null, "Охват, %"));
        BarsStart(withoutTarget).ShouldBeGreaterThan(BarsStart(unnamed) + 60, "the names take room at the left");
        Count(withoutTarget, Ink, toX: BarsStart(withoutTarget) - 5).ShouldBeGreaterThan(300, "…and are written there");

        using var twice = SKBitmap.Decode(ReportChart.Draw([.. Territories, .. Territories], null, "Охват, %"));
        twice.Height.ShouldBeGreaterThan(withoutTarget.Height, "a bar each: more territories, a taller chart");
    }
}
