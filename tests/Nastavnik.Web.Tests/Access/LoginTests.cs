using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Web.Data;
using Nastavnik.Web.Data.Seeding;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Access;

/// <summary>Passwords are checked by Identity. Failures are throttled per client address and login, never by locking
/// the account; a login that does not exist answers like a wrong password, in the same words and about the same time.
/// Client addresses come in X-Forwarded-For, which the app honours from a proxy on this machine.</summary>
public abstract class LoginTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string WrongPassword = "не тот пароль";
    private const string MadeUpLogin = "нет-такого-логина";

    private HttpClient From(string address)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static Task<HttpResponseMessage> TryLoginAsync(HttpClient client, string login, string password) =>
        client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Login"] = login, ["Input.Password"] = password });

    /// <summary>The text of the form's error summary.</summary>
    private static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("form [role=alert]")?.TextContent.Trim() ?? "";

    private async Task<string> TokenOfAsync(string login)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Actor.UserName = "тест";
        var userId = db.Users.Single(u => u.UserName == login).Id;
        return await scope.ServiceProvider.GetRequiredService<AccessTokens>().CreateAsync(userId, "Интеграция", 30);
    }

    [Fact]
    public async Task GuessingFromOneAddressLocksNeitherTheOwnerFromAnotherAddressNorHisApiToken()
    {
        using var stopped = app.Clock.Stop(); // the back-off must not run out while the attacker is at it
        var token = await TokenOfAsync("curator2");
        var attacker = From("203.0.113.10");
        var first = await TryLoginAsync(attacker, "curator2", WrongPassword);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ErrorAsync(first)).ShouldBe("Неверный логин или пароль.");
        HttpResponseMessage last = first;
        for (var i = 0; i < 11; i++) last = await TryLoginAsync(attacker, "curator2", WrongPassword);
        last.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "the guessing address is throttled");

        var owner = await TryLoginAsync(From("198.51.100.20"), "curator2", DemoSeeder.DemoPassword);
        owner.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the owner signs in from his own address");

        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await api.GetAsync("/api/v1/mentees")).StatusCode.ShouldBe(HttpStatusCode.OK, "his API token keeps working");
    }

    [Fact]
    public async Task OneAddressIsThrottledInTheSameWordsForARealLoginAndAMadeUpOne()
    {
        using var stopped = app.Clock.Stop(); // both wait the same seconds, however slow the requests
        var client = From("203.0.113.11");
        for (var i = 0; i < LoginThrottle.FreeAttempts; i++)
        {
            var real = await TryLoginAsync(client, "curator2", WrongPassword);
            var madeUp = await TryLoginAsync(client, MadeUpLogin, WrongPassword);
            madeUp.StatusCode.ShouldBe(real.StatusCode);
            (await ErrorAsync(madeUp)).ShouldBe(await ErrorAsync(real));
        }

        var throttledReal = await TryLoginAsync(client, "curator2", DemoSeeder.DemoPassword);
        var throttledMadeUp = await TryLoginAsync(client, MadeUpLogin, DemoSeeder.DemoPassword);
        throttledReal.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "even the right password waits");
        throttledMadeUp.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var message = await ErrorAsync(throttledReal);
        message.ShouldBe("Слишком много неудачных попыток. Повторите через 2 с.");
        (await ErrorAsync(throttledMadeUp)).ShouldBe(message);
        throttledMadeUp.Headers.RetryAfter.ShouldBe(throttledReal.Headers.RetryAfter);
    }

    [Fact]
    public async Task AMadeUpLoginTakesAboutAsLongAsAWrongPasswordForARealOne()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var antiforgery = AuthenticatedClient.Antiforgery(await client.GetStringAsync("/Account/Login"));
        async Task<TimeSpan> FailAsync(string login, int attempt)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Input.Login"] = login, ["Input.Password"] = WrongPassword, ["__RequestVerificationToken"] = antiforgery,
                }),
            };
            // A new address each time, so the throttle (which answers without checking the password) never steps in.
            request.Headers.Add("X-Forwarded-For", $"192.0.2.{attempt}");
            var watch = Stopwatch.StartNew();
            var response = await client.SendAsync(request);
            watch.Stop();
            (await ErrorAsync(response)).ShouldBe("Неверный логин или пароль.");
            return watch.Elapsed;
        }

        await FailAsync("curator76", 200);
        await FailAsync(MadeUpLogin, 200);
        var real = new List<TimeSpan>();
        var madeUp = new List<TimeSpan>();
        for (var i = 1; i <= 15; i++)
        {
            real.Add(await FailAsync("curator76", i));
            madeUp.Add(await FailAsync(MadeUpLogin, i));
        }
        static double Median(List<TimeSpan> times) => times.Select(t => t.TotalMilliseconds).Order().ElementAt(times.Count / 2);
        var ratio = Median(madeUp) / Median(real);
        ratio.ShouldBeInRange(0.5, 2.0, $"median made-up {Median(madeUp):0.0} ms, real {Median(real):0.0} ms");
    }

    [Fact]
    public async Task PasswordsAreStoredHashed()
    {
        await using var db = app.NewDbContext();
        var user = db.Users.Single(u => u.UserName == "region");
        user.PasswordHash.ShouldNotBeNull();
        user.PasswordHash.ShouldNotContain(DemoSeeder.DemoPassword);
    }
}

public sealed class LoginTestsOnPostgres(PostgresApp app) : LoginTests<PostgresApp>(app);
public sealed class LoginTestsOnSqlite(SqliteApp app) : LoginTests<SqliteApp>(app);
