using System.Net;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Access;

/// <summary>Passwords are checked by Identity; repeated failures lock the account.</summary>
public class LoginTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private async Task<HttpResponseMessage> TryLoginAsync(HttpClient client, string login, string password) =>
        await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Login"] = login, ["Input.Password"] = password });

    [Fact]
    public async Task AWrongPasswordIsRefusedInRussianAndFiveFailuresLockTheAccount()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var wrong = await TryLoginAsync(client, "curator2", "не тот пароль");
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Неверный логин или пароль");

        for (var i = 0; i < 4; i++) await TryLoginAsync(client, "curator2", "не тот пароль");
        var locked = await TryLoginAsync(client, "curator2", Nastavnik.Web.Data.Seeding.DemoSeeder.DemoPassword);
        locked.StatusCode.ShouldBe(HttpStatusCode.OK, "the right password does not open a locked account");
        (await locked.Content.ReadAsStringAsync()).ShouldContain("временно заблокирована");
    }

    [Fact]
    public async Task PasswordsAreStoredHashed()
    {
        await using var db = app.NewDbContext();
        var user = db.Users.Single(u => u.UserName == "region");
        user.PasswordHash.ShouldNotBeNull();
        user.PasswordHash.ShouldNotContain(Nastavnik.Web.Data.Seeding.DemoSeeder.DemoPassword);
    }
}
