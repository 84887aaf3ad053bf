using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Features.Import;

/// <summary>Column → field mapping: recognised Russian headers first, then what this organization's users mapped by hand before.</summary>
public class ImportMappings(AppDbContext db)
{
    public async Task<Dictionary<int, string>> SuggestAsync(SheetTable table, ImportTarget target, int organizationId)
    {
        var remembered = await db.ImportColumnMappings.AsNoTracking()
            .Where(m => m.OrganizationId == organizationId && m.Target == target).ToDictionaryAsync(m => m.Header, m => m.FieldKey);
        var result = new Dictionary<int, string>();
        for (var i = 0; i < table.Headers.Count; i++)
        {
            var header = ImportFields.Normalize(table.Headers[i]);
            var key = remembered.GetValueOrDefault(header) ?? ImportFields.Recognize(table.Headers[i]);
            if (key is not null && (key == ImportFields.Ignore || !result.ContainsValue(key))) result[i] = key;
        }
        return result;
    }

    /// <summary>Stores the user's choices for headers the system did not recognise itself.</summary>
    public async Task RememberAsync(int organizationId, ImportTarget target, IReadOnlyList<string> headers, IReadOnlyDictionary<int, string> mapping)
    {
        foreach (var (column, key) in mapping)
        {
            var header = headers.ElementAtOrDefault(column);
            if (header is null || ImportFields.Recognize(header) == key) continue;
            var normalized = ImportFields.Normalize(header);
            var existing = await db.ImportColumnMappings.SingleOrDefaultAsync(m => m.OrganizationId == organizationId && m.Target == target && m.Header == normalized);
            if (existing is null) db.ImportColumnMappings.Add(new ImportColumnMapping { OrganizationId = organizationId, Target = target, Header = normalized, FieldKey = key });
            else existing.FieldKey = key;
        }
        await db.SaveChangesAsync();
    }
}
