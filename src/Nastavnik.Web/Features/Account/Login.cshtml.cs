using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Account;

[EnableRateLimiting(AppBuilder.LoginRateLimit)]
public class LoginModel(PasswordSignIn signIn) : PageModel
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    public string? ReturnUrl { get; set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid) return Page();
        var refusal = await signIn.SignInAsync(HttpContext.Connection.RemoteIpAddress, Input.Login, Input.Password);
        if (refusal is null)
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        ModelState.AddModelError(string.Empty, refusal.Message);
        if (refusal.RetryAfter is not { } wait) return Page();
        Response.Headers.RetryAfter = wait.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
        var page = Page();
        page.StatusCode = StatusCodes.Status429TooManyRequests;
        return page;
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Введите логин.")][Display(Name = "Логин")] public string Login { get; set; } = "";
        [Required(ErrorMessage = "Введите пароль.")][DataType(DataType.Password)][Display(Name = "Пароль")] public string Password { get; set; } = "";
    }
}
