using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Nastavnik.Web.Features.Accounts;

namespace Nastavnik.Web.Features.Account;

/// <summary>«Забыли пароль?»: the same answer whether or not the login exists.</summary>
[AllowAnonymous]
[EnableRateLimiting(AppBuilder.LoginRateLimit)]
public class ForgotPasswordModel(PasswordLinks passwords) : PageModel
{
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task OnPostAsync(string? login, CancellationToken ct)
    {
        await passwords.RequestResetAsync(login ?? "", ct);
        Sent = true;
    }
}
