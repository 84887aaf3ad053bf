using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Access;

/// <summary>Personal access tokens: created in the UI, stored hashed, carry the owner's scope, revocable.</summary>
public abstract class AccessTokenTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task ATokenCreatedInTheUiAuthenticatesTheApiWithTheOwnersScopeUntilRevoked()
    {
        var browser = await app.LoginAsync("curator76");
        var created = await browser.PostFormAsync("/Account/Tokens", "/Account/Tokens?handler=Create", new() { ["name"] = "Выгрузка", ["validDays"] = "30" });
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await created.Content.ReadAsStringAsync();
        var token = Regex.Match(html, "id=\"new-token\"[^>]*>(nst_[A-Za-z0-9_-]+)<").Groups[1].Value;
        token.ShouldStartWith("nst_");

        await using (var db = app.NewDbContext())
        {
            var stored = await db.AccessTokens.SingleAsync(t => t.Name == "Выгрузка");
            stored.TokenHash.ShouldNotContain(token[4..]);
            stored.TokenHash.Length.ShouldBe(64);
        }

        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/mentees?pageSize=200");
        page.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("organization").GetString()!.Contains(DemoData.School76));
        var foreign = await app.AnyMenteeOfAsync(DemoData.School2Tomsk);
        (await api.GetAsync($"/api/v1/mentees/{foreign}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        int id;
        await using (var db = app.NewDbContext()) id = await db.AccessTokens.Where(t => t.Name == "Выгрузка").Select(t => t.Id).SingleAsync();
        var revoked = await browser.PostFormAsync("/Account/Tokens", $"/Account/Tokens?handler=Revoke&id={id}", new());
        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await api.GetAsync("/api/v1/mentees")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATokenWithoutExpiryOrForLongerThanAYearIsRefusedInRussian()
    {
        var browser = await app.LoginAsync("head76");
        (await browser.GetStringAsync("/Account/Tokens")).ShouldMatch("<option value=\"90\" selected=\"selected\">", "90 days are offered first");
        foreach (var days in new[] { "", "0", "366", "3650" })
        {
            var refused = await browser.PostFormAsync("/Account/Tokens", "/Account/Tokens?handler=Create", new() { ["name"] = "Вечный", ["validDays"] = days });
            var html = await refused.Content.ReadAsStringAsync();
            html.ShouldContain("Укажите срок действия токена: от 1 до 365 дней.", customMessage: $"validDays={days}");
            html.ShouldNotContain("id=\"new-token\"");
        }
        var year = await browser.PostFormAsync("/Account/Tokens", "/Account/Tokens?handler=Create", new() { ["name"] = "Годовой", ["validDays"] = "365" });
        (await year.Content.ReadAsStringAsync()).ShouldContain("id=\"new-token\"");

        await using var db = app.NewDbContext();
        (await db.AccessTokens.CountAsync(t => t.Name == "Вечный")).ShouldBe(0);
        var stored = await db.AccessTokens.SingleAsync(t => t.Name == "Годовой");
        (stored.ExpiresAt! - stored.CreatedAt).Value.TotalDays.ShouldBe(365);
    }

    [Fact]
    public async Task ATokenPastItsExpiryIsRefusedAndOneMadeWithoutExpiryBeforeItWasRequiredLapsesAYearAfterItWasMade()
    {
        var now = DateTimeOffset.UtcNow;
        var tokens = new (string Plain, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, HttpStatusCode Expected)[]
        {
            ("nst_expired-yesterday", now.AddDays(-30), now.AddDays(-1), HttpStatusCode.Unauthorized),
            ("nst_unlimited-366-days-old", now.AddDays(-366), null, HttpStatusCode.Unauthorized),
            ("nst_unlimited-300-days-old", now.AddDays(-300), null, HttpStatusCode.OK),
        };
        await using (var db = app.NewDbContext())
        {
            var userId = await db.Users.Where(u => u.UserName == "seversk").Select(u => u.Id).SingleAsync();
            foreach (var (plain, createdAt, expiresAt, _) in tokens)
                db.AccessTokens.Add(new Web.Infrastructure.Auth.PersonalAccessToken
                {
                    UserId = userId, Name = plain, TokenHash = Web.Infrastructure.Auth.AccessTokens.Hash(plain), Prefix = plain[..10],
                    CreatedAt = createdAt, ExpiresAt = expiresAt,
                });
            await db.SaveChangesAsync();
        }
        foreach (var (plain, _, _, expected) in tokens)
        {
            var api = app.CreateClient();
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", plain);
            (await api.GetAsync("/api/v1/organizations")).StatusCode.ShouldBe(expected, plain);
        }
    }

    [Fact]
    public async Task AnUnknownTokenIsRejected()
    {
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "nst_not-a-real-token");
        (await api.GetAsync("/api/v1/organizations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public sealed class AccessTokenTestsOnPostgres(PostgresApp app) : AccessTokenTests<PostgresApp>(app);
public sealed class AccessTokenTestsOnSqlite(SqliteApp app) : AccessTokenTests<SqliteApp>(app);
