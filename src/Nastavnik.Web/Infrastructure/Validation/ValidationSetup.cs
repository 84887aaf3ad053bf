namespace Nastavnik.Web.Infrastructure.Validation;

/// <summary>One validation for the pages and the API, by the input classes' attributes: MVC checks them on the pages,
/// Microsoft.Extensions.Validation before an endpoint runs (a 400 naming each field). A body the JSON reader cannot
/// read is thrown rather than answered silently, so that the exception handler names the field (BadRequests).</summary>
public static class ValidationSetup
{
    public static IServiceCollection AddInputValidation(this IServiceCollection services)
    {
        services.AddValidation();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => RussianBindingMessages.Apply(o.ModelBindingMessageProvider));
        return services;
    }
}
