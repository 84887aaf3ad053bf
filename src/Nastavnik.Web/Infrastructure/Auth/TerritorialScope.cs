using Nastavnik.Domain.Common;

namespace Nastavnik.Web.Infrastructure.Auth;

/// <summary>Scope rules for records owned by a territory (events, contests, local acts, news): a user sees his own level's
/// records, those above it and those below it; he changes his own level's and those below it.</summary>
public static class TerritorialScope
{
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> query, UserScope scope) where T : class, ITerritorial
    {
        int region = scope.RegionId ?? -1, municipality = scope.MunicipalityId ?? -1, organization = scope.OrganizationId ?? -1;
        return scope.Level switch
        {
            ScopeLevel.Region => query.Where(x => x.RegionId == region),
            ScopeLevel.Municipality => query.Where(x => x.RegionId == region && (x.MunicipalityId == null || x.MunicipalityId == municipality)),
            _ => query.Where(x => x.RegionId == region && (x.MunicipalityId == null
                || (x.MunicipalityId == municipality && (x.OrganizationId == null || x.OrganizationId == organization)))),
        };
    }

    public static IQueryable<T> EditableBy<T>(this IQueryable<T> query, UserScope scope) where T : class, ITerritorial
    {
        int region = scope.RegionId ?? -1, municipality = scope.MunicipalityId ?? -1, organization = scope.OrganizationId ?? -1;
        return scope.Level switch
        {
            ScopeLevel.Region => query.Where(x => x.RegionId == region),
            ScopeLevel.Municipality => query.Where(x => x.MunicipalityId == municipality),
            ScopeLevel.Organization => query.Where(x => x.OrganizationId == organization),
            _ => query.Where(x => false),
        };
    }

    /// <summary>The owner columns of a record the user creates at his own level.</summary>
    public static (int RegionId, int? MunicipalityId, int? OrganizationId) OwnLevel(UserScope scope) => scope.Level switch
    {
        ScopeLevel.Region => (scope.RegionId!.Value, null, null),
        ScopeLevel.Municipality => (scope.RegionId!.Value, scope.MunicipalityId, null),
        ScopeLevel.Organization => (scope.RegionId!.Value, scope.MunicipalityId, scope.OrganizationId),
        _ => throw new Domain.Common.DomainException("Создавать записи могут куратор, руководитель организации и координаторы."),
    };
}
