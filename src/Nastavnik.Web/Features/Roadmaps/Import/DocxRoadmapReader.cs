using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Roadmaps.Import;

namespace Nastavnik.Web.Features.Roadmaps.Import;

/// <summary>A Word document as the importer's lines: consecutive paragraphs joined (an empty paragraph or a table
/// ends them), table rows with horizontally merged cells expanded to their grid columns, a cell's paragraphs and line
/// breaks kept as its lines (<see cref="WordText"/>).</summary>
public static class DocxRoadmapReader
{
    public static List<SourceLine> Read(Stream stream)
    {
        // The package opens lazily: a broken document.xml only shows while it is read, so reading is guarded too.
        try
        {
            return ReadLines(stream);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            throw Damaged();
        }
    }

    private static DomainException Damaged() =>
        new("Файл не является документом Word (DOCX) или повреждён. Сохраните его в Word как «Документ Word (*.docx)».", "File");

    private static List<SourceLine> ReadLines(Stream stream)
    {
        using var document = Open(stream);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new DomainException("Файл не является документом Word (DOCX) или повреждён: в нём нет основного текста документа.", "File");
        var lines = new List<SourceLine>();
        var paragraph = new List<string>();
        var tables = 0;
        void Flush()
        {
            var text = CellText.CleanLines(string.Join("\n", paragraph));
            if (text.Length > 0) lines.Add(SourceLine.Paragraph(text, $"абзац перед таблицей {tables + 1}"));
            paragraph.Clear();
        }
        foreach (var element in body.ChildElements)
        {
            if (element is Paragraph p)
            {
                var text = WordText.ListMarker(p) + WordText.Of(p);
                if (text.Trim().Length == 0) Flush();
                else paragraph.Add(text);
            }
            else if (element is Table table)
            {
                Flush();
                tables++;
                var rowNumber = 0;
                foreach (var row in table.Elements<TableRow>())
                {
                    rowNumber++;
                    var cells = new List<string>();
                    foreach (var cell in row.Elements<TableCell>())
                    {
                        cells.Add(CellText.CleanLines(WordText.OfCell(cell)));
                        var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                        for (var i = 1; i < span; i++) cells.Add("");
                    }
                    lines.Add(new SourceLine(cells, true, $"таблица {tables}, строка {rowNumber}"));
                }
            }
        }
        Flush();
        if (tables == 0) throw new DomainException("В документе Word нет ни одной таблицы: дорожная карта должна быть таблицей.", "File");
        return lines;
    }

    private static WordprocessingDocument Open(Stream stream)
    {
        try
        {
            return WordprocessingDocument.Open(stream, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or ArgumentException or System.Xml.XmlException)
        {
            throw Damaged();
        }
    }
}
