using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Import;

/// <summary>A school brings its teacher list as it keeps it; the import recognises it, checks every row, and writes all or nothing.</summary>
public abstract class RegistryImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    static RegistryImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Counts from the fixture itself (column «Участие в программе наставничества»).</summary>
    private static (int People, int Mentors, int Mentees) FixtureCounts()
    {
        var lines = File.ReadAllLines(ImportDriver.TestFile("teachers-school-cp1251.csv"), Encoding.GetEncoding(1251)).Skip(1).Where(l => l.Trim().Length > 0).ToList();
        return (lines.Count, lines.Count(l => l.Contains(";наставник;")), lines.Count(l => l.Contains(";наставляемый;")));
    }

    [Theory]
    [InlineData("teachers-school.xlsx")]
    [InlineData("teachers-school-cp1251.csv")]
    public async Task TheSchoolsTeacherListImportsWithRecognisedHeadersAndLandsInBothBases(string file)
    {
        var org = await app.NewSchoolAsync("МБОУ «СОШ № 197» (импорт " + file + ")");
        var client = await app.LoginAsync("seversk");
        var upload = await ImportDriver.UploadAsync(client, file, await File.ReadAllBytesAsync(ImportDriver.TestFile(file)), "Mentees", org);
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mapUrl = upload.Headers.Location!.ToString();
        var mapPage = await client.GetStringAsync(mapUrl);
        var mapping = ImportDriver.ProposedMapping(mapPage);
        mapping.Values.ShouldContain("FullName");
        mapping.Values.ShouldContain("BirthDate");
        mapping.Values.ShouldContain("TeachingExperience");
        mapping.Values.ShouldContain("Participation");
        mapping.Values.ShouldContain("Email");

        var (_, checkPage) = await ImportDriver.CheckAsync(client, mapUrl, mapping);
        var expected = FixtureCounts();
        checkPage.ShouldContain("Ошибок нет");
        checkPage.ShouldContain($"Будет загружено людей: {expected.People}");

        var job = await ImportDriver.StartAndWaitAsync(client, mapUrl, mapping);
        job.GetProperty("status").GetString().ShouldBe("Succeeded", job.GetProperty("error").ToString());
        var result = JsonDocument.Parse(job.GetProperty("result").GetString()!).RootElement;
        result.GetProperty("People").GetInt32().ShouldBe(expected.People);

        await using var db = app.NewDbContext();
        (await db.People.CountAsync(p => p.OrganizationId == org)).ShouldBe(expected.People);
        (await db.Mentors.CountAsync(m => m.Person!.OrganizationId == org)).ShouldBe(expected.Mentors);
        (await db.Mentees.CountAsync(m => m.Person!.OrganizationId == org)).ShouldBe(expected.Mentees);
        var smirnova = await db.People.SingleAsync(p => p.OrganizationId == org && p.LastName == "Смирнова" && p.FirstName == "Анна" && p.MiddleName == "Николаевна");
        smirnova.BirthDate.ShouldBe(new DateOnly(2003, 9, 3));
        smirnova.Email.ShouldBe("teacher1@school7.example");
        (await db.AuditEntries.CountAsync(a => a.OrganizationId == org && a.Action == "Создание")).ShouldBeGreaterThanOrEqualTo(expected.People);
    }

    [Fact]
    public async Task EveryBadRowIsReportedWithRowColumnAndReasonAndNothingIsWritten()
    {
        var org = await app.NewSchoolAsync("МБОУ «СОШ № 198» (ошибки)");
        var csv = string.Join("\r\n",
            "ФИО;Дата рождения;Организация;Категория участника;Законный представитель;Дата согласия на обработку ПДн;Профессиональные дефициты",
            "Иванова Мария Петровна;12.03.1990;;педагог;;;",
            "Петров Олег;31.02.1990;;педагог;;;",
            "Сидорова Анна Ивановна;01.02.1985;Школа на Луне;педагог;;;",
            $"Малышкин Ваня Петрович;01.02.{DemoToday.Day.Year - 10};;обучающийся;;;",
            "Иванова Мария Петровна;12.03.1990;;педагог;;;",
            "Кузнецова Ольга Олеговна;05.05.1991;;педагог;;;Телепатия");
        var client = await app.LoginAsync("seversk");
        var upload = await ImportDriver.UploadAsync(client, "errors.csv", Encoding.UTF8.GetBytes(csv), "Mentees", org);
        var mapUrl = upload.Headers.Location!.ToString();
        var mapping = ImportDriver.ProposedMapping(await client.GetStringAsync(mapUrl));
        var (_, page) = await ImportDriver.CheckAsync(client, mapUrl, mapping);

        page.ShouldContain("Найдено ошибок: 5");
        page.ShouldContain("<td>3</td><td>Дата рождения</td><td>Дата рождения «31.02.1990» не распознана");
        page.ShouldContain("<td>4</td><td>Организация</td><td>Организация «Школа на Луне» не найдена");
        page.ShouldContain("<td>5</td><td>Законный представитель</td><td>Несовершеннолетний: нужно согласие законного представителя");
        page.ShouldContain("<td>6</td><td>ФИО</td><td>Повтор: этот человек уже есть в строке 2 файла.");
        page.ShouldContain("<td>7</td><td>Профессиональные дефициты</td><td>Дефицит «Телепатия» не найден");
        page.ShouldNotContain("?handler=Start");

        // Even if the job is started, it validates again and writes nothing.
        var job = await ImportDriver.StartAndWaitAsync(client, mapUrl, mapping);
        var result = JsonDocument.Parse(job.GetProperty("result").GetString()!).RootElement;
        result.GetProperty("Succeeded").GetBoolean().ShouldBeFalse();
        result.GetProperty("Errors").GetArrayLength().ShouldBe(5);
        await using var db = app.NewDbContext();
        (await db.People.CountAsync(p => p.OrganizationId == org)).ShouldBe(0);
    }

    [Fact]
    public async Task APersonAlreadyInTheBaseIsADuplicateAndTheWholeFileIsRefused()
    {
        var org = await app.NewSchoolAsync("МБОУ «СОШ № 199» (дубли)");
        var client = await app.LoginAsync("seversk");
        var csv = "ФИО;Дата рождения\r\nЛебедева Ирина Олеговна;02.02.1992\r\nЗайцев Павел Андреевич;03.03.1993\r\n";
        async Task<JsonElement> ImportAsync()
        {
            var upload = await ImportDriver.UploadAsync(client, "list.csv", Encoding.UTF8.GetBytes(csv), "Mentees", org);
            var mapUrl = upload.Headers.Location!.ToString();
            var mapping = ImportDriver.ProposedMapping(await client.GetStringAsync(mapUrl));
            return await ImportDriver.StartAndWaitAsync(client, mapUrl, mapping);
        }
        JsonDocument.Parse((await ImportAsync()).GetProperty("result").GetString()!).RootElement.GetProperty("Succeeded").GetBoolean().ShouldBeTrue();
        var second = JsonDocument.Parse((await ImportAsync()).GetProperty("result").GetString()!).RootElement;
        second.GetProperty("Succeeded").GetBoolean().ShouldBeFalse();
        second.GetProperty("Errors").EnumerateArray().Select(e => e.GetProperty("Message").GetString()).ShouldAllBe(m => m!.Contains("уже есть в базе"));
        await using var db = app.NewDbContext();
        (await db.People.CountAsync(p => p.OrganizationId == org)).ShouldBe(2);
    }

    [Theory]
    [InlineData("list.pdf", "%PDF-1.4 not a table", "Неподдерживаемый формат файла")]
    [InlineData("list.xlsx", "this is not a zip", "не является книгой Excel")]
    [InlineData("empty.csv", "", "Файл пустой")]
    [InlineData("header-only.csv", "ФИО;Дата рождения\r\n", "только строка заголовков")]
    public async Task AFileThatIsNotATableIsRefusedAtUploadWithAClearMessage(string name, string content, string message)
    {
        var client = await app.LoginAsync("curator76");
        var org = await app.OrganizationIdAsync(DemoData.School76);
        var response = await ImportDriver.UploadAsync(client, name, Encoding.UTF8.GetBytes(content), "Mentees", org);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
    }

    [Fact]
    public async Task AColumnMappedByHandIsRememberedForTheOrganizationsNextFile()
    {
        var org = await app.NewSchoolAsync("МБОУ «СОШ № 200» (сопоставление)");
        var client = await app.LoginAsync("seversk");
        var csv = Encoding.UTF8.GetBytes("ФИО;Чем ведёт\r\nГригорьева Нина Павловна;Химия\r\n");
        var upload = await ImportDriver.UploadAsync(client, "list.csv", csv, "Mentees", org);
        var mapUrl = upload.Headers.Location!.ToString();
        var mapping = ImportDriver.ProposedMapping(await client.GetStringAsync(mapUrl));
        mapping["columns[1]"].ShouldBe("", "the header «Чем ведёт» is not known");
        mapping["columns[1]"] = "Subjects";
        var job = await ImportDriver.StartAndWaitAsync(client, mapUrl, mapping);
        job.GetProperty("status").GetString().ShouldBe("Succeeded");

        var next = await ImportDriver.UploadAsync(client, "list2.csv", Encoding.UTF8.GetBytes("ФИО;Чем ведёт\r\nБорисов Олег Юрьевич;Физика\r\n"), "Mentees", org);
        ImportDriver.ProposedMapping(await client.GetStringAsync(next.Headers.Location!.ToString()))["columns[1]"].ShouldBe("Subjects");
        var otherOrg = await app.NewSchoolAsync("МБОУ «СОШ № 201» (без памяти)");
        var elsewhere = await ImportDriver.UploadAsync(client, "list3.csv", csv, "Mentees", otherOrg);
        ImportDriver.ProposedMapping(await client.GetStringAsync(elsewhere.Headers.Location!.ToString()))["columns[1]"].ShouldBe("", "the memory belongs to one organization");
        await using var db = app.NewDbContext();
        (await db.People.SingleAsync(p => p.OrganizationId == org && p.LastName == "Григорьева")).Subjects.ShouldBe("Химия");
    }

    [Fact]
    public async Task ACuratorCannotImportIntoAnotherSchool()
    {
        var client = await app.LoginAsync("curator76");
        var foreign = await app.OrganizationIdAsync(DemoData.School2Tomsk);
        var response = await ImportDriver.UploadAsync(client, "list.csv", Encoding.UTF8.GetBytes("ФИО\r\nЧужой Иван Иванович\r\n"), "Mentees", foreign);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Выберите организацию из списка");
    }
}

public sealed class RegistryImportTestsOnPostgres(PostgresApp app) : RegistryImportTests<PostgresApp>(app);
public sealed class RegistryImportTestsOnSqlite(SqliteApp app) : RegistryImportTests<SqliteApp>(app);
