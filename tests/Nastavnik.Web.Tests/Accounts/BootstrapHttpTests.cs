using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Cli;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Accounts;

/// <summary>A production start seeds no invented people; `bootstrap` makes the region and its first operator once.</summary>
public abstract class BootstrapHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task AnEmptyDatabaseStaysEmptyAndBootstrapMakesTheFirstOperatorOnceWithAOneTimeLink()
    {
        await using (var db = app.NewDbContext())
        {
            (await db.Regions.AnyAsync()).ShouldBeFalse("no demo region without Demo:Seed");
            (await db.Users.AnyAsync()).ShouldBeFalse("no demo accounts");
        }
        var refused = new StringWriter();
        using (var scope = app.Services.CreateScope())
            (await Bootstrap.RunAsync(scope.ServiceProvider, "Томская область", "operator", "operator@tomsk.example.ru", refused, timeZone: "Europe/Paris")).ShouldBe(1);
        refused.ToString().ShouldContain("Отказано: Часовой пояс «Europe/Paris» не из списка часовых поясов России");
        await using (var db = app.NewDbContext()) (await db.Regions.AnyAsync()).ShouldBeFalse("a refused bootstrap leaves nothing");

        var output = new StringWriter();
        using (var scope = app.Services.CreateScope())
            (await Bootstrap.RunAsync(scope.ServiceProvider, "Томская область", "operator", "Operator@Tomsk.example.ru", output, "Иванова Мария Петровна", "Asia/Tomsk")).ShouldBe(0);
        output.ToString().ShouldContain("Регион «Томская область» создан, часовой пояс: Томск (UTC+7)");
        await using (var db = app.NewDbContext()) (await db.Regions.SingleAsync()).TimeZoneId.ShouldBe("Asia/Tomsk");
        var link = System.Text.RegularExpressions.Regex.Match(output.ToString(), @"http://nastavnik\.test(/p/[A-Za-z0-9_\-]+)").Groups[1].Value;
        link.ShouldStartWith("/p/", customMessage: output.ToString());

        await using (var db = app.NewDbContext())
        {
            var user = await db.Users.Include(u => u.Grants).SingleAsync();
            (user.UserName, user.Email, user.FullName, user.PasswordHash).ShouldBe(("operator", "operator@tomsk.example.ru", "Иванова Мария Петровна", null));
            user.Grants.ShouldHaveSingleItem().Role.ShouldBe(UserRole.RegionalOperator);
            (await db.OutboxMessages.SingleAsync()).Body.ShouldContain("http://nastavnik.test" + link, customMessage: "the same link is e-mailed");
        }

        var again = new StringWriter();
        using (var scope = app.Services.CreateScope())
            (await Bootstrap.RunAsync(scope.ServiceProvider, "Новосибирская область", "operator2", "op2@example.ru", again)).ShouldBe(1);
        again.ToString().ShouldContain("Отказано: в базе уже есть регион «Томская область»");
        await using (var db = app.NewDbContext()) (await db.Users.CountAsync(), await db.Regions.CountAsync()).ShouldBe((1, 1));

        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await browser.SetPasswordAsync(link, "Operator-Parol-1")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var operatorClient = await app.LoginAsync("operator", "Operator-Parol-1");
        (await operatorClient.GetAsync("/Accounts")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class BootstrapHttpTestsOnPostgres(EmptyPostgresApp app) : BootstrapHttpTests<EmptyPostgresApp>(app);
public sealed class BootstrapHttpTestsOnSqlite(EmptySqliteApp app) : BootstrapHttpTests<EmptySqliteApp>(app);
