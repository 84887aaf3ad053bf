using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Features.Accounts;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Account;

/// <summary>The page behind an invitation or a password-reset link: set a password, then the user is signed in.</summary>
[AllowAnonymous]
[EnableRateLimiting(AppBuilder.LoginRateLimit)]
public class SetPasswordModel(PasswordLinks passwords, SignInManager<AppUser> signIn, TimeProvider clock) : PageModel
{
    public bool IsInvitation { get; private set; }
    public string FullName { get; private set; } = "";
    public string Login { get; private set; } = "";
    public string? Refusal { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct) => await LoadAsync(token, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string token, string? password, string? confirmation, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct)) return NotFound();
        if (Refusal is not null) return Page();
        try
        {
            var user = await passwords.SetPasswordAsync(token, password ?? "", confirmation ?? "", ct);
            await signIn.SignInAsync(user, isPersistent: false);
            TempData["Message"] = "Пароль сохранён. Добро пожаловать!";
            return Redirect("/");
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        var link = await passwords.OpenAsync(token, ct);
        if (link is null) return false;
        IsInvitation = link.Kind == AccountLinkKind.Invitation;
        FullName = link.User!.FullName;
        Login = link.User.UserName!;
        Refusal = OneTimeLinks.Refusal(link, clock.GetUtcNow(), "Ссылка уже использована: пароль задан. Войдите с ним или восстановите пароль.");
        return true;
    }
}
