using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Programs;

/// <summary>The pairs order reads as an official document in LibreOffice: the curator named in the dative, the program's
/// name once, the head's position and name under «Руководитель», each date blank on one line.</summary>
public abstract class PairOrderDocumentTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task TheOrderDeclinesTheCuratorAndIsSignedByTheHead()
    {
        var (client, program) = await app.ProgramAsync(requiresPreparation: false);
        var people = await app.PeopleAsync(client, menteeConsent: true, mentorPrepared: true);
        await using (var db = app.NewDbContext())
        {
            var p = await db.Programs.SingleAsync(x => x.Id == program);
            p.Name = "Программа наставничества «Шаг вперёд»";
            p.CuratorName = "Иванова Мария Петровна";
            var school = await db.Organizations.SingleAsync(o => o.Id == p.OrganizationId);
            school.HeadName = "Сергеев Пётр Ильич";
            await db.SaveChangesAsync();
        }
        await client.ActivePairAsync(program, people);

        var docx = await client.GetByteArrayAsync($"/Programs/Order/{program}?number={Uri.EscapeDataString("15-од")}");
        var text = (await LibreOffice.ReadDocxAsync(docx)).Replace('\u00A0', ' ');
        text.ShouldContain("Куратору программы наставничества Ивановой Марии Петровне обеспечить");
        text.ShouldNotContain("Иванова Мария Петровна");
        text.ShouldContain("в рамках программы наставничества «Шаг вперёд»");
        text.ShouldNotContain("Программа наставничества");
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var head = lines.IndexOf("Руководитель");
        head.ShouldBeGreaterThan(0, "the head signs under «Руководитель»");
        lines.Skip(head + 1).Where(l => l.Length > 0).Take(3).ShouldBe(["Директор", "____________", "П.И. Сергеев"]);
        lines.Count(l => l == "“___” ________ 20__ г.").ShouldBe(2, "one date blank, whole on its line, for the mentor and the mentee");
    }
}

public sealed class PairOrderDocumentTestsOnPostgres(PostgresApp app) : PairOrderDocumentTests<PostgresApp>(app);
public sealed class PairOrderDocumentTestsOnSqlite(SqliteApp app) : PairOrderDocumentTests<SqliteApp>(app);
