using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Security;

/// <summary>Two instances of the app on one database (as behind a balancer): the session cookie and the antiforgery token
/// one issues are accepted by the other, because the data-protection keys live in the database.</summary>
public abstract class TwoInstancesHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    /// <summary>A second host of the app on the first one's database (no seeding: the data is there).</summary>
    private sealed class SecondInstance(AppFactory first) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", first.Provider.ToString());
            builder.UseSetting("ConnectionStrings:Nastavnik", first.ConnectionString);
            builder.UseSetting("Demo:Seed", "false");
            builder.UseSetting("Security:LoginPerMinute", "10000");
        }
    }

    /// <summary>Cookies kept by hand, so the same ones can be sent to either instance.</summary>
    private sealed class Jar
    {
        private readonly Dictionary<string, string> _cookies = [];
        public string Header => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));

        public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, Dictionary<string, string>? form = null)
        {
            var request = new HttpRequestMessage(method, url) { Content = form is null ? null : new FormUrlEncodedContent(form) };
            if (_cookies.Count > 0) request.Headers.Add("Cookie", Header);
            var response = await client.SendAsync(request);
            foreach (var set in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = set.Split(';')[0].Split('=', 2);
                _cookies[pair[0]] = pair[1];
            }
            return response;
        }
    }

    [Fact]
    public async Task ALoginAndAFormIssuedByOneInstanceWorkOnTheOther()
    {
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        var first = app.CreateClient(options);
        var jar = new Jar();
        var login = await jar.SendAsync(first, HttpMethod.Get, "/Account/Login");
        (await jar.SendAsync(first, HttpMethod.Post, "/Account/Login", new()
        {
            ["Input.Login"] = "curator76", ["Input.Password"] = Nastavnik.Web.Data.Seeding.DemoSeeder.DemoPassword,
            ["__RequestVerificationToken"] = AuthenticatedClient.Antiforgery(await login.Content.ReadAsStringAsync()),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await jar.SendAsync(first, HttpMethod.Get, "/Publications");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = AuthenticatedClient.Antiforgery(await page.Content.ReadAsStringAsync());

        await using var second = new SecondInstance(app);
        var other = second.CreateClient(options);
        (await jar.SendAsync(other, HttpMethod.Get, "/Mentees")).StatusCode.ShouldBe(HttpStatusCode.OK, "the first instance's session is valid on the second");
        var posted = await jar.SendAsync(other, HttpMethod.Post, "/Publications?handler=News",
            new() { ["__RequestVerificationToken"] = token, ["title"] = "Из второго экземпляра", ["body"] = "Текст" });
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the first instance's antiforgery token is valid on the second");
        (await (await jar.SendAsync(first, HttpMethod.Get, "/Publications")).Content.ReadAsStringAsync()).ShouldContain("Из второго экземпляра");

        // The key ring is in the database (on one machine the default key folder in the home directory would hide a
        // missing shared store; on two machines it would not).
        await using (var db = app.NewDbContext())
            (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.DataProtectionKeys)).ShouldContain(k => k.Xml!.Contains("<key "));

        // A cookie the shared keys did not protect is no session on either instance.
        var forged = new HttpRequestMessage(HttpMethod.Get, "/Mentees");
        forged.Headers.Add("Cookie", "nastavnik.auth=CfDJ8" + new string('A', 200));
        (await other.SendAsync(forged)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}

public sealed class TwoInstancesHttpTestsOnPostgres(PostgresApp app) : TwoInstancesHttpTests<PostgresApp>(app);
public sealed class TwoInstancesHttpTestsOnSqlite(SqliteApp app) : TwoInstancesHttpTests<SqliteApp>(app);
