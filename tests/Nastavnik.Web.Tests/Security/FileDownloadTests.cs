using System.Net;
using Nastavnik.Domain.Files;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Security;

/// <summary>A download checks access from the file's description first: a refused request never reads the file's content.</summary>
public abstract class FileDownloadTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SqlLoggingAppFactory
{
    [Fact]
    public async Task AUserOutsideTheScopeGets404AndTheContentIsNotRead()
    {
        var (_, program) = await app.ProgramAsync(requiresPreparation: false, curator: "curator2", school: DemoData.School2Tomsk);
        var content = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Протокол заседания методического объединения. ", 4000)));
        int fileId;
        await using (var db = app.NewDbContext())
        {
            var step = db.ProgramSteps.Where(s => s.ProgramId == program).OrderBy(s => s.Number).Select(s => s.Id).First();
            var file = StoredFile.Create(FileOwner.ProgramStep, step, "протокол.txt", "text/plain", content, DateTimeOffset.UtcNow);
            db.Files.Add(file);
            await db.SaveChangesAsync();
            fileId = file.Id;
        }

        var stranger = await app.LoginAsync("curator76");
        app.Sql.Clear();
        (await stranger.GetAsync($"/files/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        app.Sql.Statements.Where(ReadsContent).ShouldBeEmpty("the content was read for a refused download");

        var staff = await app.LoginAsync("curator2");
        (await staff.GetByteArrayAsync($"/files/{fileId}")).ShouldBe(content);
    }

    private static bool ReadsContent(string sql) => sql.Contains("\"Files\"") && sql.Contains("\"Content\"");
}

public sealed class FileDownloadTestsOnPostgres(SqlLoggingPostgresApp app) : FileDownloadTests<SqlLoggingPostgresApp>(app);
public sealed class FileDownloadTestsOnSqlite(SqlLoggingSqliteApp app) : FileDownloadTests<SqlLoggingSqliteApp>(app);
