namespace Nastavnik.Web.Features.Registries;

public enum ConsentFilter { Any = 0, Valid = 1, NotValid = 2 }

/// <summary>Search, filters, sort and page of a registry list; bound from the query string by pages and the API.</summary>
public sealed class RegistryFilter
{
    public const int MaxPageSize = 200;
    /// <summary>Lists count matching rows only up to this: an exact count of a whole region's base costs a scan of it on every page.</summary>
    public const int CountCap = 10_000;

    /// <summary>The search term as typed (posted by the search form, or given to the API).</summary>
    public string? Q { get; set; }
    /// <summary>The same term encrypted, as it travels in the app's links (see <see cref="SearchTerms"/>).</summary>
    public string? Qs { get; set; }
    public int? OrganizationId { get; set; }
    public int? MunicipalityId { get; set; }
    /// <summary>Mentee category (mentees) — ignored for mentors.</summary>
    public int? Category { get; set; }
    public string? Subject { get; set; }
    public int? DeficitId { get; set; }
    public ConsentFilter Consent { get; set; }
    public bool Archived { get; set; }
    /// <summary>name | organization | municipality | birth | included | category</summary>
    public string Sort { get; set; } = "name";
    public bool Desc { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;

    public int SafePage => Math.Max(1, Page);
    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);

    /// <summary>Takes the term from its encrypted form when only that came, and encrypts it for the links.</summary>
    public RegistryFilter WithSearchTerm(SearchTerms terms)
    {
        if (string.IsNullOrWhiteSpace(Q)) Q = terms.Unprotect(Qs);
        Qs = terms.Protect(Q);
        return this;
    }

    /// <summary>The filter as a link's query; the search term only encrypted.</summary>
    public Dictionary<string, string?> ToRoute(int? page = null, string? sort = null, bool? desc = null) => new()
    {
        ["qs"] = Qs,
        ["organizationId"] = OrganizationId?.ToString(),
        ["municipalityId"] = MunicipalityId?.ToString(),
        ["category"] = Category?.ToString(),
        ["subject"] = Subject,
        ["deficitId"] = DeficitId?.ToString(),
        ["consent"] = Consent == ConsentFilter.Any ? null : ((int)Consent).ToString(),
        ["archived"] = Archived ? "true" : null,
        ["sort"] = sort ?? Sort,
        ["desc"] = (desc ?? Desc) ? "true" : null,
        ["page"] = (page ?? SafePage).ToString(),
        ["pageSize"] = SafePageSize == 50 ? null : SafePageSize.ToString(),
    };
}

/// <summary>One page of a list. <paramref name="TotalIsLowerBound"/>: the count stopped at the cap, there are more.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, bool TotalIsLowerBound = false)
{
    /// <summary>With a capped count the pages beyond the cap are still reachable one by one while pages are full.</summary>
    public int PageCount => Math.Max(Math.Max(1, (Total + PageSize - 1) / PageSize),
        TotalIsLowerBound ? Page + (Items.Count == PageSize ? 1 : 0) : 1);

    /// <summary>«1 234» or «более 10 000».</summary>
    public string TotalText => TotalIsLowerBound ? $"более {Total:N0}" : Total.ToString("N0");
}
