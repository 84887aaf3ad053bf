using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Account;

[EnableRateLimiting(AppBuilder.LoginRateLimit)]
public class LoginModel(SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    public string? ReturnUrl { get; set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.Login.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Учётная запись временно заблокирована после нескольких неудачных попыток. Повторите через 15 минут."
            : "Неверный логин или пароль.");
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Введите логин.")] [Display(Name = "Логин")] public string Login { get; set; } = "";
        [Required(ErrorMessage = "Введите пароль.")] [DataType(DataType.Password)] [Display(Name = "Пароль")] public string Password { get; set; } = "";
    }
}
