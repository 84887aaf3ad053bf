using Microsoft.AspNetCore.Identity;

namespace Nastavnik.Web.Infrastructure.Auth;

/// <summary>An account. Its role is bound to one scope: a region, a municipality, an organization or
/// the user's own person record.</summary>
public class AppUser : IdentityUser
{
    public required string FullName { get; set; }
    public UserRole Role { get; set; }
    public int? RegionId { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
    public int? PersonId { get; set; }

    public UserScope Scope => new(Role, RegionId, MunicipalityId, OrganizationId, PersonId);
}
