using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Security;

/// <summary>Security headers on pages, public pages, files and the API; inline scripts run only with the response's
/// nonce; the session cookie's flags; exported CSV cells that Excel would run as formulas are neutralised.</summary>
public abstract class WebSecurityHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static void ShouldHaveSecurityHeaders(HttpResponseMessage response)
    {
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("default-src 'self'");
        csp.ShouldMatch("script-src 'self' 'nonce-[0-9A-F]{32}';");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("object-src 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("same-origin");
    }

    [Fact]
    public async Task EveryKindOfResponseCarriesTheSecurityHeaders()
    {
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var url in new[] { "/Account/Login", "/nastavnichestvo", "/Mentees", "/api/v1/regions", "/nastavnichestvo/files/999999" })
            ShouldHaveSecurityHeaders(await anonymous.GetAsync(url));
        var region = await app.LoginAsync("region");
        foreach (var url in new[] { "/Roadmaps", "/Mentees", "/api/v1/regions", "/Monitoring", "/nastavnichestvo" })
        {
            var response = await region.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            ShouldHaveSecurityHeaders(response);
        }
    }

    [Fact]
    public async Task InlineScriptsCarryThisResponsesNonceAndNoOther()
    {
        var region = await app.LoginAsync("region");
        var nonces = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var response = await region.GetAsync("/Monitoring");
            var nonce = Regex.Match(response.Headers.GetValues("Content-Security-Policy").Single(), "'nonce-([^']+)'").Groups[1].Value;
            var html = await response.Content.ReadAsStringAsync();
            var inline = Regex.Matches(html, "<script(?![^>]*\\bsrc=)(?![^>]*application/json)([^>]*)>").Select(m => m.Groups[1].Value).ToList();
            inline.ShouldNotBeEmpty();
            inline.ShouldAllBe(attributes => attributes.Contains($"nonce=\"{nonce}\""));
            html.ShouldNotContain(" onclick=");
            nonces.Add(nonce);
        }
        nonces.Distinct().Count().ShouldBe(2);
    }

    /// <summary>Signs in through the form and returns the session cookie's Set-Cookie header.</summary>
    private async Task<string> SessionCookieAsync(string? forwardedProto)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/Account/Login");
        var cookies = page.Headers.TryGetValues("Set-Cookie", out var c) ? c.ToList() : [];
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Login"] = "curator76", ["Input.Password"] = Nastavnik.Web.Data.Seeding.DemoSeeder.DemoPassword,
            ["__RequestVerificationToken"] = AuthenticatedClient.Antiforgery(await page.Content.ReadAsStringAsync()),
        });
        var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login") { Content = form };
        request.Headers.Add("Cookie", string.Join("; ", cookies.Select(x => x.Split(';')[0])));
        if (forwardedProto is not null) request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        var login = await client.SendAsync(request);
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return login.Headers.GetValues("Set-Cookie").Single(x => x.StartsWith("nastavnik.auth="));
    }

    [Fact]
    public async Task TheSessionCookieIsHttpOnlySameSiteAndSecureBehindHttps()
    {
        var plain = await SessionCookieAsync(forwardedProto: null);
        plain.ToLowerInvariant().ShouldContain("httponly");
        plain.ToLowerInvariant().ShouldContain("samesite=lax");
        plain.ShouldNotContain("curator76");
        plain.ToLowerInvariant().ShouldNotContain("secure", customMessage: "plain HTTP (the demo, the tests) could not send it back");

        // The proxy on this machine terminated TLS and says so.
        var behindTls = await SessionCookieAsync(forwardedProto: "https");
        behindTls.ToLowerInvariant().Split(';').Select(a => a.Trim()).ShouldContain("secure");
        behindTls.ToLowerInvariant().ShouldContain("httponly");
    }

    [Fact]
    public async Task CsvExportsNeutraliseFormulas()
    {
        var organization = await app.OrganizationIdAsync(DemoData.School76);
        await using (var db = app.NewDbContext())
        {
            var person = await db.Mentees.Where(m => m.Person!.OrganizationId == organization).Select(m => m.Person!).OrderBy(p => p.Id).FirstAsync();
            person.LastName = "=HYPERLINK(\"http://evil.example\";\"Жми\")";
            await db.SaveChangesAsync();
        }
        var client = await app.LoginAsync("curator76");
        foreach (var format in new[] { "csv", "csv&sep=comma", "csv1251" })
        {
            var bytes = await client.GetByteArrayAsync($"/Mentees/Export?format={format}&q=HYPERLINK");
            var text = format != "csv1251" ? System.Text.Encoding.UTF8.GetString(bytes) : Web.Features.Export.CsvExport.Windows1251.GetString(bytes);
            text.ShouldContain("'=HYPERLINK(");
            text.ShouldNotMatch("(^|[;,])\"?=HYPERLINK", "no cell may start with the formula itself");
        }
    }
}

public sealed class WebSecurityHttpTestsOnPostgres(PostgresApp app) : WebSecurityHttpTests<PostgresApp>(app);
public sealed class WebSecurityHttpTestsOnSqlite(SqliteApp app) : WebSecurityHttpTests<SqliteApp>(app);
