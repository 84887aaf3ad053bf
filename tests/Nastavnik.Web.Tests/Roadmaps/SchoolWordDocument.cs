using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Nastavnik.Web.Tests.Roadmaps;

/// <summary>A school's roadmap as Word makes it (built here, not a seed): a title with a line break (Shift+Enter) and a
/// tracked deletion, a two-row header where «Ответственный исполнитель» spans «регион» / «ОО», a title cell with a line
/// break, a cell with one party a paragraph, targets «2024 – 1» without «г.», a school-year and a relative deadline.</summary>
public static class SchoolWordDocument
{
    public static byte[] Build()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var title = new Paragraph(new Run(new Text("Программа наставничества (дорожная карта)")), new Run(new Break()),
                new Run(new Text("внедрения целевой модели в МБОУ «Школа № 5»") { Space = SpaceProcessingModeValues.Preserve }),
                new DeletedRun(new Run(new DeletedText(" УДАЛЕНО"))), new Run(new TabChar(), new Text("на 2024-2026 годы")));
            var table = new Table(
                new TableGrid(Enumerable.Range(0, 6).Select(_ => new GridColumn { Width = "1500" })),
                new TableRow(Merged("№"), Merged("Мероприятие"), Merged("Показатель"), Merged("Сроки"), Spanned("Ответственный исполнитель", 2)),
                new TableRow(Continued(), Continued(), Continued(), Continued(), Cell("регион"), Cell("ОО")),
                new TableRow(Cell("1"), Cell(new Paragraph(new Run(new Text("Формирование базы")), new Run(new Break()), new Run(new Text("наставников")))),
                    Cell("2024 – 1 2025 - 2 2026 –3"), Cell("В течение учебного года"), Cell("ТОИПКРО"), Cell("Заместитель директора", "куратор")),
                new TableRow(Cell("2"), Cell("Заседание методического совета по итогам конкурса"), Cell(""), Cell("В течение 10 дней после проведения конкурса"), Cell(""), Cell("МОУО, ОО")));
            main.Document = new Document(new Body(title, table));
        }
        return ms.ToArray();
    }

    private static TableCell Cell(params string[] paragraphs) => new(paragraphs.Select(p => new Paragraph(new Run(new Text(p)))));
    private static TableCell Cell(Paragraph paragraph) => new(paragraph);

    private static TableCell Merged(string text) =>
        new(new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }), new Paragraph(new Run(new Text(text))));

    private static TableCell Continued() => new(new TableCellProperties(new VerticalMerge()), new Paragraph());

    private static TableCell Spanned(string text, int span) =>
        new(new TableCellProperties(new GridSpan { Val = span }), new Paragraph(new Run(new Text(text))));
}
