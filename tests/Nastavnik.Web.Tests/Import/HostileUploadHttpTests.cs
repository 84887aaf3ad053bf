using System.IO.Compression;
using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Import;

/// <summary>Hostile files uploaded through the pages, end to end: the registry import and the roadmap upload answer
/// each with a Russian error on the page, and nothing is written — no import session, no person, no roadmap.</summary>
public abstract class HostileUploadHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    /// <summary>A real Word or Excel file (made by LibreOffice) with one part replaced: the package opens, the part is broken.</summary>
    private static byte[] WithPart(byte[] original, string part, byte[] content)
    {
        using var buffer = new MemoryStream();
        buffer.Write(original);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)!.Delete();
            using var stream = zip.CreateEntry(part).Open();
            stream.Write(content);
        }
        return buffer.ToArray();
    }

    private static readonly byte[] BrokenXml = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl><w:tr>");

    public static TheoryData<string, string> RegistryFiles => new()
    {
        { "bomb", "список.xlsx" }, { "broken-sheet", "список.xlsx" }, { "garbage", "список.xlsx" }, { "binary-csv", "список.csv" },
    };

    private static byte[] RegistryFile(string kind) => kind switch
    {
        "bomb" => HostileFiles.ZipBomb("xl/worksheets/sheet1.xml", 200),
        "broken-sheet" => WithPart(File.ReadAllBytes(ImportDriver.TestFile("teachers-school.xlsx")), "xl/worksheets/sheet1.xml", BrokenXml),
        "garbage" => Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251)).ToArray(),
        _ => [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x41, 0x00],
    };

    [Theory]
    [MemberData(nameof(RegistryFiles))]
    public async Task AHostileRegistryFileIsRefusedOnThePageAndNothingIsStored(string kind, string fileName)
    {
        var client = await app.LoginAsync("curator76");
        await using var db = app.NewDbContext();
        var before = (await db.ImportSessions.CountAsync(), await db.People.CountAsync());

        var response = await ImportDriver.UploadAsync(client, fileName, RegistryFile(kind), "Mentees", await app.OrganizationIdAsync(DemoData.School76));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, "the upload page again, not a redirect to the mapping");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var error = page.QuerySelector("#upload-error")?.TextContent;
        error.ShouldNotBeNull();
        error.ShouldContain(fileName);
        error.ShouldMatch("(не принят|повреждён|не является|не удалось прочитать|не похож)");
        await using var check = app.NewDbContext();
        (await check.ImportSessions.CountAsync(), await check.People.CountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("bomb")]
    [InlineData("broken-document")]
    public async Task AHostileRoadmapDocumentIsRefusedOnThePageAndNothingIsStored(string kind)
    {
        var client = await app.LoginAsync("seversk");
        await using var db = app.NewDbContext();
        var before = await db.Roadmaps.CountAsync();
        var file = kind == "bomb"
            ? HostileFiles.ZipBomb("word/document.xml", 200)
            : WithPart(RoadmapHttp.Fixture("roadmap-000_86a2010b6c35da95.docx"), "word/document.xml", BrokenXml);

        var page = await RoadmapHttp.UploadAsync(client, "дорожная карта.docx", file);

        var error = page.QuerySelector("#roadmap-error")?.TextContent;
        error.ShouldNotBeNull();
        error.ShouldMatch(kind == "bomb" ? "Файл «дорожная карта\\.docx» не принят" : "не является документом Word \\(DOCX\\) или повреждён");
        page.QuerySelector("#preview-form").ShouldBeNull("no preview of a broken document");
        await using var check = app.NewDbContext();
        (await check.Roadmaps.CountAsync()).ShouldBe(before);
    }
}

public sealed class HostileUploadHttpOnPostgres(PostgresApp app) : HostileUploadHttpTests<PostgresApp>(app);
public sealed class HostileUploadHttpOnSqlite(SqliteApp app) : HostileUploadHttpTests<SqliteApp>(app);
