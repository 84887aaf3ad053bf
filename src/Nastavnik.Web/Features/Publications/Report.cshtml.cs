using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Publications;

/// <summary>Which organizations lack which required local act on their «Наставничество» page (the municipality's check of schools' sites).</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class ReportModel(LocalActService acts, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Municipality { get; set; }
    public List<RequiredActsRow> Rows { get; private set; } = [];
    public List<(int Id, string Name)> Municipalities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await acts.RequiredActsReportAsync(this.Scope(), Municipality, ct);
        if (this.Scope().Level == ScopeLevel.Region)
            Municipalities = (await db.Municipalities.AsNoTracking().Where(m => m.RegionId == this.Scope().RegionId).OrderBy(m => m.Name)
                .Select(m => new { m.Id, m.Name }).ToListAsync(ct)).Select(m => (m.Id, m.Name)).ToList();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        using var buffer = new MemoryStream();
        await Export.XlsxWriter.WriteAsync(buffer, "Локальные акты", ["Муниципалитет", "Организация", "Нет обязательных актов", "Каких актов нет"],
            Rows.Select(r => new object?[] { r.Municipality, r.Organization, r.Missing.Count, string.Join("; ", r.Missing) }).ToAsyncEnumerable(), ct);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "lokalnye-akty.xlsx");
    }
}
