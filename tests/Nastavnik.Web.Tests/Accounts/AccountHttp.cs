using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;

namespace Nastavnik.Web.Tests.Accounts;

/// <summary>What the account tests do through the pages, as a user would.</summary>
public static partial class AccountHttp
{
    public static Task<HttpResponseMessage> InviteAsync(this HttpClient client, string fullName, string email, string role,
        int? organizationId = null, int? municipalityId = null) =>
        client.PostFormAsync("/Accounts", "/Accounts?handler=Invite", new()
        {
            ["fullName"] = fullName, ["email"] = email, ["role"] = role,
            ["organizationId"] = organizationId?.ToString() ?? "", ["municipalityId"] = municipalityId?.ToString() ?? "",
        });

    /// <summary>The path of the last /p/ link e-mailed to the address (read from the outbox).</summary>
    public static async Task<string> LastPasswordLinkAsync(this AppFactory app, string email)
    {
        await using var db = app.NewDbContext();
        var body = await db.OutboxMessages.Where(m => m.To == email).OrderByDescending(m => m.Id).Select(m => m.Body).FirstAsync();
        return LinkRegex().Match(body) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No /p/ link in: " + body);
    }

    /// <summary>Posts the password form. The antiforgery token comes from the login page: a used, expired or revoked link
    /// shows no form, and the post must be refused all the same.</summary>
    public static Task<HttpResponseMessage> SetPasswordAsync(this HttpClient client, string link, string password, string? confirmation = null) =>
        client.PostFormAsync("/Account/Login", link, new() { ["password"] = password, ["confirmation"] = confirmation ?? password });

    [GeneratedRegex(@"https?://[^/\s]+(/p/[A-Za-z0-9_\-]+)")]
    private static partial Regex LinkRegex();
}
