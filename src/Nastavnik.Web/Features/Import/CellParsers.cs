using System.Globalization;

namespace Nastavnik.Web.Features.Import;

/// <summary>Reads cell values the way people type them: real date cells, Excel serial numbers, or "dd.mm.yyyy" text.</summary>
public static class CellParsers
{
    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "dd.MM.yy", "d.M.yy", "yyyy-MM-dd", "dd/MM/yyyy", "dd.MM.yyyy H:mm:ss", "dd.MM.yyyy HH:mm"];
    private static readonly CultureInfo Ru = new("ru-RU");

    public static string? Text(object? cell) => cell switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture)?.Trim(),
    };

    public static bool TryDate(object? cell, out DateOnly date)
    {
        date = default;
        switch (cell)
        {
            case DateTime dt:
                date = DateOnly.FromDateTime(dt);
                return true;
            case double serial when serial is > 1 and < 100000:
                date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                return true;
            case string s:
                var text = s.Trim().TrimEnd('.').Replace(" г", "").Replace("г", "").Trim();
                return DateOnly.TryParseExact(text, DateFormats, Ru, DateTimeStyles.None, out date)
                    || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n is > 1 and < 100000 && TryDate(n, out date));
            default:
                return false;
        }
    }

    public static bool TryInt(object? cell, out int value)
    {
        value = 0;
        switch (cell)
        {
            case double d when Math.Abs(d - Math.Round(d)) < 1e-9:
                value = (int)Math.Round(d);
                return true;
            case int i:
                value = i;
                return true;
            case string s:
                return int.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
            default:
                return false;
        }
    }

    public static IReadOnlyList<string> List(object? cell) =>
        (Text(cell) ?? "").Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
