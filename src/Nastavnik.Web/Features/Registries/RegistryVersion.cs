using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Registries;

namespace Nastavnik.Web.Features.Registries;

public static class RegistryVersion
{
    /// <summary>Makes the UPDATE carry "WHERE ConcurrencyStamp = the version the user edited", so a concurrent
    /// save fails with a conflict instead of silently overwriting, even when only the person's fields changed.</summary>
    public static void Expect<T>(DbContext db, T entry, Guid? stamp) where T : class, IRegistryEntry
    {
        var e = db.Entry(entry);
        if (stamp is { } s) e.Property(x => x.ConcurrencyStamp).OriginalValue = s;
        e.Property(x => x.ConcurrencyStamp).IsModified = true;
    }
}
