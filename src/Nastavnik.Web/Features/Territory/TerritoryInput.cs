using Nastavnik.Domain.Territory;

namespace Nastavnik.Web.Features.Territory;

/// <summary>An organization's fields as the form and the API send them.</summary>
public sealed class OrganizationInput
{
    public int MunicipalityId { get; set; }
    public string? Name { get; set; }
    public string? ShortName { get; set; }
    public OrganizationType Type { get; set; }
    public string? Inn { get; set; }
    public string? Ogrn { get; set; }
    public string? Address { get; set; }
    public string? Site { get; set; }
    public string? HeadName { get; set; }
    /// <summary>The version the user edited (null from an API client that sends none: not checked).</summary>
    public Guid? ConcurrencyStamp { get; set; }

    public static OrganizationInput From(Organization o) => new()
    {
        MunicipalityId = o.MunicipalityId, Name = o.Name, ShortName = o.ShortName, Type = o.Type, Inn = o.Inn, Ogrn = o.Ogrn,
        Address = o.Address, Site = o.Site, HeadName = o.HeadName, ConcurrencyStamp = o.ConcurrencyStamp,
    };
}

public sealed class MunicipalityInput
{
    public string? Name { get; set; }
    public MunicipalityKind Kind { get; set; }
    public Guid? ConcurrencyStamp { get; set; }
}

/// <summary>The organization list's filter: search by name or ИНН, municipality, type, closed; sorting and paging.</summary>
public sealed class TerritoryFilter
{
    public string? Q { get; set; }
    public int? MunicipalityId { get; set; }
    public OrganizationType? Type { get; set; }
    /// <summary>null: open ones only; true: closed ones only; false: both.</summary>
    public bool? Closed { get; set; }
    /// <summary>name | municipality | type | inn | closed</summary>
    public string Sort { get; set; } = "name";
    public bool Desc { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;

    public Dictionary<string, string?> ToRoute(int? page = null, string? sort = null, bool? desc = null) => new()
    {
        ["q"] = Q, ["municipalityId"] = MunicipalityId?.ToString(), ["type"] = Type?.ToString(), ["closed"] = Closed?.ToString().ToLowerInvariant(),
        ["sort"] = sort ?? Sort, ["desc"] = (desc ?? Desc) ? "true" : null, ["page"] = (page ?? Page).ToString(),
    };
}

public sealed record OrganizationRow(int Id, string Name, string? ShortName, OrganizationType Type, string? Inn, string? Ogrn, int MunicipalityId,
    string Municipality, string? Address, string? Site, string? HeadName, DateOnly? ClosedOn, int? MergedIntoId, string? MergedInto);

public sealed record MunicipalityRow(int Id, string Name, MunicipalityKind Kind, DateOnly? ClosedOn, int Organizations, Guid ConcurrencyStamp);
