using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features;
using Nastavnik.Web.Infrastructure.Audit;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Configuration;
using Nastavnik.Web.Infrastructure.Email;
using Nastavnik.Web.Infrastructure.Errors;
using Nastavnik.Web.Infrastructure.Health;
using Nastavnik.Web.Infrastructure.Jobs;
using Nastavnik.Web.Infrastructure.Security;
using Nastavnik.Web.Infrastructure.Validation;

namespace Nastavnik.Web;

/// <summary>Composition of the web application; kept out of Program.cs so tests and CLI share it.</summary>
public static class AppBuilder
{
    public const string LoginRateLimit = "login";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The application name is fixed so pages are found whichever assembly hosts the app (tests, benchmarks).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(AppBuilder).Assembly.GetName().Name });
        configure?.Invoke(builder);
        var services = builder.Services;

        services.AddAppSettings(builder.Configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Infrastructure.Time.RegionZones>();
        services.AddScoped<Infrastructure.Time.TerritoryClock>();
        services.AddScoped<AuditActor>();
        services.AddNastavnikDatabase(builder.Configuration);
        services.AddHostedService<DatabaseInitializer>();

        // Every instance reads the same key ring from the database, so a cookie or a form issued by one is accepted by another.
        services.AddDataProtection().SetApplicationName("Nastavnik").PersistKeysToDbContext<AppDbContext>();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                // No account lockout: anyone could lock a known login out by guessing. Failures are throttled per
                // client address and login instead (LoginThrottle, docs/decisions/0009).
                o.Lockout.AllowedForNewUsers = false;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ScopeClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        // A singleton: it names its own normalizer (Identity's default) rather than take the scoped one from the container.
        services.AddSingleton(sp => new LoginThrottle(sp.GetRequiredService<TimeProvider>(), new UpperInvariantLookupNormalizer()));
        services.AddSingleton<PasswordSignIn.UnknownLoginHash>();
        services.AddScoped<PasswordSignIn>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = AuthSchemes.CookieOrToken;
                o.DefaultChallengeScheme = AuthSchemes.CookieOrToken;
            })
            .AddPolicyScheme(AuthSchemes.CookieOrToken, "Cookie or token", o =>
                o.ForwardDefaultSelector = ctx => AccessTokenHandler.HasBearer(ctx.Request) ? AuthSchemes.Token : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(AuthSchemes.Token, null)
            .AddIdentityCookies(c => c.ApplicationCookie?.Configure(CookieSetup.Configure));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.EditRegistries, p => p.RequireAssertion(c => UserScope.FromPrincipal(c.User)?.CanEditRegistries == true))
            .AddPolicy(Policies.ViewAudit, p => p.RequireAssertion(c => UserScope.FromPrincipal(c.User)?.CanViewAudit == true))
            .AddPolicy(Policies.ViewTerritory, p => p.RequireAssertion(c => UserScope.FromPrincipal(c.User)?.CanViewTerritory == true))
            .AddPolicy(Policies.EditTerritory, p => p.RequireAssertion(c => UserScope.FromPrincipal(c.User)?.CanEditTerritory == true));

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = ctx.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.LoginPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });

        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/ForgotPassword");
            o.Conventions.AllowAnonymousToPage("/Account/SetPassword");
        }).AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new Infrastructure.Forms.DecimalModelBinderProvider()));
        // Russian text goes into pages as is, not as &#x...; entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Infrastructure.Errors.RussianProblems.Customize);
        services.AddExceptionHandler<DomainExceptionHandler>();
        services.AddInputValidation();
        services.AddOpenApi("v1");
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddHttpContextAccessor();
        services.AddFeatureServices();
        services.AddBackgroundJobs(builder.Configuration);
        services.AddEmail(builder.Configuration);

        var app = builder.Build();
        var culture = new CultureInfo("ru-RU");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(culture),
            SupportedCultures = [culture],
            SupportedUICultures = [culture],
        });
        // Behind nginx (or any proxy on this machine), the client's address and https come in X-Forwarded-* headers:
        // the login rate limit counts real clients and the session cookie is marked Secure.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto });
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<AuditActorMiddleware>();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
        app.MapFeatureEndpoints();
        return app;
    }
}
