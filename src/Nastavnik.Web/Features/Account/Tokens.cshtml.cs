using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Account;

public class TokensModel(AccessTokens tokens) : PageModel
{
    public List<PersonalAccessToken> Tokens { get; private set; } = [];
    public string? NewToken { get; private set; }
    public string? Error { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync() => Tokens = await tokens.ListAsync(UserId);

    public async Task OnPostCreateAsync(string? name, int? validDays)
    {
        try { NewToken = await tokens.CreateAsync(UserId, name ?? "", validDays); }
        catch (DomainException ex) { Error = ex.Message; }
        Tokens = await tokens.ListAsync(UserId);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        await tokens.RevokeAsync(UserId, id);
        TempData["Message"] = "Токен отозван.";
        return RedirectToPage();
    }
}
