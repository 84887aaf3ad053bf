using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Nastavnik.Web.Infrastructure.Validation;

namespace Nastavnik.Web.Features.Registries;

/// <summary>Query-string form of RegistryFilter for minimal APIs.</summary>
public sealed class RegistryFilterQuery
{
    [FromQuery] public string? Q { get; set; }
    /// <summary>The term encrypted, as the app's own links carry it (export links of a searched list).</summary>
    [FromQuery] public string? Qs { get; set; }
    [FromQuery] public int? OrganizationId { get; set; }
    [FromQuery] public int? MunicipalityId { get; set; }
    [FromQuery] public int? Category { get; set; }
    [FromQuery] public string? Subject { get; set; }
    [FromQuery] public int? DeficitId { get; set; }
    [FromQuery][KnownValue][Display(Name = "Согласие")] public ConsentFilter? Consent { get; set; }
    [FromQuery] public bool? Archived { get; set; }
    [FromQuery] public string? Sort { get; set; }
    [FromQuery] public bool? Desc { get; set; }
    [FromQuery] public int? Page { get; set; }
    [FromQuery] public int? PageSize { get; set; }

    public RegistryFilter ToFilter(SearchTerms terms) => new RegistryFilter
    {
        Q = Q, Qs = Qs, OrganizationId = OrganizationId, MunicipalityId = MunicipalityId, Category = Category, Subject = Subject,
        DeficitId = DeficitId, Consent = Consent ?? ConsentFilter.Any, Archived = Archived ?? false, Sort = Sort ?? "name",
        Desc = Desc ?? false, Page = Page ?? 1, PageSize = PageSize ?? 50,
    }.WithSearchTerm(terms);
}
