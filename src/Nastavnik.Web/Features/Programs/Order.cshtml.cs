using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Programs;

/// <summary>Downloads the order that fixed the program's pairs, as DOCX.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class OrderModel(ProgramService programs, PairService pairs, AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string number, CancellationToken ct)
    {
        var program = await programs.FindAsync(this.Scope(), id, ct);
        if (program is null) return NotFound();
        var fixedPairs = (await pairs.ListAsync(id, ct)).Where(p => p.OrderNumber == number).ToList();
        if (fixedPairs.Count == 0) return NotFound();
        var org = await db.Organizations.AsNoTracking().Include(o => o.Municipality).SingleAsync(o => o.Id == program.OrganizationId, ct);
        var bytes = PairOrderDocument.Create(new PairOrderData(org.Name, org.Municipality!.Name, program.Name, number, fixedPairs[0].OrderDate!.Value, program.CuratorName, fixedPairs,
            org.HeadPosition, org.HeadName));
        return File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"Приказ {number} о закреплении пар.docx");
    }
}
