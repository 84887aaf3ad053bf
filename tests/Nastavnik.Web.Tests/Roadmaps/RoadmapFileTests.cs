using System.IO.Compression;
using System.Text;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Roadmaps.Import;
using Nastavnik.Web.Features.Roadmaps.Import;
using Shouldly;

namespace Nastavnik.Web.Tests.Roadmaps;

/// <summary>The Word files a user has (made by LibreOffice: two-row header, merged section rows, rows split by a page
/// break) import to the same roadmap as the text form of the same document; broken files get a clear Russian error.</summary>
public class RoadmapFileTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Roadmaps", name));

    private static RoadmapDraft FromText(string seed) => RoadmapFileReader.Read(seed + ".txt", Fixture(seed + ".txt"));

    /// <summary>Everything the preview shows of an activity, in one comparable line.</summary>
    private static List<string> Flatten(RoadmapDraft d) =>
        d.Sections.SelectMany(s => s.Activities.Select(a => string.Join(" | ", s.Number, s.Title, s.Stage, a.Number, a.Title, a.ResultForm, a.ExpectedResult,
            a.ScheduleText, a.Responsible, a.RegionalExecutors, a.OrganizationExecutors,
            a.Targets is null ? "" : a.Targets.Description + " " + a.Targets.Unit + " " + string.Join(";", a.Targets.ByYear.Select(kv => $"{kv.Key}={kv.Value}")) + " " + a.Targets.EveryYear,
            a.Schedule is null ? "" : string.Join(";", a.Schedule.DueDates)))).ToList();

    [Fact]
    public void TheTomskWordDocumentImportsToTheSameRoadmapAsItsText()
    {
        var docx = RoadmapFileReader.Read("roadmap-000.docx", Fixture("roadmap-000_86a2010b6c35da95.docx"));
        var text = FromText("000_86a2010b6c35da95");
        Flatten(docx).ShouldBe(Flatten(text));
        (docx.Title, docx.StartYear, docx.EndYear, docx.AllowedDeviationPercent).ShouldBe((text.Title, text.StartYear, text.EndYear, text.AllowedDeviationPercent));
        docx.Activities.Count().ShouldBe(18);
    }

    [Fact]
    public void TheIrkutskWordDocumentImportsToTheSameRoadmapAsItsTextExceptTheCellTheWordFileLacks()
    {
        var docx = RoadmapFileReader.Read("roadmap-004.docx", Fixture("roadmap-004_281dcb6361331b8a.docx"));
        var text = FromText("004_281dcb6361331b8a");
        docx.Layout.Columns.ShouldBe(text.Layout.Columns);
        (docx.Title, docx.StartYear, docx.EndYear).ShouldBe((text.Title, text.StartYear, text.EndYear));
        var (d, t) = (Flatten(docx), Flatten(text));
        d.Count.ShouldBe(25);
        t.Count.ShouldBe(25);
        // The Word file's row under 4.2 is empty where the text has "2023 г. – 300 записей 2024 г. – 500 записей"
        // (a page break row LibreOffice left blank): that activity differs exactly there, every other one is equal.
        var registry = text.Activities.Single(a => a.Number == "4.2.");
        registry.ExpectedResult.ShouldEndWith("2023 г. – 300 записей 2024 г. – 500 записей");
        docx.Activities.Single(a => a.Number == "4.2.").ExpectedResult.ShouldBe("Количество записей в реестре: 2021 г. – 100 записей 2022 г. – 200 записей");
        for (var i = 0; i < t.Count; i++)
            if (text.Activities.ElementAt(i) != registry) d[i].ShouldBe(t[i]);
        // The row split by a page break is joined in both.
        docx.Activities.Single(a => a.Number == "2.1").OrganizationExecutors.ShouldBe("Кураторы внедрения целевой модели в образовательной организации (далее – кураторы), ответственные за корпоративное обучение");
    }

    /// <summary>A line break (Shift+Enter) or a tab in Word is a space, never glued; deleted text of tracked changes is not
    /// read; a cell's paragraphs are its parties one a line; the executors under one heading keep both columns.</summary>
    [Fact]
    public void AWordDocumentKeepsLineBreaksAsSpacesAndBothExecutorColumns()
    {
        var draft = RoadmapFileReader.Read("карта школы.docx", SchoolWordDocument.Build());
        draft.Title.ShouldBe("Программа наставничества (дорожная карта) внедрения целевой модели в МБОУ «Школа № 5» на 2024-2026 годы");
        (draft.StartYear, draft.EndYear).ShouldBe((2024, 2026));
        draft.Layout.Columns.ShouldBe([RoadmapColumn.Number, RoadmapColumn.Title, RoadmapColumn.Indicator, RoadmapColumn.Schedule, RoadmapColumn.RegionalExecutors, RoadmapColumn.OrganizationExecutors]);
        var first = draft.Activities.First();
        first.Title.ShouldBe("Формирование базы наставников");
        first.RegionalExecutors.ShouldBe("ТОИПКРО");
        first.Parties(RoadmapColumn.OrganizationExecutors).ShouldBe(["Заместитель директора", "куратор"]);
        first.Targets!.ByYear.ShouldBe(new Dictionary<int, decimal> { [2024] = 1, [2025] = 2, [2026] = 3 });
        draft.Activities.Last().Parties(RoadmapColumn.OrganizationExecutors).ShouldBe(["МОУО", "ОО"]);
    }

    [Fact]
    public void AWordProgramWithListsGivesItsOrderGoalTasksAndResults()
    {
        var draft = RoadmapFileReader.Read("программа.docx", SchoolWordDocument.Program());
        (draft.OrderNumber, draft.OrderDate).ShouldBe(("77", new DateOnly(2024, 3, 3)));
        draft.Goal.ShouldBe("повышение профессионального мастерства молодых педагогов.");
        draft.Tasks.ShouldBe(["создание базы наставников;", "организация обучения наставников;", "обмен опытом между школами."]);
        var results = draft.Sections.Single(s => s.Title == "Ожидаемые результаты программы").Activities;
        results.Select(r => r.Title).ShouldBe(["Доля школ с программой наставничества", "Число организаций с программой"]);
        results[0].Targets!.ByYear.ShouldBe(new Dictionary<int, decimal> { [2024] = 30, [2025] = 60 });
        results[1].Breakdown.Single(t => t.Description.EndsWith("МОУ")).ByYear.ShouldBe(new Dictionary<int, decimal> { [2024] = 2, [2025] = 4 });
        draft.Title.ShouldBe("Дорожная карта реализации программы на 2024-2025 годы");
        draft.Activities.First().Title.ShouldBe("Совещание кураторов");
    }

    [Fact]
    public void AnEmptyFileIsRefused() =>
        Should.Throw<DomainException>(() => RoadmapFileReader.Read("пусто.docx", [])).Message.ShouldBe("Файл пуст.");

    [Fact]
    public void ABinaryThatIsNotADocxIsRefused() =>
        Should.Throw<DomainException>(() => RoadmapFileReader.Read("карта.docx", Encoding.UTF8.GetBytes("MZ\u0090 это не документ")))
            .Message.ShouldContain("не является документом Word (DOCX)");

    [Fact]
    public void ADocxWithoutATableIsRefused()
    {
        var bytes = MinimalDocx("<w:p><w:r><w:t>Дорожная карта на 2024-2025 гг.</w:t></w:r></w:p>");
        Should.Throw<DomainException>(() => RoadmapFileReader.Read("без таблицы.docx", bytes)).Message.ShouldContain("нет ни одной таблицы");
    }

    [Fact]
    public void AZipThatIsNotAWordPackageIsRefused()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, true)) using (var w = new StreamWriter(zip.CreateEntry("hello.txt").Open())) w.Write("привет");
        Should.Throw<DomainException>(() => RoadmapFileReader.Read("архив.docx", ms.ToArray())).Message.ShouldContain("не является документом Word");
    }

    [Fact]
    public void ATableWithoutARoadmapHeaderIsRefused()
    {
        var text = "Список\n\nФИО\tДолжность\tТелефон\nИванова\tучитель\t123\n";
        Should.Throw<DomainException>(() => RoadmapFileReader.Read("список.txt", Encoding.UTF8.GetBytes(text))).Message.ShouldContain("Не найдена шапка таблицы дорожной карты");
    }

    [Fact]
    public void ShiftedColumnsAreNamedWithTheRow()
    {
        var text = "Дорожная карта 2024-2025\n\n№\tМероприятие\tСроки\tОтветственные\nСовещание кураторов\t1\tМай 2024\tУО\n";
        Should.Throw<DomainException>(() => RoadmapFileReader.Read("сдвиг.txt", Encoding.UTF8.GetBytes(text))).Message.ShouldContain("Столбцы сдвинуты (строка 4)");
    }

    [Fact]
    public void AnXlsxRoadmapImportsLikeTheText()
    {
        var rows = new[]
        {
            new[] { "Дорожная карта школы на 2024-2025 гг.", "", "", "" },
            ["№", "Мероприятие", "Сроки", "Ответственные"],
            ["Подготовительный этап", "", "", ""],
            ["1", "Совещание с педагогами", "Сентябрь 2024", "Директор"],
            ["2", "Формирование базы наставников", "До 01.10.2024", "Куратор"],
        };
        var draft = RoadmapFileReader.Read("карта.xlsx", XlsxFile(rows));
        draft.Title.ShouldBe("Дорожная карта школы на 2024-2025 гг.");
        (draft.StartYear, draft.EndYear).ShouldBe((2024, 2025));
        draft.Sections.Single().Title.ShouldBe("Подготовительный этап");
        draft.Activities.Select(a => (a.Number, a.Title, a.Responsible)).ShouldBe([("1", "Совещание с педагогами", "Директор"), ("2", "Формирование базы наставников", "Куратор")]);
        draft.Activities.Last().Schedule!.DueDates.ShouldBe([new DateOnly(2024, 10, 1)]);
    }

    /// <summary>A line break inside an Excel cell (Alt+Enter) is a space in a title and a new party among the responsible.</summary>
    [Fact]
    public void AnXlsxCellWithLineBreaksKeepsTheWordsApartAndThePartiesListed()
    {
        var rows = new[]
        {
            new[] { "Дорожная карта\nна 2024-2025 гг.", "", "" },
            ["№", "Мероприятие", "Ответственные"],
            ["1", "Разработка положения\n(дорожная карта)\nвнедрения", "Директор\nкуратор"],
        };
        var draft = RoadmapFileReader.Read("карта.xlsx", XlsxFile(rows));
        (draft.Title, draft.StartYear).ShouldBe(("Дорожная карта на 2024-2025 гг.", 2024));
        draft.Activities.Single().Title.ShouldBe("Разработка положения (дорожная карта) внедрения");
        draft.Activities.Single().Parties(RoadmapColumn.Responsible).ShouldBe(["Директор", "куратор"]);
    }

    private static byte[] MinimalDocx(string bodyXml)
    {
        using var ms = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(
                $"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{bodyXml}</w:body></w:document>");
        }
        return ms.ToArray();
    }

    private static byte[] XlsxFile(string[][] rows)
    {
        using var ms = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(ms, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var sheetPart = wb.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            var data = new DocumentFormat.OpenXml.Spreadsheet.SheetData();
            foreach (var row in rows)
                data.Append(new DocumentFormat.OpenXml.Spreadsheet.Row(row.Select(v => new DocumentFormat.OpenXml.Spreadsheet.Cell
                {
                    DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString,
                    InlineString = new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(v)),
                })));
            sheetPart.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(data);
            wb.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = wb.GetIdOfPart(sheetPart), SheetId = 1, Name = "Лист1" }));
        }
        return ms.ToArray();
    }
}
