using System.Globalization;
using ExcelDataReader;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Roadmaps.Import;

namespace Nastavnik.Web.Features.Roadmaps.Import;

/// <summary>The first sheet of a workbook as the importer's lines: a row with one filled cell is a paragraph (a title,
/// a section heading, a footnote), any other row a table row; a line break in a cell (Alt+Enter) is kept as its line.</summary>
public static class XlsxRoadmapReader
{
    public static List<SourceLine> Read(Stream stream)
    {
        try
        {
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            var lines = new List<SourceLine>();
            var number = 0;
            while (reader.Read())
            {
                number++;
                var cells = new List<string>();
                for (var i = 0; i < reader.FieldCount; i++) cells.Add(CellText.CleanLines(Format(reader.GetValue(i))));
                var filled = cells.Where(c => c.Length > 0).ToList();
                if (filled.Count == 0) continue;
                lines.Add(filled.Count == 1 && cells[0].Length > 0 ? SourceLine.Paragraph(CellText.Clean(filled[0]), $"строка {number}") : new SourceLine(cells, true, $"строка {number}"));
            }
            return lines;
        }
        catch (Exception ex) when (ex is InvalidDataException or ExcelDataReader.Exceptions.ExcelReaderException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new DomainException("Файл не является книгой Excel (XLSX) или повреждён.", "File");
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        double n => n.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
