using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Imports;
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
            var key = remembered.GetValueOrDefault(header) ?? ByValues(ImportFields.Recognize(table.Headers[i]), table, i);
            if (key is not null && (key == ImportFields.Ignore || !result.ContainsValue(key))) result[i] = key;
        }
        return result;
    }

    private static readonly string[] QualificationWords = ["высшая", "первая", "без категории", "соответствие", "сзд", "нет"];

    /// <summary>A column headed just «Категория» in a staff list often holds qualification categories («высшая», «первая»):
    /// then it is that, not the mentee's category.</summary>
    private static string? ByValues(string? key, SheetTable table, int column)
    {
        if (key != "MenteeCategory") return key;
        var values = table.Rows.Take(50).Select(r => CellParsers.Text(r.Cells.ElementAtOrDefault(column))?.ToLowerInvariant())
            .OfType<string>().ToList();
        var qualifications = values.Count(v => QualificationWords.Any(w => v.StartsWith(w, StringComparison.Ordinal)));
        return values.Count > 0 && qualifications * 2 > values.Count ? "QualificationCategory" : key;
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
