namespace Nastavnik.Domain.Roadmaps;

/// <summary>The trend of an indicator's actuals (least squares over the years reported) and its value a year ahead.</summary>
public sealed record Forecast(int Year, decimal Value, decimal SlopePerYear, int Points)
{
    public static Forecast? Next(IEnumerable<(int Year, decimal Actual)> actuals)
    {
        var points = actuals.OrderBy(p => p.Year).ToList();
        if (points.Count == 0) return null;
        var next = points[^1].Year + 1;
        if (points.Count == 1) return new Forecast(next, points[0].Actual, 0, 1);
        var n = points.Count;
        var meanX = (decimal)points.Average(p => p.Year);
        var meanY = points.Average(p => p.Actual);
        var sxx = points.Sum(p => (p.Year - meanX) * (p.Year - meanX));
        var slope = sxx == 0 ? 0 : points.Sum(p => (p.Year - meanX) * (p.Actual - meanY)) / sxx;
        var value = meanY + slope * (next - meanX);
        return new Forecast(next, Math.Round(Math.Max(0, value), 2), Math.Round(slope, 2), n);
    }
}
