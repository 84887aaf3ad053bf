using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Import;

/// <summary>Files as schools keep them: a title, a date and blank rows above the header (found, or chosen by the user in
/// the preview), category values in the documents' own words, and values the system does not know mapped by the user.</summary>
public abstract class RegistryImportLayoutTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    static RegistryImportLayoutTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string[] FixtureLines() =>
        File.ReadAllLines(ImportDriver.TestFile("teachers-school-cp1251.csv"), Encoding.GetEncoding(1251)).Where(l => l.Trim().Length > 0).ToArray();

    private static readonly string[] Titles = ["Список педагогических работников МБОУ «СОШ № 7»", "по состоянию на 01.09.2025", null!, null!];

    /// <summary>The teacher list with its header on row 5: a title, a date, two blank rows above it.</summary>
    private static byte[] Variant(string kind) => kind switch
    {
        "xlsx" => FileVariants.XlsxWithRowsAbove(File.ReadAllBytes(ImportDriver.TestFile("teachers-school.xlsx")), merge: true, Titles),
        "csv-1251" => Encoding.GetEncoding(1251).GetBytes(string.Join("\r\n", Titles.Select(t => t is null ? ";;;" : t + ";;;").Concat(FixtureLines()))),
        _ => Encoding.UTF8.GetBytes(FileVariants.CommaSeparated(Titles.Select(t => t ?? "").Concat(FixtureLines()))),
    };

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv-1251")]
    [InlineData("csv-utf8-comma")]
    public async Task TitleRowsBlankRowsAndAMergedTitleAboveTheHeaderAreSkipped(string kind)
    {
        var org = await app.NewSchoolAsync("МБОУ «СОШ № 301» (заголовок на 5-й строке, " + kind + ")");
        var client = await app.LoginAsync("seversk");
        var file = kind == "xlsx" ? "teachers.xlsx" : "teachers.csv";
        var upload = await ImportDriver.UploadAsync(client, file, Variant(kind), "Mentees", org);
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mapUrl = upload.Headers.Location!.ToString();
        var mapPage = await client.GetStringAsync(mapUrl);
        mapPage.ShouldContain("<option value=\"5\" selected=\"selected\">Строка 5: № | ФИО | Дата рождения");
        mapPage.ShouldNotContain("id=\"header-unsure\"");
        var mapping = ImportDriver.ProposedMapping(mapPage);
        mapping.Values.ShouldContain("FullName");
        mapping.Values.ShouldContain("BirthDate");
        mapping.Values.ShouldContain("Participation");

        var people = FixtureLines().Length - 1;
        var (_, checkPage) = await ImportDriver.CheckAsync(client, mapUrl, mapping);
        checkPage.ShouldContain($"Будет загружено людей: {people}");
        var job = await ImportDriver.StartAndWaitAsync(client, mapUrl, mapping);
        JsonDocument.Parse(job.GetProperty("result").GetString()!).RootElement.GetProperty("People").GetInt32().ShouldBe(people);
        await using var db = app.NewDbContext();
        (await db.People.CountAsync(p => p.OrganizationId == org)).ShouldBe(people);
        (await db.People.SingleAsync(p => p.OrganizationId == org && p.LastName == "Смирнова" && p.FirstName == "Анна")).BirthDate.ShouldBe(new DateOnly(2003, 9, 3));
    }

    [Fact]
    public async Task AColumnHeadedCategoryHoldingQualificationsIsTheQualificationNotTheMenteesCategory()
    {
        var org = await app.NewSchoolAsync("МБОУ «СОШ № 304» (квалификация)");
        var client = await app.LoginAsync("seversk");
        var csv = "ФИО;Должность;Категория\r\nИванова Мария Петровна;учитель;высшая\r\nПетрова Ольга Ивановна;учитель;первая\r\nСидоров Иван Олегович;учитель;без категории\r\n";
        var upload = await ImportDriver.UploadAsync(client, "staff.csv", Encoding.UTF8.GetBytes(csv), "Mentees", org);
        var mapping = ImportDriver.ProposedMapping(await client.GetStringAsync(upload.Headers.Location!.ToString()));
        mapping["columns[2]"].ShouldBe("QualificationCategory");
    }

    [Fact]
    public async Task AnUnsureHeaderIsChosenByTheUserAndErrorsNameTheFilesOwnRows()
    {
        var org = await app.NewSchoolAsync("МБОУ «СОШ № 302» (строка заголовка вручную)");
        var client = await app.LoginAsync("seversk");
        var csv = string.Join("\r\n",
            "Утверждаю: директор МБОУ «СОШ № 302»;;",
            "Педагог;Родился;Работает",
            "Иванова Мария Петровна;12.03.1990;учитель",
            "Петров Олег Иванович;31.02.1988;учитель");
        var upload = await ImportDriver.UploadAsync(client, "list.csv", Encoding.UTF8.GetBytes(csv), "Mentees", org);
        var mapUrl = upload.Headers.Location!.ToString();
        var page = await client.GetStringAsync(mapUrl);
        page.ShouldContain("id=\"header-unsure\"");
        page.ShouldContain("<label class=\"form-label\" for=\"headerRow\">Строка заголовка</label>");
        page.ShouldContain("<option value=\"1\" selected=\"selected\">Строка 1: Утверждаю");

        var chosen = await client.PostFormAsync(mapUrl, mapUrl + "?handler=Header", new Dictionary<string, string> { ["headerRow"] = "2" });
        chosen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await client.GetStringAsync(mapUrl);
        page.ShouldContain("<option value=\"2\" selected=\"selected\">Строка 2: Педагог | Родился | Работает");
        page.ShouldContain("<th scope=\"col\">Родился</th>");
        page.ShouldNotContain("<th scope=\"col\">Утверждаю");
        var mapping = new Dictionary<string, string> { ["columns[0]"] = "FullName", ["columns[1]"] = "BirthDate", ["columns[2]"] = "Position" };

        var (_, check) = await ImportDriver.CheckAsync(client, mapUrl, mapping);
        check.ShouldContain("Найдено ошибок: 1");
        check.ShouldContain("<td>4</td><td>Родился</td><td>Дата рождения «31.02.1988» не распознана");
        mapping["columns[1]"] = "Ignore";
        var job = await ImportDriver.StartAndWaitAsync(client, mapUrl, mapping);
        job.GetProperty("status").GetString().ShouldBe("Succeeded");
        await using var db = app.NewDbContext();
        (await db.People.Where(p => p.OrganizationId == org).OrderBy(p => p.LastName).Select(p => p.LastName + " " + p.Position).ToListAsync())
            .ShouldBe(["Иванова учитель", "Петров учитель"]);
    }

    [Fact]
    public async Task CategoriesInTheDocumentsWordsAreReadAndAnUnknownOneIsMappedByTheUserForAllItsRows()
    {
        var org = await app.NewSchoolAsync("МБОУ «СОШ № 303» (категории)");
        var client = await app.LoginAsync("seversk");
        var pupil = $"01.02.{DemoToday.Day.Year - 12}";
        var consent = DemoToday.Day.AddDays(-30).ToString("dd.MM.yyyy");
        var csv = string.Join("\r\n",
            "Список наставляемых на 2025/2026 учебный год;;;;",
            ";;;;",
            "Ф.И.О.;Д.р.;Категория;Законный представитель;Дата согласия на обработку ПДн",
            $"Ученикова Мария Ивановна;{pupil};ребёнок с ОВЗ;Ученикова Анна Петровна;{consent}",
            $"Трудов Пётр Петрович;{pupil};обучающийся, находящийся в трудной жизненной ситуации;Трудова Ольга Ивановна;{consent}",
            $"Одарёнкин Илья Ильич;{pupil};Одарённый;Одарёнкина Вера Павловна;{consent}",
            $"Неуспевайкин Иван Иванович;{pupil};неуспевающий;Неуспевайкина Ирина Олеговна;{consent}",
            $"Двоечников Семён Семёнович;{pupil};Неуспевающий.;Двоечникова Нина Петровна;{consent}",
            "Молодова Анна Сергеевна;12.03.1999;молодой педагог;;");
        var upload = await ImportDriver.UploadAsync(client, "mentees.csv", Encoding.UTF8.GetBytes(csv), "Mentees", org);
        var mapUrl = upload.Headers.Location!.ToString();
        var mapping = ImportDriver.ProposedMapping(await client.GetStringAsync(mapUrl));
        mapping["columns[2]"].ShouldBe("MenteeCategory");

        var (_, check) = await ImportDriver.CheckAsync(client, mapUrl, mapping);
        check.ShouldContain("Найдено ошибок: 2");
        check.ShouldContain("<td>7</td><td>Категория</td><td>Категория «неуспевающий» не распознана");
        check.ShouldContain("<td>8</td><td>Категория</td><td>Категория «Неуспевающий.» не распознана");
        check.ShouldContain("id=\"category-values\"");
        check.ShouldContain("<td>неуспевающий<input type=\"hidden\" name=\"categoryValue\" value=\"неуспевающий\" /></td>");
        check.ShouldContain("<td>7, 8</td>");
        check.ShouldNotContain("?handler=Start");

        // Nothing is guessed: started as it is, the job writes nothing.
        var refused = await ImportDriver.StartAndWaitAsync(client, mapUrl, mapping);
        JsonDocument.Parse(refused.GetProperty("result").GetString()!).RootElement.GetProperty("Succeeded").GetBoolean().ShouldBeFalse();
        await using (var db = app.NewDbContext()) (await db.People.CountAsync(p => p.OrganizationId == org)).ShouldBe(0);

        mapping["categoryValue"] = "неуспевающий";
        mapping["categoryChoice"] = "Pupil";
        (_, check) = await ImportDriver.CheckAsync(client, mapUrl, mapping);
        check.ShouldContain("Ошибок нет. Будет загружено людей: 6");
        check.ShouldContain("<option value=\"Pupil\" selected=\"selected\">обучающийся</option>");
        var job = await ImportDriver.StartAndWaitAsync(client, mapUrl, mapping);
        job.GetProperty("status").GetString().ShouldBe("Succeeded", job.GetProperty("error").ToString());

        await using var after = app.NewDbContext();
        var mentees = await after.Mentees.Where(m => m.Person!.OrganizationId == org)
            .Select(m => new { m.Person!.LastName, m.Person.Role, m.Category, m.PriorityGroups }).ToDictionaryAsync(m => m.LastName);
        mentees.Count.ShouldBe(6);
        (mentees["Ученикова"].Category, mentees["Ученикова"].PriorityGroups, mentees["Ученикова"].Role).ShouldBe((MenteeCategory.Pupil, PriorityGroups.Disabilities, PersonRole.Pupil));
        (mentees["Трудов"].Category, mentees["Трудов"].PriorityGroups).ShouldBe((MenteeCategory.Pupil, PriorityGroups.DifficultSituation));
        mentees["Одарёнкин"].PriorityGroups.ShouldBe(PriorityGroups.Gifted);
        (mentees["Неуспевайкин"].Category, mentees["Неуспевайкин"].Role).ShouldBe((MenteeCategory.Pupil, PersonRole.Pupil));
        (mentees["Двоечников"].Category, mentees["Двоечников"].PriorityGroups).ShouldBe((MenteeCategory.Pupil, PriorityGroups.None));
        (mentees["Молодова"].Category, mentees["Молодова"].Role).ShouldBe((MenteeCategory.YoungSpecialist, PersonRole.Teacher));
    }
}

public sealed class RegistryImportLayoutTestsOnPostgres(PostgresApp app) : RegistryImportLayoutTests<PostgresApp>(app);
public sealed class RegistryImportLayoutTestsOnSqlite(SqliteApp app) : RegistryImportLayoutTests<SqliteApp>(app);
