using Microsoft.AspNetCore.Identity;

namespace Nastavnik.Web.Infrastructure.Auth;

/// <summary>An account. It holds one or more roles (RoleGrant); the role in use and its scope (a region, a municipality,
/// an organization or the user's own person record) are kept in these columns and put into the sign-in cookie.</summary>
public class AppUser : IdentityUser
{
    public required string FullName { get; set; }
    public UserRole Role { get; set; }
    public int? RegionId { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
    public int? PersonId { get; set; }
    /// <summary>Set when the account was created by an invitation and no password has been set yet.</summary>
    public DateTimeOffset? ActivatedAt { get; set; }
    public List<RoleGrant> Grants { get; set; } = [];

    public UserScope Scope => new(Role, RegionId, MunicipalityId, OrganizationId, PersonId);

    /// <summary>Makes a held role the one in use.</summary>
    public void Use(UserScope scope)
    {
        Role = scope.Role;
        RegionId = scope.RegionId;
        MunicipalityId = scope.MunicipalityId;
        OrganizationId = scope.OrganizationId;
        PersonId = scope.PersonId;
    }
}
