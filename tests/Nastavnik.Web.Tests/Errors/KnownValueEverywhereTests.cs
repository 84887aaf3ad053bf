using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Web.Infrastructure.Validation;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Errors;

/// <summary>Every enum-typed field of every API input (found from the app's endpoints, not from a hand list, nested
/// classes and lists included) is checked against its enum's values: JSON takes any number for an enum.</summary>
public abstract class KnownValueEverywhereTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    /// <summary>Inputs whose enums are checked by their service, because the organization import goes through it too.</summary>
    private static readonly string[] CheckedByTheirService = ["MunicipalityInput.Kind", "OrganizationInput.Type"];

    [Fact]
    public void EveryEnumFieldOfAnApiInputIsCheckedForAKnownValue()
    {
        var services = app.Services.GetRequiredService<IServiceProviderIsService>();
        var inputs = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/") == true)
            .SelectMany(e => e.Metadata.OfType<MethodInfo>()).SelectMany(m => m.GetParameters()).Select(p => p.ParameterType)
            .Where(t => IsOurs(t) && !services.IsService(t)).Distinct().ToList();
        inputs.ShouldContain(typeof(Web.Features.Programs.MeetingInput));
        inputs.ShouldContain(typeof(Web.Features.Mentees.MenteeInput));
        var bare = new List<string>();
        foreach (var type in inputs) Walk(type, bare, []);
        bare.ShouldBeEmpty();
    }

    private static void Walk(Type type, List<string> bare, HashSet<Type> seen)
    {
        if (!seen.Add(type)) return;
        // A record's attributes stand on its constructor's parameters, named as its properties.
        var parameters = type.GetConstructors().SelectMany(c => c.GetParameters()).ToList();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var element = ElementOf(property.PropertyType);
            if (element.IsEnum)
            {
                var name = $"{type.Name}.{property.Name}";
                var marked = property.IsDefined(typeof(KnownValueAttribute))
                    || parameters.Any(p => p.Name == property.Name && p.IsDefined(typeof(KnownValueAttribute)));
                if (!marked && !CheckedByTheirService.Contains(name)) bare.Add(name);
            }
            else if (IsOurs(element)) Walk(element, bare, seen);
        }
    }

    private static Type ElementOf(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return ElementOf(underlying);
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)
            && type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } e)
            return ElementOf(e.GetGenericArguments()[0]);
        return type;
    }

    private static bool IsOurs(Type type) => type.Assembly == typeof(KnownValueAttribute).Assembly && type.IsClass;
}

public sealed class KnownValueEverywhereTestsOnPostgres(PostgresApp app) : KnownValueEverywhereTests<PostgresApp>(app);
public sealed class KnownValueEverywhereTestsOnSqlite(SqliteApp app) : KnownValueEverywhereTests<SqliteApp>(app);
