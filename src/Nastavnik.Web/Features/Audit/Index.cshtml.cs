using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Audit;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Audit;

[Authorize(Policy = Policies.ViewAudit)]
public class IndexModel(AuditQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public int? EntityId { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public List<AuditEntry> Items { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync() => (Items, Total) = await queries.ListAsync(this.Scope(), Entity, EntityId, PageNumber);

    public static readonly IReadOnlyDictionary<string, string> EntityNames = new Dictionary<string, string>
    {
        ["Person"] = "Личные данные", ["Mentee"] = "Наставляемый", ["Mentor"] = "Наставник", ["Consent"] = "Согласие на обработку ПДн",
    };
}
