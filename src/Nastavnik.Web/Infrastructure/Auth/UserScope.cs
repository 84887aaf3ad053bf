using System.Security.Claims;

namespace Nastavnik.Web.Infrastructure.Auth;

/// <summary>What part of the data a user may see. Applied inside every query (see ScopeQueries).</summary>
public sealed record UserScope(UserRole Role, int? RegionId, int? MunicipalityId, int? OrganizationId, int? PersonId)
{
    public const string RoleClaim = "nst:role";
    public const string RegionClaim = "nst:region";
    public const string MunicipalityClaim = "nst:municipality";
    public const string OrganizationClaim = "nst:organization";
    public const string PersonClaim = "nst:person";

    public ScopeLevel Level => Role switch
    {
        UserRole.RegionalOperator => ScopeLevel.Region,
        UserRole.MunicipalCoordinator => ScopeLevel.Municipality,
        UserRole.RegionalCenterStaff => ScopeLevel.Region,
        UserRole.OrganizationHead or UserRole.Curator or UserRole.Navigator or UserRole.PartnerRepresentative => ScopeLevel.Organization,
        _ => ScopeLevel.Own,
    };

    /// <summary>Who may add, edit, archive and import registry records: the staff of a territory or an organization, not
    /// a partner's representative or the regional mentoring centre (they read), nor a mentor, mentee or expert.</summary>
    public bool CanEditRegistries => Level != ScopeLevel.Own && Role is not (UserRole.PartnerRepresentative or UserRole.RegionalCenterStaff);

    /// <summary>Who reads the region's municipalities and organizations (/Territory): everyone from a curator up, each his part.</summary>
    public bool CanViewTerritory => Level != ScopeLevel.Own;

    /// <summary>Who creates, edits, closes and merges municipalities and organizations: the regional operator, in his region.</summary>
    public bool CanEditTerritory => Role == UserRole.RegionalOperator && RegionId is not null;

    /// <summary>Who approves what appears on the public «Наставничество» page: the head of the organization or a coordinator above.</summary>
    public bool CanPublish => Role is UserRole.RegionalOperator or UserRole.MunicipalCoordinator or UserRole.OrganizationHead;

    public void EnsureCanPublish(string message = "Публикует на странице «Наставничество» руководитель организации (или координатор).")
    {
        if (!CanPublish) throw new Domain.Common.DomainException(message);
    }

    /// <summary>The audit log is shown to the head of each scope.</summary>
    public bool CanViewAudit => Role is UserRole.RegionalOperator or UserRole.MunicipalCoordinator or UserRole.OrganizationHead;

    public IEnumerable<Claim> ToClaims()
    {
        yield return new Claim(RoleClaim, Role.ToString());
        yield return new Claim(ClaimTypes.Role, Role.ToString());
        if (RegionId is { } r) yield return new Claim(RegionClaim, r.ToString());
        if (MunicipalityId is { } m) yield return new Claim(MunicipalityClaim, m.ToString());
        if (OrganizationId is { } o) yield return new Claim(OrganizationClaim, o.ToString());
        if (PersonId is { } p) yield return new Claim(PersonClaim, p.ToString());
    }

    public static UserScope? FromPrincipal(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        if (!Enum.TryParse<UserRole>(principal.FindFirstValue(RoleClaim), out var role)) return null;
        return new UserScope(role, Int(principal, RegionClaim), Int(principal, MunicipalityClaim),
            Int(principal, OrganizationClaim), Int(principal, PersonClaim));
    }

    private static int? Int(ClaimsPrincipal p, string type) => int.TryParse(p.FindFirstValue(type), out var v) ? v : null;
}
