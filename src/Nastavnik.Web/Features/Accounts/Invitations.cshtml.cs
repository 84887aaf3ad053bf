using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Errors;

namespace Nastavnik.Web.Features.Accounts;

/// <summary>The invitations of the manager's scope: sent / opened / activated / expired / revoked, with resend and revoke.</summary>
public class InvitationsModel(AccountQueries queries, AccountService accounts) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedResult<InvitationRow> Result { get; private set; } = new([], 0, 1, 50);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!GrantRules.CanManageAccounts(this.Scope())) return Forbid();
        Result = await queries.InvitationsAsync(this.Scope(), PageNumber, ct);
        return Page();
    }

    public Task<IActionResult> OnPostResendAsync(int id, CancellationToken ct) => this.RunAsync(async () =>
        await accounts.ResendAsync(this.Scope(), User.FindFirstValue(ClaimTypes.NameIdentifier), await FindAsync(id, ct), ct),
        "Приглашение отправлено повторно; прежняя ссылка больше не действует.");

    public Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct) => this.RunAsync(async () =>
        await accounts.RevokeAsync(await FindAsync(id, ct), ct), "Приглашение отозвано: ссылка больше не действует.");

    private async Task<AccountLink> FindAsync(int id, CancellationToken ct) =>
        await queries.InvitationAsync(this.Scope(), id, ct) ?? throw new NotFoundException();
}
