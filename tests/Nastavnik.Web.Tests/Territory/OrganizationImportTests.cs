using System.Text;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Features.Export;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Territories;

/// <summary>A region's organization list imported as the ministry keeps it, and as others keep theirs: other headers, other
/// order, CSV in Windows-1251, ИНН as a number. Every bad row is named with row and column; then nothing is written.</summary>
public abstract class OrganizationImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    static OrganizationImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Fixture => File.ReadAllBytes(ImportDriver.TestFile("organizations-region.xlsx"));

    private async Task<(int Organizations, int Municipalities)> CountsAsync()
    {
        await using var db = app.NewDbContext();
        return (await db.Organizations.CountAsync(), await db.Municipalities.CountAsync());
    }

    [Fact]
    public async Task TheMinistrysListImportsBelowItsTitleRowsAndASecondImportUpdatesWithoutDuplicates()
    {
        var region = await app.LoginAsync("region");
        var (organizations, municipalities) = await CountsAsync();
        string[] known;
        await using (var db = app.NewDbContext()) known = await db.Municipalities.Select(m => m.Name).ToArrayAsync();
        var file = TerritoryDriver.WithValidNumbers(Fixture);

        var (job, page) = await TerritoryDriver.ImportAsync(region, "organizations-region.xlsx", file);
        job.GetProperty("status").GetString().ShouldBe("Succeeded", job.GetProperty("error").ToString());
        var result = TerritoryDriver.Result(job);
        result.GetProperty("Succeeded").GetBoolean().ShouldBeTrue(page);
        result.GetProperty("Created").GetInt32().ShouldBe(60);
        result.GetProperty("Updated").GetInt32().ShouldBe(0);
        string[] inFile = ["Город Томск", "ЗАТО Северск", "Томский район", "Колпашевский район", "Асиновский район", "Каргасокский район",
            "Парабельский район", "Шегарский район", "Кожевниковский район", "Город Стрежевой"];
        var missing = inFile.Count(n => !known.Contains(n));
        result.GetProperty("MunicipalitiesCreated").GetInt32().ShouldBe(missing);
        page.ShouldContain("Добавлено организаций: 60");
        (await CountsAsync()).ShouldBe((organizations + 60, municipalities + missing));

        await using (var db = app.NewDbContext())
        {
            var school = await db.Organizations.Include(o => o.Municipality).SingleAsync(o => o.ShortName == "МБОУ «СОШ № 1»");
            school.Name.ShouldBe("Муниципальное бюджетное учреждение «Средняя общеобразовательная школа № 1»");
            (school.Type, school.Municipality!.Name, school.Site, school.HeadName).ShouldBe((OrganizationType.School, "Город Томск", "https://school1.tomsk.example", "Смирнов Алексей Викторович"));
            LegalIds.IsValidInn(school.Inn).ShouldBeTrue();
            LegalIds.IsValidOgrn(school.Ogrn).ShouldBeTrue();
            (await db.Organizations.SingleAsync(o => o.ShortName == "МБДОУ «Детский сад № 3»")).Type.ShouldBe(OrganizationType.Preschool);
            (await db.Organizations.SingleAsync(o => o.ShortName == "МБУ ДО «ДДТ № 4»")).Type.ShouldBe(OrganizationType.AdditionalEducation);
            (await db.Organizations.SingleAsync(o => o.ShortName == "ОГБПОУ «Колледж № 5»")).Type.ShouldBe(OrganizationType.College);
            (await db.Municipalities.SingleAsync(m => m.Name == "Город Стрежевой")).Kind.ShouldBe(MunicipalityKind.UrbanOkrug);
        }

        var (again, _) = await TerritoryDriver.ImportAsync(region, "organizations-region.xlsx", file);
        var second = TerritoryDriver.Result(again);
        (second.GetProperty("Created").GetInt32(), second.GetProperty("Updated").GetInt32(), second.GetProperty("MunicipalitiesCreated").GetInt32()).ShouldBe((0, 60, 0));
        (await CountsAsync()).ShouldBe((organizations + 60, municipalities + missing));
    }

    [Fact]
    public async Task ACsvInWindows1251WithOtherHeadersAndOrderImportsAndCreatesTheMissingMunicipality()
    {
        var region = await app.LoginAsync("region");
        var csv = string.Join("\r\n",
            "Реестр организаций-партнёров;;;;;",
            "ИНН организации;Наименование;Сокращенное наименование;Вид учреждения;Район;Директор;Адрес сайта",
            $"{TerritoryDriver.Inn(700200001)};Муниципальное бюджетное общеобразовательное учреждение «Лицей № 8»;МБОУ Лицей № 8;лицей;Молчановский район;Орлов Олег Олегович;licey8.example.ru",
            $"{TerritoryDriver.Inn(700200002)};Областное государственное автономное профессиональное образовательное учреждение «Томский техникум»;ОГАПОУ ТТ;техникум;Город Томск;Волков Виктор Викторович;",
            $"{TerritoryDriver.Inn(700200003)};Общество с ограниченной ответственностью «Сибирский завод»;ООО «СЗ»;предприятие;Молчановский район;;",
            $"{TerritoryDriver.Inn(700200004)};Муниципальное автономное учреждение «Центр дополнительного образования»;МАУ ЦДО;ЦДО;Молчановский район;;");
        var before = await CountsAsync();
        var (job, page) = await TerritoryDriver.ImportAsync(region, "partnery.csv", Encoding.GetEncoding(1251).GetBytes(csv));
        job.GetProperty("status").GetString().ShouldBe("Succeeded");
        TerritoryDriver.Result(job).GetProperty("Succeeded").GetBoolean().ShouldBeTrue(page);
        (await CountsAsync()).ShouldBe((before.Organizations + 4, before.Municipalities + 1));
        await using var db = app.NewDbContext();
        var licey = await db.Organizations.Include(o => o.Municipality).SingleAsync(o => o.Inn == TerritoryDriver.Inn(700200001));
        (licey.Type, licey.Municipality!.Name, licey.HeadName, licey.Site).ShouldBe((OrganizationType.School, "Молчановский район", "Орлов Олег Олегович", "licey8.example.ru"));
        (await db.Organizations.SingleAsync(o => o.Inn == TerritoryDriver.Inn(700200002))).Type.ShouldBe(OrganizationType.College);
        (await db.Organizations.SingleAsync(o => o.Inn == TerritoryDriver.Inn(700200003))).Type.ShouldBe(OrganizationType.Enterprise);
        (await db.Organizations.SingleAsync(o => o.Inn == TerritoryDriver.Inn(700200004))).Type.ShouldBe(OrganizationType.AdditionalEducation);
    }

    [Fact]
    public async Task AnXlsxWithNumbersForInnAndNoTitleRowsImportsAndAnExistingOrganizationIsUpdatedByItsInn()
    {
        var region = await app.LoginAsync("region");
        var inn = TerritoryDriver.Inn(20300001); // «02…»: a number cell loses the leading zero
        using var buffer = new MemoryStream();
        await XlsxWriter.WriteAsync(buffer, "Лист1", ["Муниципалитет", "Тип", "Полное наименование организации", "ИНН", "ОГРН", "ФИО руководителя"],
            new[] { new object?[] { "ЗАТО Северск", "ДОУ", "МБДОУ «Детский сад № 58» (тест)", double.Parse(inn), double.Parse(TerritoryDriver.Ogrn(102700300001)), "Белова Вера Ивановна" } }.ToAsyncEnumerable());
        var (job, page) = await TerritoryDriver.ImportAsync(region, "sady.xlsx", buffer.ToArray());
        TerritoryDriver.Result(job).GetProperty("Succeeded").GetBoolean().ShouldBeTrue(page);
        await using (var db = app.NewDbContext())
            (await db.Organizations.SingleAsync(o => o.Inn == inn)).Type.ShouldBe(OrganizationType.Preschool);

        var csv = $"Полное наименование;Муниципальное образование;ИНН;Тип организации;Руководитель\r\nМБДОУ «Детский сад № 58» г. Северска;ЗАТО Северск;{inn};детский сад;Белова Вера Петровна\r\n";
        var (again, _) = await TerritoryDriver.ImportAsync(region, "sady.csv", Encoding.UTF8.GetBytes(csv));
        TerritoryDriver.Result(again).GetProperty("Updated").GetInt32().ShouldBe(1);
        await using var check = app.NewDbContext();
        var o = await check.Organizations.SingleAsync(x => x.Inn == inn);
        (o.Name, o.HeadName).ShouldBe(("МБДОУ «Детский сад № 58» г. Северска", "Белова Вера Петровна"));
    }

    [Fact]
    public async Task EveryBadRowIsNamedWithRowColumnAndReasonAndNothingIsWritten()
    {
        var region = await app.LoginAsync("region");
        var csv = string.Join("\r\n",
            "Наименование организации;Тип организации;Муниципальное образование;ИНН;ОГРН;Сайт",
            $"МБОУ «СОШ № 901»;СОШ;Новый район;{TerritoryDriver.Inn(700900001)};;",
            "МБОУ «СОШ № 902»;СОШ;ЗАТО Северск;77000001;;",
            $"ГКУ «Обсерватория»;обсерватория;ЗАТО Северск;{TerritoryDriver.Inn(700900003)};;",
            $";СОШ;ЗАТО Северск;{TerritoryDriver.Inn(700900004)};;",
            $"МБОУ «СОШ № 905»;СОШ;ЗАТО Северск;{TerritoryDriver.Inn(700900005)};10277001321Б4;",
            $"МБОУ «СОШ № 906»;СОШ;ЗАТО Северск;{TerritoryDriver.Inn(700900001)};;");
        var before = await CountsAsync();
        var (job, page) = await TerritoryDriver.ImportAsync(region, "errors.csv", Encoding.UTF8.GetBytes(csv));
        TerritoryDriver.Result(job).GetProperty("Succeeded").GetBoolean().ShouldBeFalse();
        page.ShouldContain("найдено ошибок — 5");
        page.ShouldContain("<td>3</td><td>ИНН</td><td>ИНН «77000001»: у юридического лица 10 цифр (у ИП — 12), а здесь 8.");
        page.ShouldContain("<td>4</td><td>Тип организации</td><td>Тип организации «обсерватория» не распознан");
        page.ShouldContain("<td>5</td><td>Наименование организации</td><td>Не указано полное наименование организации.");
        page.ShouldContain("<td>6</td><td>ОГРН</td><td>ОГРН «10277001321Б4» должен состоять только из цифр.");
        page.ShouldContain($"<td>7</td><td>ИНН</td><td>ИНН {TerritoryDriver.Inn(700900001)} уже встречался в строке 2.");
        (await CountsAsync()).ShouldBe(before); // not even the valid first row, nor its new municipality
    }

    [Fact]
    public async Task AFileWithoutTheNameColumnIsRefusedNamingTheHeadersItHas()
    {
        var region = await app.LoginAsync("region");
        var (job, page) = await TerritoryDriver.ImportAsync(region, "x.csv", Encoding.UTF8.GetBytes("Что-то;ИНН;Район\r\nа;7707083893;ЗАТО Северск\r\n"));
        TerritoryDriver.Result(job).GetProperty("Succeeded").GetBoolean().ShouldBeFalse();
        page.ShouldContain("В файле не найден столбец «Полное наименование»");
    }
}

