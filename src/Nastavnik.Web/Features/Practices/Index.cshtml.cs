using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Practices;

/// <summary>Банк практик: published cases of the whole system and the user's own drafts; search in any word form, filters,
/// a new case entered directly, and the electronic collection (DOCX) of the cases found.</summary>
[Authorize]
public class IndexModel(CaseService cases, AppDbContext db, TerritoryClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public MentoringForms? Form { get; set; }
    [BindProperty(SupportsGet = true)] public MentoringFormats? Format { get; set; }
    [BindProperty(SupportsGet = true)] public MonitoringLevel? Level { get; set; }
    [BindProperty(SupportsGet = true)] public int? Deficit { get; set; }
    public List<CaseRow> Cases { get; private set; } = [];
    public List<Deficit> Deficits { get; private set; } = [];
    public List<(int Id, string Name)> Organizations { get; private set; } = [];
    public bool IsStaff => this.Scope().CanEditRegistries;

    private CaseFilter Filter(bool publishedOnly = false) => new(Search, Form, Format, Level, Deficit, null, publishedOnly);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Cases = await cases.BankAsync(this.Scope(), Filter(), ct: ct);
        Deficits = await db.Deficits.AsNoTracking().OrderBy(d => d.Name).ToListAsync(ct);
        if (IsStaff)
            Organizations = (await db.Organizations.AsNoTracking().InScope(this.Scope()).OrderBy(o => o.Name).Take(1000).Select(o => new { o.Id, Name = o.ShortName ?? o.Name })
                .ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();
    }

    /// <summary>Электронный сборник: the published cases the current search and filters find.</summary>
    public async Task<IActionResult> OnGetCollectionAsync(CancellationToken ct)
    {
        var rows = await cases.BankAsync(this.Scope(), Filter(publishedOnly: true), take: 500, ct: ct);
        var full = (await cases.PublishedAsync(rows.Select(r => r.Id).ToList(), ct)).ToDictionary(c => c.Id);
        var chosen = rows.Where(r => full.ContainsKey(r.Id)).Select(r => (full[r.Id], r.Organization)).ToList();
        return File(CaseCollection.Write("Электронный сборник лучших практик наставничества", chosen, clock.Today),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "sbornik-luchshikh-praktik.docx");
    }

    public async Task<IActionResult> OnPostCreateAsync(int organizationId, string? title, CancellationToken ct)
    {
        try
        {
            var c = await cases.CreateAsync(this.Scope(), organizationId, title, ct);
            return Redirect($"/Practices/Edit/{c.Id}");
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
            return Redirect("/Practices");
        }
    }
}
