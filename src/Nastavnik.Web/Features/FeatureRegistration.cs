using Nastavnik.Web.Features.Api;
using Nastavnik.Web.Features.Mentees;
using Nastavnik.Web.Features.Mentors;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features;

/// <summary>Each feature folder registers its services and endpoints here, in one place.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddFeatureServices(this IServiceCollection services)
    {
        services.AddScoped<AccessTokens>();
        services.AddScoped<ClaimsPrincipalAccessor>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddScoped<Lookups>();
        services.AddSingleton<SearchTerms>();
        services.AddScoped<PersonRules>();
        services.AddScoped<PersonConsents>();
        services.AddScoped<MenteeQueries>();
        services.AddScoped<Audit.AuditQueries>();
        services.AddScoped<MenteeEditor>();
        services.AddScoped<MentorQueries>();
        services.AddScoped<MentorEditor>();
        services.AddScoped<Programs.ProgramService>();
        services.AddScoped<Programs.PairService>();
        services.AddScoped<Programs.Reminders>();
        services.AddScoped<Pairs.PairAccess>();
        services.AddScoped<Programs.ProgramLifecycle>();
        services.AddScoped<Programs.ProgramResults>();
        services.AddScoped<Practices.CaseService>();
        services.AddScoped<Pairs.PairWorkService>();
        services.AddScoped<Questionnaires.QuestionnaireService>();
        services.AddScoped<Import.ImportValidator>();
        services.AddScoped<Import.ImportExecutor>();
        services.AddScoped<Import.ImportMappings>();
        services.AddScoped<Infrastructure.Jobs.IJobHandler, Import.ImportJobHandler>();
        services.AddScoped<Infrastructure.Jobs.IJobHandler, Matching.MatchingJobHandler>();
        services.AddScoped<Territory.TerritoryService>();
        services.AddScoped<Territory.OrganizationImport>();
        services.AddScoped<Infrastructure.Jobs.IJobHandler, Territory.OrganizationImportJobHandler>();
        services.AddScoped<Matching.MatchingPool>();
        services.AddScoped<Matching.MatchingRunService>();
        services.AddScoped<Roadmaps.RoadmapService>();
        services.AddScoped<Roadmaps.RoadmapFigures>();
        services.AddScoped<Roadmaps.Facts.SystemFacts>();
        services.AddScoped<Monitoring.MonitoringCalculator>();
        services.AddScoped<Monitoring.MonitoringTerritories>();
        services.AddScoped<Monitoring.Report.ReportTextService>();
        services.AddScoped<Monitoring.Targets.TargetResolver>();
        services.AddScoped<Monitoring.Targets.TargetService>();
        services.AddScoped<Monitoring.Campaigns.CampaignService>();
        services.AddScoped<Files.FileStore>();
        services.AddScoped<Events.EventService>();
        services.AddScoped<Training.TrainingService>();
        services.AddScoped<Training.EnrolmentService>();
        services.AddScoped<Training.TrainingFigures>();
        services.AddScoped<Contests.ContestService>();
        services.AddScoped<Publications.LocalActService>();
        services.AddScoped<Publications.NewsService>();
        services.AddScoped<Publications.BestMentorService>();
        services.AddScoped<Public.PublicQueries>();
        services.AddScoped<Accounts.AccountService>();
        services.AddScoped<Accounts.AccountQueries>();
        services.AddScoped<Accounts.PasswordLinks>();
        services.AddScoped<Accounts.BulkInvitations>();
        services.AddScoped<Outbox.OutboxAdmin>();
        return services;
    }

    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        Territory.TerritoryEndpoints.Map(api);
        PeopleEndpoints.Map(api);
        RegistryEndpoints.Map(api);
        Infrastructure.Jobs.JobEndpoints.Map(api);
        Programs.ProgramEndpoints.Map(api);
        Pairs.PairEndpoints.Map(api);
        Matching.MatchingApi.Map(api);
        Monitoring.MonitoringApi.Map(api);
        Export.RegistryExportEndpoints.Map(app);
        Files.FileEndpoints.Map(app);
        Public.PublicFileEndpoint.Map(app);
        return app;
    }
}
