using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>Variants of the office fixtures as other schools keep them: title rows, blank rows and a merged title cell above
/// the header; CSV in UTF-8 with commas.</summary>
public static partial class FileVariants
{
    /// <summary>The book with rows put above its first row: a text is a title (merged across the table when <paramref name="merge"/>),
    /// null a blank row.</summary>
    public static byte[] XlsxWithRowsAbove(byte[] xlsx, bool merge, params string?[] above)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var worksheet = document.WorkbookPart!.WorksheetParts.First().Worksheet;
            var data = worksheet.GetFirstChild<SheetData>()!;
            var shift = (uint)above.Length;
            var lastColumn = "A";
            foreach (var row in data.Elements<Row>())
            {
                row.RowIndex = row.RowIndex!.Value + shift;
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = Letters().Match(cell.CellReference!.Value!).Value;
                    if (column.Length > lastColumn.Length || (column.Length == lastColumn.Length && string.CompareOrdinal(column, lastColumn) > 0)) lastColumn = column;
                    cell.CellReference = column + row.RowIndex.Value;
                }
            }
            worksheet.GetFirstChild<SheetDimension>()?.Remove();
            var merges = new MergeCells();
            for (var i = above.Length - 1; i >= 0; i--)
            {
                if (above[i] is not { } title) continue;
                var number = (uint)i + 1;
                data.PrependChild(new Row(new Cell { CellReference = "A" + number, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(title)) }) { RowIndex = number });
                if (merge) merges.Append(new MergeCell { Reference = $"A{number}:{lastColumn}{number}" });
            }
            if (merges.HasChildren) worksheet.InsertAfter(merges, data);
            worksheet.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The same table as CSV in UTF-8 separated by commas (fields with commas or quotes quoted).</summary>
    public static string CommaSeparated(IEnumerable<string> semicolonLines) =>
        string.Join("\r\n", semicolonLines.Select(line => string.Join(',', Fields(line).Select(Quote))));

    private static string Quote(string field) => field.Contains(',') || field.Contains('"') ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    private static IEnumerable<string> Fields(string line)
    {
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ';' && !quoted) { yield return field.ToString(); field.Clear(); }
            else field.Append(c);
        }
        yield return field.ToString();
    }

    [GeneratedRegex("^[A-Z]+")] private static partial Regex Letters();
}
