using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Publications;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Publications;

/// <summary>The region's list of local act kinds and which of them every organization must publish.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class KindsModel(LocalActService acts) : PageModel
{
    public List<LocalActKind> Kinds { get; private set; } = [];
    public bool CanEdit => this.Scope().Level == ScopeLevel.Region;

    public async Task OnGetAsync(CancellationToken ct) => Kinds = await acts.KindsAsync(this.Scope().RegionId!.Value, ct);

    public Task<IActionResult> OnPostAsync(int[] required, string? newKind, Dictionary<int, Guid>? stamps, CancellationToken ct) =>
        this.RunAsync(() => acts.SaveKindsAsync(this.Scope(), required, newKind, ct, stamps is { Count: > 0 } ? stamps : null), "Перечень обязательных актов сохранён.");
}
