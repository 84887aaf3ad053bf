using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features;

/// <summary>Each feature folder registers its services and endpoints here, in one place.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddFeatureServices(this IServiceCollection services)
    {
        services.AddScoped<AccessTokens>();
        return services;
    }

    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        return app;
    }
}
