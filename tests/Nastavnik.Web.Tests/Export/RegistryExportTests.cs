using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Features.Import;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Export;

/// <summary>Exports contain exactly the scoped, filtered list, are valid spreadsheets, and load back through the import.</summary>
public abstract class RegistryExportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task TheXlsxExportIsAValidWorkbookWithTheCuratorsMenteesOnly()
    {
        var client = await app.LoginAsync("curator76");
        var response = await client.GetAsync("/Mentees/Export?format=xlsx&sort=birth");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
            new OpenXmlValidator().Validate(document).Select(e => e.Description).ShouldBeEmpty();

        var table = SheetReader.Read("export.xlsx", bytes);
        var inLibreOffice = await LibreOffice.ReadXlsxAsync(bytes);
        inLibreOffice.ShouldStartWith("ФИО,");
        inLibreOffice.ShouldContain(((string)table.Rows[0].Cells[0]!).Trim());
        table.Headers.ShouldContain("ФИО");
        table.Headers.ShouldContain("Дата рождения");
        await using var db = app.NewDbContext();
        var expected = await db.Mentees.CountAsync(m => m.Person!.Organization!.Name.Contains(DemoData.School76) && !m.IsArchived);
        table.Rows.Count.ShouldBe(expected);
        var organization = table.Headers.ToList().IndexOf("Организация");
        table.Rows.ShouldAllBe(r => ((string)r.Cells[organization]!).Contains(DemoData.School76));
        var birth = table.Headers.ToList().IndexOf("Дата рождения");
        table.Rows.Select(r => r.Cells[birth]).OfType<DateTime>().Count().ShouldBeGreaterThan(0, "dates are real date cells");
    }

    [Fact]
    public async Task TheCsvExportIsForRussianExcelWithACommaOnRequest()
    {
        var client = await app.LoginAsync("curator76");
        var semicolon = await client.GetByteArrayAsync("/Mentees/Export?format=csv");
        semicolon[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "UTF-8 with a BOM, so Excel reads Cyrillic");
        var text = System.Text.Encoding.UTF8.GetString(semicolon[3..]);
        text.ShouldStartWith("ФИО;Дата рождения;Организация;");
        var comma = System.Text.Encoding.UTF8.GetString(await client.GetByteArrayAsync("/Mentees/Export?format=csv&sep=comma"));
        comma.TrimStart('\uFEFF').ShouldStartWith("ФИО,Дата рождения,Организация,");
        var table = SheetReader.Read("export.csv", semicolon);
        table.Headers.ShouldContain("Категория наставляемого");
        table.Rows.Count.ShouldBe(comma.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
        var list = await client.GetStringAsync("/Mentees");
        list.ShouldContain("format=csv&amp;sep=comma");
    }

    [Fact]
    public async Task TheWindows1251CsvExportHonoursTheSearchAndReadsBackWithRecognisedHeaders()
    {
        var client = await app.LoginAsync("region");
        await using var db = app.NewDbContext();
        var someone = await db.Mentors.Where(m => !m.IsArchived).Select(m => m.Person!.LastName).FirstAsync();
        var expected = await db.Mentors.CountAsync(m => !m.IsArchived && m.Person!.SearchText.Contains(someone.ToLower().Replace('ё', 'е')));

        var response = await client.GetAsync($"/Mentors/Export?format=csv1251&q={Uri.EscapeDataString(someone)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Should.Throw<System.Text.DecoderFallbackException>(() => new System.Text.UTF8Encoding(false, true).GetString(bytes), "Windows-1251, not UTF-8");
        System.Text.Encoding.GetEncoding(1251).GetString(bytes).ShouldStartWith("ФИО;");
        var table = SheetReader.Read("export.csv", bytes);
        table.Rows.Count.ShouldBe(expected);
        ImportFields.Recognize(table.Headers[0]).ShouldBe("FullName");
        table.Rows.ShouldAllBe(r => ((string)r.Cells[0]!).Contains(someone));
    }
}

public sealed class RegistryExportTestsOnPostgres(PostgresApp app) : RegistryExportTests<PostgresApp>(app);
public sealed class RegistryExportTestsOnSqlite(SqliteApp app) : RegistryExportTests<SqliteApp>(app);
