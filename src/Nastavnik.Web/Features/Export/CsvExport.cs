using System.Globalization;
using System.Text;
using Nastavnik.Domain.Common;

namespace Nastavnik.Web.Features.Export;

/// <summary>CSV as Russian Excel reads it: Windows-1251 with ';' ("CSV для Excel"), or UTF-8 with BOM and ','.</summary>
public static class CsvExport
{
    static CsvExport() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1251 => Encoding.GetEncoding(1251, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);

    public static async Task WriteAsync(Stream output, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, Encoding encoding, char separator, CancellationToken ct = default)
    {
        await using var writer = new StreamWriter(output, encoding, 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(Line(headers.Cast<object?>().ToArray(), separator));
        await foreach (var row in rows.WithCancellation(ct)) await writer.WriteLineAsync(Line(row, separator));
    }

    private static string Line(object?[] values, char separator) => string.Join(separator, values.Select(v => Escape(Format(v), separator)));

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        bool b => b ? "да" : "нет",
        Enum e => e.RuName(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Neutralize(value.ToString() ?? ""),
    };

    /// <summary>A text cell that Excel would take for a formula (=, +, -, @, or a tab / line break first) gets a leading
    /// apostrophe, so an exported name like «=HYPERLINK(…)» stays text (CSV injection). Numbers («-1,5») are not touched.</summary>
    public static string Neutralize(string text) =>
        text.Length > 0 && "=+-@\t\r".Contains(text[0]) && !decimal.TryParse(text, NumberStyles.Number, RussianNumbers, out _) ? "'" + text : text;

    private static readonly CultureInfo RussianNumbers = CultureInfo.GetCultureInfo("ru-RU");

    private static string Escape(string text, char separator) =>
        text.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
