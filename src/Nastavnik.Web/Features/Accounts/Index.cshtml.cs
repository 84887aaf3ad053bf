using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Accounts;

/// <summary>The accounts of the manager's scope: invite a new one, give another role, remove a role.</summary>
public class IndexModel(AccountQueries queries, AccountService accounts, Lookups lookups) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedResult<AccountRow> Result { get; private set; } = new([], 0, 1, 50);
    public IReadOnlyList<UserRole> Grantable { get; private set; } = [];
    public List<Option> Organizations { get; private set; } = [];
    public List<Option> Municipalities { get; private set; } = [];
    public string? Search { get; private set; }
    public string? Error { get; private set; }
    public string? NewLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!GrantRules.CanManageAccounts(this.Scope())) return Forbid();
        await LoadAsync(null, ct);
        return Page();
    }

    /// <summary>Search is posted: a surname or an address must not land in the URL.</summary>
    public async Task<IActionResult> OnPostSearchAsync(string? search, CancellationToken ct)
    {
        if (!GrantRules.CanManageAccounts(this.Scope())) return Forbid();
        await LoadAsync(search, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostInviteAsync(string? fullName, string? email, UserRole role, int? municipalityId, int? organizationId, string? login, CancellationToken ct)
    {
        try
        {
            var link = await accounts.InviteAsync(this.Scope(), UserId, new InviteRequest(fullName ?? "", email, role, municipalityId, organizationId, null, login), ct);
            TempData["Message"] = link is null ? $"Роль «{role.Ru()}» добавлена к учётной записи с адресом {email}."
                : $"Приглашение отправлено на {email?.Trim()}. Ссылка действует 7 дней.";
            return RedirectToPage();
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            await LoadAsync(null, ct);
            return Page();
        }
    }

    public Task<IActionResult> OnPostGrantAsync(string userId, UserRole role, int? municipalityId, int? organizationId) =>
        this.RunAsync(() => accounts.GrantAsync(this.Scope(), UserId, userId, role, municipalityId, organizationId, null), $"Роль «{role.Ru()}» выдана.");

    public Task<IActionResult> OnPostRemoveAsync(int grantId) =>
        this.RunAsync(() => accounts.RemoveGrantAsync(this.Scope(), grantId), "Роль снята. Сеансы и токены API этой учётной записи в этой роли завершены.");

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private async Task LoadAsync(string? search, CancellationToken ct)
    {
        var scope = this.Scope();
        Search = search;
        Result = await queries.ListAsync(scope, search, PageNumber, ct);
        Grantable = GrantRules.GrantableBy(scope.Role).Where(r => GrantRules.BindingOf(r) != ScopeLevel.Own).ToList();
        Organizations = await lookups.OrganizationsAsync(scope);
        Municipalities = await lookups.MunicipalitiesAsync(scope);
    }
}
