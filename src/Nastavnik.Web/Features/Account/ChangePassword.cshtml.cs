using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Features.Accounts;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Account;

public class ChangePasswordModel(PasswordLinks passwords, UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? current, string? password, string? confirmation)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        try
        {
            await passwords.ChangeAsync(user, current ?? "", password ?? "", confirmation ?? "");
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return Page();
        }
        // The security stamp changed: other sessions end; this one is signed in again.
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "Пароль изменён.";
        return Redirect("/");
    }
}
