using System.Linq.Expressions;

namespace Nastavnik.Web.Infrastructure.Auth;

/// <summary>Records that belong to an account's territory (a role, an invitation): the account lists of each level filter on these.</summary>
public interface IAccountScoped
{
    int? RegionId { get; }
    int? MunicipalityId { get; }
    int? OrganizationId { get; }
}

/// <summary>One role of an account, bound to its scope. An account can hold several (a teacher is a mentor and the
/// school's curator); the one in use is copied into the account's own columns (see AppUser).</summary>
public class RoleGrant : Domain.Common.IPersonalData, IAccountScoped
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
    public UserRole Role { get; set; }
    public int? RegionId { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
    public int? PersonId { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public string? GrantedByUserId { get; set; }

    public UserScope Scope => new(Role, RegionId, MunicipalityId, OrganizationId, PersonId);

    public static RoleGrant For(string userId, UserScope scope, DateTimeOffset now, string? grantedBy) => new()
    {
        UserId = userId, Role = scope.Role, RegionId = scope.RegionId, MunicipalityId = scope.MunicipalityId,
        OrganizationId = scope.OrganizationId, PersonId = scope.PersonId, GrantedAt = now, GrantedByUserId = grantedBy,
    };

    public bool Matches(UserScope scope) => scope == Scope;

    /// <summary>In SQL: the account's grant of exactly this role and scope (a session and a token work only while it exists).</summary>
    public static Expression<Func<RoleGrant, bool>> Granting(string userId, UserScope scope) => g => g.UserId == userId && g.Role == scope.Role
        && g.RegionId == scope.RegionId && g.MunicipalityId == scope.MunicipalityId && g.OrganizationId == scope.OrganizationId && g.PersonId == scope.PersonId;
}
