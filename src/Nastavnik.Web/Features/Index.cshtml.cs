using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features;

/// <summary>The start page: staff go to their bases; a mentor or mentee sees his own record.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public Domain.People.Person? Own { get; private set; }
    public bool IsMentor { get; private set; }
    public bool IsMentee { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var scope = this.Scope();
        if (scope.Role is UserRole.Curator or UserRole.OrganizationHead) return Redirect("/Programs");
        if (scope.CanEditRegistries) return Redirect("/Mentees");
        Own = await db.People.AsNoTracking().InScope(scope).Include(p => p.Organization).Include(p => p.Consents).SingleOrDefaultAsync();
        IsMentor = await db.Mentors.InScope(scope).AnyAsync();
        IsMentee = await db.Mentees.InScope(scope).AnyAsync();
        return Page();
    }
}
