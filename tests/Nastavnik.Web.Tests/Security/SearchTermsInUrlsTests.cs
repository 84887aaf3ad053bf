using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Security;

/// <summary>A registry search term (a surname) is personal data: the search form posts it, and every address the app
/// then shows or links to carries it only encrypted — the address bar, paging, sorting and export links.</summary>
public abstract class SearchTermsInUrlsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private async Task<string> SomeSurnameAsync()
    {
        await using var db = app.NewDbContext();
        var org = await app.OrganizationIdAsync(DemoData.School76);
        return await db.Mentees.Where(m => m.Person!.OrganizationId == org && !m.IsArchived).OrderBy(m => m.Id).Select(m => m.Person!.LastName).FirstAsync();
    }

    private static async Task<HttpResponseMessage> SearchAsync(HttpClient client, string term, bool htmx)
    {
        var page = await client.GetStringAsync("/Mentees");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Mentees")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["q"] = term, ["__RequestVerificationToken"] = AuthenticatedClient.Antiforgery(page) }),
        };
        if (htmx) request.Headers.Add("HX-Request", "true");
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task TheSearchedSurnameAppearsInNoAddressButTheListIsFilteredByIt()
    {
        var surname = await SomeSurnameAsync();
        var client = await app.LoginAsync("curator76");

        var response = await SearchAsync(client, surname, htmx: true);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pushed = response.Headers.GetValues("HX-Push-Url").Single();
        pushed.ShouldStartWith("/Mentees?qs=");
        Uri.UnescapeDataString(pushed).ShouldNotContain(surname);
        var html = await response.Content.ReadAsStringAsync();
        var rows = Regex.Matches(html, "<tr[^>]*>\\s*(?:<td><input[^>]*/></td>\\s*)?<td><a href=\"/Mentees/Details/").Count;
        rows.ShouldBeGreaterThan(0);
        var links = Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        links.Where(l => l.Contains("qs=")).ShouldNotBeEmpty("sorting and export links keep the search");
        links.ShouldAllBe(l => !Uri.UnescapeDataString(l).Contains(surname));
        links.ShouldAllBe(l => !l.Contains("?q=") && !l.Contains("&q="));

        // The pushed address (a reload, a bookmark) shows the same filtered list.
        var again = await client.GetStringAsync(pushed);
        again.ShouldContain(surname);
        Regex.Matches(again, "<tr[^>]*>\\s*(?:<td><input[^>]*/></td>\\s*)?<td><a href=\"/Mentees/Details/").Count.ShouldBe(rows);
        // And the export link of the searched list exports only the found people.
        var export = links.First(l => l.StartsWith("/Mentees/Export") && l.Contains("format=csv") && !l.Contains("csv1251"));
        var csv = await client.GetStringAsync(export);
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(rows + 1);
    }

    [Fact]
    public async Task WithoutJavaScriptTheSearchRedirectsToTheEncryptedAddress()
    {
        var surname = await SomeSurnameAsync();
        var client = await app.LoginAsync("curator76");

        var response = await SearchAsync(client, surname, htmx: false);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith("/Mentees?qs=");
        Uri.UnescapeDataString(location).ShouldNotContain(surname);
        (await client.GetStringAsync(location)).ShouldContain(surname);
    }

    [Fact]
    public async Task ADamagedEncryptedTermShowsTheWholeListInsteadOfFailing()
    {
        var client = await app.LoginAsync("curator76");
        var whole = await client.GetStringAsync("/Mentees");
        var damaged = await client.GetAsync("/Mentees?qs=CfDJ8-not-a-real-token");
        damaged.StatusCode.ShouldBe(HttpStatusCode.OK);
        Regex.Match(await damaged.Content.ReadAsStringAsync(), "id=\"total\">([^<]+)<").Groups[1].Value
            .ShouldBe(Regex.Match(whole, "id=\"total\">([^<]+)<").Groups[1].Value);
    }

    [Fact]
    public async Task ASearchPostWithoutTheAntiforgeryTokenIsRefused()
    {
        var client = await app.LoginAsync("curator76");
        var response = await client.PostAsync("/Mentees", new FormUrlEncodedContent(new Dictionary<string, string> { ["q"] = "Иванов" }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

public sealed class SearchTermsInUrlsOnPostgres(PostgresApp app) : SearchTermsInUrlsTests<PostgresApp>(app);
public sealed class SearchTermsInUrlsOnSqlite(SqliteApp app) : SearchTermsInUrlsTests<SqliteApp>(app);
