using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Nastavnik.Web.Features.Export;

/// <summary>Writes one sheet with OpenXmlWriter (streaming, so 100 000 rows never sit in a DOM):
/// bold frozen header, real dates formatted dd.mm.yyyy, numbers as numbers. Opens in Excel and LibreOffice.</summary>
public static class XlsxWriter
{
    private const uint HeaderStyle = 1, DateStyle = 2;

    public static async Task WriteAsync(Stream output, string sheetName, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, CancellationToken ct = default)
    {
        // OpenXml needs a seekable stream; the response body is not, so the package is built in a temporary file.
        var temp = Path.GetTempFileName();
        try
        {
            using (var document = SpreadsheetDocument.Create(temp, SpreadsheetDocumentType.Workbook))
            {
                var workbook = document.AddWorkbookPart();
                workbook.Workbook = new Workbook();
                AddStyles(workbook);
                var sheetPart = workbook.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(sheetPart))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteElement(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
                    writer.WriteStartElement(new Columns());
                    for (var i = 0; i < headers.Count; i++)
                        writer.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Math.Clamp(headers[i].Length + 6, 12, 45), CustomWidth = true });
                    writer.WriteEndElement();
                    writer.WriteStartElement(new SheetData());
                    WriteRow(writer, headers.Cast<object?>().ToArray(), HeaderStyle);
                    await foreach (var row in rows.WithCancellation(ct)) WriteRow(writer, row, null);
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }
                workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
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

    private static void WriteRow(OpenXmlWriter writer, object?[] values, uint? style)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            var cell = value switch
            {
                null => new Cell(),
                DateOnly d => new Cell { CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)), StyleIndex = DateStyle },
                DateTime dt => new Cell { CellValue = new CellValue(dt.ToOADate().ToString(CultureInfo.InvariantCulture)), StyleIndex = DateStyle },
                int or long or double or decimal => new Cell { CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!), DataType = CellValues.Number },
                _ => new Cell { InlineString = new InlineString(new Text(value.ToString() ?? "")), DataType = CellValues.InlineString },
            };
            if (style is { } s) cell.StyleIndex = s;
            writer.WriteElement(cell);
        }
        writer.WriteEndElement();
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd.mm.yyyy" }) { Count = 1 },
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });
        styles.Stylesheet.Save();
    }
}
