using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Nastavnik.Domain.Audit;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;

namespace Nastavnik.Web.Infrastructure.Audit;

/// <summary>Turns tracked changes to personal data into audit entries, inside the same SaveChanges.</summary>
public static class AuditRecorder
{
    private static readonly HashSet<string> Ignored = ["SearchText", "SubjectsSearch", "ConcurrencyStamp", "UpdatedAt", "CreatedAt"];

    public static bool IsIgnored(string property) => Ignored.Contains(property);

    /// <summary>Keeps the fields an entry changed but not their values (for anonymized people).</summary>
    public static string MaskValues(string changesJson)
    {
        var changes = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(changesJson) ?? [];
        return JsonSerializer.Serialize(changes.ToDictionary(kv => kv.Key, _ => new object?[] { "обезличено", "обезличено" }));
    }

    public static List<(EntityEntry Entry, AuditEntry Audit)> Capture(ChangeTracker tracker, AuditActor actor, DateTimeOffset now)
    {
        var result = new List<(EntityEntry, AuditEntry)>();
        foreach (var entry in tracker.Entries().Where(e => e.Entity is IPersonalData))
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var changes = new Dictionary<string, object?[]>();
            foreach (var p in entry.Properties)
            {
                if (Ignored.Contains(p.Metadata.Name) || p.Metadata.IsPrimaryKey()) continue;
                var oldValue = entry.State == EntityState.Added ? null : p.OriginalValue;
                var newValue = entry.State == EntityState.Deleted ? null : p.CurrentValue;
                if (entry.State == EntityState.Modified && !p.IsModified) continue;
                if (Equals(oldValue, newValue)) continue;
                changes[p.Metadata.Name] = [oldValue, newValue];
            }
            if (changes.Count == 0) continue;
            var audit = new AuditEntry
            {
                At = now,
                UserId = actor.UserId,
                UserName = actor.UserName,
                EntityType = entry.Entity.GetType().Name,
                Action = entry.State switch { EntityState.Added => "Создание", EntityState.Deleted => "Удаление", _ => "Изменение" },
                Changes = JsonSerializer.Serialize(changes),
                OrganizationId = OrganizationOf(entry.Entity),
            };
            result.Add((entry, audit));
        }
        return result;
    }

    private static int? OrganizationOf(object entity) => entity switch
    {
        Person p => p.OrganizationId != 0 ? p.OrganizationId : p.Organization?.Id,
        Consent c => c.Person?.OrganizationId,
        Mentor m => m.Person?.OrganizationId,
        Mentee m => m.Person?.OrganizationId,
        Auth.RoleGrant g => g.OrganizationId,
        _ => null,
    };
}
