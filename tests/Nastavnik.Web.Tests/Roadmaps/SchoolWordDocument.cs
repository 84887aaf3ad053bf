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

    /// <summary>A municipal program as Word keeps it: the order's heading with its date and number on the lines below,
    /// the tasks and results as Word lists (their bullets and numbers are not in the text, the tasks start in lower
    /// case), each result's years one level down, then the roadmap.</summary>
    public static byte[] Program()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body(P("ПОСТАНОВЛЕНИЕ"), P("«03» марта 2024 г."), P("№ 77"), P(""),
                P("Цель программы:"), P("повышение профессионального мастерства молодых педагогов."),
                P("Задачи программы:"), Item(0, "создание базы наставников;"), Item(0, "организация обучения наставников;"), Item(0, "обмен опытом между школами."),
                P("Ожидаемые результаты:"), Item(0, "Доля школ с программой наставничества"), Item(1, "2024 – 30 %"), Item(1, "2025 – 60 %"),
                Item(0, "Число организаций с программой"), Item(1, "2024 – 5 организаций: 3 ДОУ, 2 МОУ"), Item(1, "2025 – 9 организаций: 5 ДОУ, 4 МОУ"),
                P(""), P("Дорожная карта реализации программы на 2024-2025 годы"),
                new Table(new TableGrid(Enumerable.Range(0, 4).Select(_ => new GridColumn { Width = "2000" })),
                    new TableRow(Cell("№"), Cell("Мероприятие"), Cell("Срок"), Cell("Ответственный")),
                    new TableRow(Cell("1"), Cell("Совещание кураторов"), Cell("Октябрь 2024"), Cell("УО"))));
            main.Document = new Document(body);
        }
        return ms.ToArray();
    }

    private static Paragraph P(string text) => new(new Run(new Text(text)));

    private static Paragraph Item(int level, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })), new Run(new Text(text)));

    private static TableCell Cell(params string[] paragraphs) => new(paragraphs.Select(p => new Paragraph(new Run(new Text(p)))));
    private static TableCell Cell(Paragraph paragraph) => new(paragraph);

    private static TableCell Merged(string text) =>
        new(new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }), new Paragraph(new Run(new Text(text))));

    private static TableCell Continued() => new(new TableCellProperties(new VerticalMerge()), new Paragraph());

    private static TableCell Spanned(string text, int span) =>
        new(new TableCellProperties(new GridSpan { Val = span }), new Paragraph(new Run(new Text(text))));
}