public sealed class OrganizationImportTestsOnPostgres(PostgresApp app) : OrganizationImportTests<PostgresApp>(app);
public sealed class OrganizationImportTestsOnSqlite(SqliteApp app) : OrganizationImportTests<SqliteApp>(app);

/// <summary>The shared file exactly as the office suite saved it, into a region of its own database (the other import tests
/// load the same names with corrected numbers).</summary>
public abstract class SharedOrganizationListTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task TheSharedFileAsItIsImportsAndItsCheckDigitTyposAreListedForReview()
    {
        var region = await app.LoginAsync("region");
        int before;
        await using (var count = app.NewDbContext()) before = await count.Organizations.CountAsync();
        var (job, page) = await TerritoryDriver.ImportAsync(region, "organizations-region.xlsx", File.ReadAllBytes(ImportDriver.TestFile("organizations-region.xlsx")));
        var result = TerritoryDriver.Result(job);
        result.GetProperty("Succeeded").GetBoolean().ShouldBeTrue(page);
        result.GetProperty("Created").GetInt32().ShouldBe(60);
        // Row 5 of the sheet is its first data row (title, date, empty row, header above it); its ИНН fails the check digit:
        // imported all the same (a typo in the ministry's list must not stop the region's start), and listed for review.
        var rowsToCheck = System.Text.RegularExpressions.Regex.Match(page, "Загружено, но проверьте строк: (\\d+)");
        rowsToCheck.Success.ShouldBeTrue(page);
        int.Parse(rowsToCheck.Groups[1].Value).ShouldBeInRange(50, 60, "the file's invented numbers: 50 ИНН fail the check digit");
        page.ShouldContain("<td>5</td><td>ИНН</td><td>ИНН «7052601815» не проходит проверку контрольной цифры: проверьте, нет ли опечатки. Строка загружена.");
        await using (var count = app.NewDbContext()) (await count.Organizations.CountAsync()).ShouldBe(before + 60);
        await using var db = app.NewDbContext();
        (await db.Organizations.SingleAsync(o => o.Inn == "7052601815")).ShortName.ShouldNotBeNull();

        var (again, _) = await TerritoryDriver.ImportAsync(region, "organizations-region.xlsx", File.ReadAllBytes(ImportDriver.TestFile("organizations-region.xlsx")));
        (TerritoryDriver.Result(again).GetProperty("Created").GetInt32(), TerritoryDriver.Result(again).GetProperty("Updated").GetInt32()).ShouldBe((0, 60));
    }
}

public sealed class SharedOrganizationListTestsOnPostgres(PostgresApp app) : SharedOrganizationListTests<PostgresApp>(app);
public sealed class SharedOrganizationListTestsOnSqlite(SqliteApp app) : SharedOrganizationListTests<SqliteApp>(app);
