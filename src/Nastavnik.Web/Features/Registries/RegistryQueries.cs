using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;

namespace Nastavnik.Web.Features.Registries;

/// <summary>The filters both bases share, applied in SQL. The scope is applied before this by the caller.</summary>
public static class RegistryQueries
{
    public static IQueryable<T> ApplyCommonFilters<T>(this IQueryable<T> query, RegistryFilter f, DateOnly today)
        where T : class, IRegistryEntry
    {
        query = query.Where(e => e.IsArchived == f.Archived);
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var pattern = "%" + EscapeLike(SearchText.Normalize(f.Q)) + "%";
            query = query.Where(e => EF.Functions.Like(e.Person!.SearchText, pattern, "\\"));
        }
        if (f.OrganizationId is { } org) query = query.Where(e => e.Person!.OrganizationId == org);
        if (f.MunicipalityId is { } mun) query = query.Where(e => e.Person!.Organization!.MunicipalityId == mun);
        if (!string.IsNullOrWhiteSpace(f.Subject))
        {
            var subject = "%" + EscapeLike(SearchText.Normalize(f.Subject)) + "%";
            query = query.Where(e => EF.Functions.Like(e.Person!.SubjectsSearch!, subject, "\\"));
        }
        query = f.Consent switch
        {
            ConsentFilter.Valid => query.Where(e => e.Person!.HasValidConsentOn(today)),
            ConsentFilter.NotValid => query.Where(e => !e.Person!.HasValidConsentOn(today)),
            _ => query,
        };
        return query;
    }

    public static IOrderedQueryable<T> ApplyCommonSort<T>(this IQueryable<T> query, RegistryFilter f)
        where T : class, IRegistryEntry
    {
        IOrderedQueryable<T> sorted = (f.Sort, f.Desc) switch
        {
            ("organization", false) => query.OrderBy(e => e.Person!.Organization!.Name).ThenBy(e => e.Person!.LastName),
            ("organization", true) => query.OrderByDescending(e => e.Person!.Organization!.Name).ThenBy(e => e.Person!.LastName),
            ("municipality", false) => query.OrderBy(e => e.Person!.Organization!.Municipality!.Name).ThenBy(e => e.Person!.LastName),
            ("municipality", true) => query.OrderByDescending(e => e.Person!.Organization!.Municipality!.Name).ThenBy(e => e.Person!.LastName),
            ("birth", false) => query.OrderBy(e => e.Person!.BirthDate),
            ("birth", true) => query.OrderByDescending(e => e.Person!.BirthDate),
            // By name the tie-breaker is the person (unique within a base), so the whole order is the index
            // (LastName, FirstName, MiddleName, Id) on People: the first page of a region reads 50 rows, not 100 000.
            (_, false) => query.OrderBy(e => e.Person!.LastName).ThenBy(e => e.Person!.FirstName).ThenBy(e => e.Person!.MiddleName).ThenBy(e => e.PersonId),
            (_, true) => query.OrderByDescending(e => e.Person!.LastName).ThenByDescending(e => e.Person!.FirstName).ThenByDescending(e => e.Person!.MiddleName).ThenByDescending(e => e.PersonId),
        };
        // A unique tie-breaker keeps paging stable.
        return sorted.ThenBy(e => e.Id);
    }

    /// <summary>The number of matching rows, counted up to <see cref="RegistryFilter.CountCap"/> (+1 to know there are more).</summary>
    public static async Task<(int Count, bool IsLowerBound)> CountCappedAsync<T>(this IQueryable<T> query, CancellationToken ct, int cap = RegistryFilter.CountCap)
    {
        var count = await query.Take(cap + 1).CountAsync(ct);
        return count > cap ? (cap, true) : (count, false);
    }

    public static async Task<PagedResult<TRow>> PageAsync<TRow>(this IQueryable<TRow> query, (int Count, bool IsLowerBound) total, RegistryFilter f, CancellationToken ct)
    {
        var items = await query.Skip((f.SafePage - 1) * f.SafePageSize).Take(f.SafePageSize).ToListAsync(ct);
        return new PagedResult<TRow>(items, total.Count, f.SafePage, f.SafePageSize, total.IsLowerBound);
    }

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
