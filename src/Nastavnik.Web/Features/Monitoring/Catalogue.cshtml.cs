using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Monitoring;

/// <summary>Каталог показателей мониторинга: each indicator's formula, unit, levels, source and the documents' targets.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class CatalogueModel : PageModel
{
    public void OnGet() { }
}
