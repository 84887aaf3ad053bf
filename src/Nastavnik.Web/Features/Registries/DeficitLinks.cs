using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Features.Registries;

public static class DeficitLinks
{
    /// <summary>Makes the record's deficits exactly the chosen catalogue entries (unknown ids are ignored).</summary>
    public static async Task SyncAsync(AppDbContext db, List<Deficit> current, IEnumerable<int> chosen, CancellationToken ct)
    {
        var ids = chosen.Distinct().ToList();
        var deficits = await db.Deficits.Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        current.RemoveAll(d => !ids.Contains(d.Id));
        current.AddRange(deficits.Where(d => current.All(x => x.Id != d.Id)));
    }
}
