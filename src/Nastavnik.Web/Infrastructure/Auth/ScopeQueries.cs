using System.Linq.Expressions;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Territory;

namespace Nastavnik.Web.Infrastructure.Auth;

/// <summary>Applies the user's scope inside the SQL of every query, so rows outside it are never loaded.</summary>
public static class ScopeQueries
{
    public static Expression<Func<Person, bool>> PersonPredicate(UserScope scope) => scope.Level switch
    {
        ScopeLevel.Region => p => p.Organization!.Municipality!.RegionId == scope.RegionId,
        ScopeLevel.Municipality => p => p.Organization!.MunicipalityId == scope.MunicipalityId,
        ScopeLevel.Organization => p => p.OrganizationId == scope.OrganizationId,
        _ => p => p.Id == scope.PersonId,
    };

    public static Expression<Func<Organization, bool>> OrganizationPredicate(UserScope scope) => scope.Level switch
    {
        ScopeLevel.Region => o => o.Municipality!.RegionId == scope.RegionId,
        ScopeLevel.Municipality => o => o.MunicipalityId == scope.MunicipalityId,
        ScopeLevel.Organization => o => o.Id == scope.OrganizationId,
        _ => o => o.Id == scope.OrganizationId,
    };

    public static IQueryable<Person> InScope(this IQueryable<Person> query, UserScope scope) =>
        query.Where(PersonPredicate(scope));

    public static IQueryable<Organization> InScope(this IQueryable<Organization> query, UserScope scope) =>
        query.Where(OrganizationPredicate(scope));

    public static IQueryable<Mentee> InScope(this IQueryable<Mentee> query, UserScope scope) =>
        query.Where(Via<Mentee>(m => m.Person!, PersonPredicate(scope)));

    public static IQueryable<Mentor> InScope(this IQueryable<Mentor> query, UserScope scope) =>
        query.Where(Via<Mentor>(m => m.Person!, PersonPredicate(scope)));

    /// <summary>Rewrites a predicate on Person into one on an entity that points at a Person.</summary>
    public static Expression<Func<T, bool>> Via<T>(Expression<Func<T, Person>> navigation, Expression<Func<Person, bool>> predicate)
    {
        var body = new Replace(predicate.Parameters[0], navigation.Body).Visit(predicate.Body);
        return Expression.Lambda<Func<T, bool>>(body, navigation.Parameters);
    }

    /// <summary>Puts an expression in place of a lambda's parameter (composes two lambdas).</summary>
    internal sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
