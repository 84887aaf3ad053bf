using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Nastavnik.Domain.Common;

namespace Nastavnik.Web.Features.Export;

/// <summary>Writes one sheet with OpenXmlWriter (streaming, so 100 000 rows never sit in a DOM): bold frozen header with
/// an autofilter, columns as wide as their content (measured on the first rows, capped; longer text wraps), real dates
/// formatted dd.mm.yyyy, numbers as numbers, enum values and yes/no in Russian. Opens in Excel and LibreOffice.</summary>
public static class XlsxWriter
{
    private const uint HeaderStyle = 1, DateStyle = 2, WrapStyle = 3, DateTimeStyle = 4;
    private const int SampleRows = 500, MinWidth = 8, MaxWidth = 60;

    public static async Task WriteAsync(Stream output, string sheetName, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, CancellationToken ct = default)
    {
        // OpenXml needs a seekable stream; the response body is not, so the package is built in a temporary file.
        var temp = Path.GetTempFileName();
        try
        {
            await using var rest = rows.GetAsyncEnumerator(ct);
            var sample = new List<object?[]>();
            while (sample.Count < SampleRows && await rest.MoveNextAsync()) sample.Add(rest.Current);
            using (var document = SpreadsheetDocument.Create(temp, SpreadsheetDocumentType.Workbook))
            {
                var workbook = document.AddWorkbookPart();
                workbook.Workbook = new Workbook();
                AddStyles(workbook);
                var sheetPart = workbook.AddNewPart<WorksheetPart>();
                var count = 1;
                using (var writer = OpenXmlWriter.Create(sheetPart))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteElement(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
                    writer.WriteStartElement(new Columns());
                    for (var i = 0; i < headers.Count; i++)
                        writer.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Width(headers[i], sample.Select(r => i < r.Length ? r[i] : null)), CustomWidth = true });
                    writer.WriteEndElement();
                    writer.WriteStartElement(new SheetData());
                    WriteRow(writer, headers.Cast<object?>().ToArray(), HeaderStyle);
                    foreach (var row in sample) WriteRow(writer, row, null);
                    count += sample.Count;
                    while (await rest.MoveNextAsync())
                    {
                        WriteRow(writer, rest.Current, null);
                        count++;
                    }
                    writer.WriteEndElement();
                    writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(headers.Count)}{count}" });
                    writer.WriteEndElement();
                }
                workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
                // Excel keeps an autofilter's range in this hidden name; without it Excel repairs the file.
                workbook.Workbook.AppendChild(new DefinedNames(new DefinedName($"'{sheetName.Replace("'", "''")}'!$A$1:${ColumnName(headers.Count)}${count}")
                { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true }));
                workbook.Workbook.Save();
            }
            await using var file = File.OpenRead(temp);
            await file.CopyToAsync(output, ct);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The column's width in characters: its longest text (the header with room for the filter button), capped.</summary>
    private static double Width(string header, IEnumerable<object?> values) =>
        Math.Clamp(values.Select(v => Text(v)?.Split('\n').Max(l => l.Length) ?? 0).Append(header.Length + 3).Max() + 2, MinWidth, MaxWidth);

    /// <summary>"A" for 1, "Z" for 26, "AA" for 27.</summary>
    public static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26) name = (char)('A' + (number - 1) % 26) + name;
        return name;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly => "00.00.0000",
        DateTime dt when dt.TimeOfDay == TimeSpan.Zero => "00.00.0000",
        DateTime or DateTimeOffset => "00.00.0000 00:00",
        bool b => b ? "да" : "нет",
        Enum e => e.RuName(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static void WriteRow(OpenXmlWriter writer, object?[] values, uint? style)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            var cell = value switch
            {
                null => new Cell(),
                DateOnly d => DateCell(d.ToDateTime(TimeOnly.MinValue)),
                DateTime dt => DateCell(dt),
                DateTimeOffset dto => DateCell(dto.DateTime),
                int or long or double or decimal => new Cell { CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!), DataType = CellValues.Number },
                _ => TextCell(Text(value) ?? ""),
            };
            if (style is { } s) cell.StyleIndex = s;
            writer.WriteElement(cell);
        }
        writer.WriteEndElement();
    }

    private static Cell DateCell(DateTime value) =>
        new() { CellValue = new CellValue(value.ToOADate().ToString(CultureInfo.InvariantCulture)), StyleIndex = value.TimeOfDay == TimeSpan.Zero ? DateStyle : DateTimeStyle };

    private static Cell TextCell(string text)
    {
        var cell = new Cell { InlineString = new InlineString(new Text(text)), DataType = CellValues.InlineString };
        if (text.Length > MaxWidth - 2 || text.Contains('\n')) cell.StyleIndex = WrapStyle;
        return cell;
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "dd.mm.yyyy" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "dd.mm.yyyy hh:mm" })
            { Count = 2 },
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1, ApplyFont = true, ApplyAlignment = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
                new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true })
            { Count = 5 });
        styles.Stylesheet.Save();
    }
}
