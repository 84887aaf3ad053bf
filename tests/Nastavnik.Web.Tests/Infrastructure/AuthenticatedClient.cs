using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Nastavnik.Web.Data.Seeding;
using Shouldly;

namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>Signs in through the real login form, as a browser would.</summary>
public static partial class AuthenticatedClient
{
    public static async Task<HttpClient> LoginAsync(this AppFactory app, string login, string password = DemoSeeder.DemoPassword)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Login"] = login,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = Antiforgery(form),
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"login as {login} failed");
        return client;
    }

    public static string Antiforgery(string html) =>
        TokenRegex().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on the page");

    /// <summary>Posts a form of a page, with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string postUrl, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        fields["__RequestVerificationToken"] = Antiforgery(page);
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
