using Nastavnik.Domain.Common;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Accounts;

/// <summary>Who may give which role where: each level manages accounts strictly within and below its own scope — the
/// region its coordinators and any organization's staff, a coordinator his municipality's heads and curators, a head his
/// organization's curators, mentors and mentees, a curator the mentors and mentees of his registries.</summary>
public static class GrantRules
{
    public const string OutOfScope = "Эту роль вы не можете выдать: она вне вашей области или выше вашей роли.";

    public static IReadOnlyList<UserRole> GrantableBy(UserRole manager) => manager switch
    {
        UserRole.RegionalOperator => Enum.GetValues<UserRole>(),
        UserRole.MunicipalCoordinator => [UserRole.OrganizationHead, UserRole.Curator, UserRole.Navigator, UserRole.PartnerRepresentative, UserRole.Mentor, UserRole.Mentee],
        UserRole.OrganizationHead => [UserRole.Curator, UserRole.Navigator, UserRole.Mentor, UserRole.Mentee],
        UserRole.Curator => [UserRole.Mentor, UserRole.Mentee],
        _ => [],
    };

    public static bool CanManageAccounts(UserScope scope) => GrantableBy(scope.Role).Count > 0;

    /// <summary>The level a role's scope is bound to (the region, a municipality, an organization, a person record).</summary>
    public static ScopeLevel BindingOf(UserRole role) => role switch
    {
        UserRole.RegionalOperator or UserRole.RegionalCenterStaff or UserRole.Expert => ScopeLevel.Region,
        UserRole.MunicipalCoordinator => ScopeLevel.Municipality,
        UserRole.Mentor or UserRole.Mentee => ScopeLevel.Own,
        _ => ScopeLevel.Organization,
    };

    /// <summary>Refuses (in Russian) a grant of <paramref name="target"/> by <paramref name="manager"/>.</summary>
    public static void EnsureCanGrant(UserScope manager, UserScope target)
    {
        if (!GrantableBy(manager.Role).Contains(target.Role) || !Within(manager, target)) throw new DomainException(OutOfScope);
        var binding = BindingOf(target.Role);
        var complete = target.RegionId is not null
            && (binding == ScopeLevel.Region || target.MunicipalityId is not null)
            && (binding is ScopeLevel.Region or ScopeLevel.Municipality || target.OrganizationId is not null)
            && (binding != ScopeLevel.Own || target.PersonId is not null);
        if (!complete) throw new DomainException(binding switch
        {
            ScopeLevel.Municipality => "Укажите муниципалитет координатора.",
            ScopeLevel.Organization => "Укажите организацию.",
            ScopeLevel.Own => "Наставника и наставляемого приглашают из базы наставников или наставляемых.",
            _ => "Укажите регион.",
        });
    }

    /// <summary>Whether a role's scope lies inside the manager's (an account the manager may see and change).</summary>
    public static bool Within(UserScope manager, UserScope target) => manager.Role switch
    {
        UserRole.RegionalOperator => target.RegionId == manager.RegionId,
        UserRole.MunicipalCoordinator => target.RegionId == manager.RegionId && target.MunicipalityId == manager.MunicipalityId,
        UserRole.OrganizationHead or UserRole.Curator => target.OrganizationId == manager.OrganizationId && target.OrganizationId is not null,
        _ => false,
    };
}
