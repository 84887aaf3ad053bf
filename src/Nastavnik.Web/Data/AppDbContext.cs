using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Audit;
using Nastavnik.Domain.Imports;
using Nastavnik.Domain.Matching;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Infrastructure.Audit;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Jobs;

namespace Nastavnik.Web.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options, AuditActor actor, TimeProvider clock)
    : IdentityUserContext<AppUser>(options), Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    /// <summary>The keys that protect cookies and antiforgery tokens, shared by every instance of the app.</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    public AuditActor Actor => actor;
    public TimeProvider Clock => clock;
    public bool AuditEnabled { get; set; } = true;

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<Deficit> Deficits => Set<Deficit>();
    public DbSet<Mentor> Mentors => Set<Mentor>();
    public DbSet<Mentee> Mentees => Set<Mentee>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<PersonalAccessToken> AccessTokens => Set<PersonalAccessToken>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<AccountLink> AccountLinks => Set<AccountLink>();
    public DbSet<Infrastructure.Email.OutboxMessage> OutboxMessages => Set<Infrastructure.Email.OutboxMessage>();
    public DbSet<BackgroundJob> Jobs => Set<BackgroundJob>();
    public DbSet<ImportSession> ImportSessions => Set<ImportSession>();
    public DbSet<ImportColumnMapping> ImportColumnMappings => Set<ImportColumnMapping>();
    public DbSet<MentorshipProgram> Programs => Set<MentorshipProgram>();
    public DbSet<ProgramStep> ProgramSteps => Set<ProgramStep>();
    public DbSet<MentoringPair> Pairs => Set<MentoringPair>();
    public DbSet<PairMeeting> Meetings => Set<PairMeeting>();
    public DbSet<Domain.Questionnaires.Questionnaire> Questionnaires => Set<Domain.Questionnaires.Questionnaire>();
    public DbSet<Domain.Questionnaires.QuestionnaireInvitation> Invitations => Set<Domain.Questionnaires.QuestionnaireInvitation>();
    public DbSet<ProgramPartner> ProgramPartners => Set<ProgramPartner>();
    public DbSet<DevelopmentPlanTask> PlanTasks => Set<DevelopmentPlanTask>();
    public DbSet<PairFeedback> Feedback => Set<PairFeedback>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<Domain.Practices.PracticeCase> Cases => Set<Domain.Practices.PracticeCase>();
    public DbSet<Domain.Files.StoredFile> Files => Set<Domain.Files.StoredFile>();
    public DbSet<MentorPreparation> MentorPreparations => Set<MentorPreparation>();
    public DbSet<ConsentRequest> ConsentRequests => Set<ConsentRequest>();
    public DbSet<MatchingRun> MatchingRuns => Set<MatchingRun>();
    public DbSet<MatchingProposal> MatchingProposals => Set<MatchingProposal>();
    public DbSet<Domain.Roadmaps.Roadmap> Roadmaps => Set<Domain.Roadmaps.Roadmap>();
    public DbSet<Domain.Roadmaps.RoadmapActivity> RoadmapActivities => Set<Domain.Roadmaps.RoadmapActivity>();
    public DbSet<Domain.Roadmaps.ActivityIndicator> ActivityIndicators => Set<Domain.Roadmaps.ActivityIndicator>();
    public DbSet<Domain.Roadmaps.IndicatorYear> IndicatorYears => Set<Domain.Roadmaps.IndicatorYear>();
    public DbSet<Domain.Roadmaps.ActivityDueDate> ActivityDueDates => Set<Domain.Roadmaps.ActivityDueDate>();
    public DbSet<Domain.Monitoring.MonitoringCampaign> Campaigns => Set<Domain.Monitoring.MonitoringCampaign>();
    public DbSet<Domain.Monitoring.CampaignResponse> CampaignResponses => Set<Domain.Monitoring.CampaignResponse>();
    public DbSet<Domain.Monitoring.RegionMethodology> Methodologies => Set<Domain.Monitoring.RegionMethodology>();
    public DbSet<Domain.Monitoring.TerritoryTarget> TerritoryTargets => Set<Domain.Monitoring.TerritoryTarget>();
    public DbSet<Domain.Reports.ReportText> ReportTexts => Set<Domain.Reports.ReportText>();
    public DbSet<Domain.Events.MentoringEvent> Events => Set<Domain.Events.MentoringEvent>();
    public DbSet<Domain.Events.EventParticipant> EventParticipants => Set<Domain.Events.EventParticipant>();
    public DbSet<Domain.Contests.Contest> Contests => Set<Domain.Contests.Contest>();
    public DbSet<Domain.Contests.ContestExpert> ContestExperts => Set<Domain.Contests.ContestExpert>();
    public DbSet<Domain.Contests.ContestApplication> ContestApplications => Set<Domain.Contests.ContestApplication>();
    public DbSet<Domain.Contests.ContestAssignment> ContestAssignments => Set<Domain.Contests.ContestAssignment>();
    public DbSet<Domain.Publications.LocalActKind> LocalActKinds => Set<Domain.Publications.LocalActKind>();
    public DbSet<Domain.Publications.LocalAct> LocalActs => Set<Domain.Publications.LocalAct>();
    public DbSet<Domain.Publications.LocalActVersion> LocalActVersions => Set<Domain.Publications.LocalActVersion>();
    public DbSet<Domain.Publications.NewsPost> News => Set<Domain.Publications.NewsPost>();
    public DbSet<Domain.Training.TrainingCourse> TrainingCourses => Set<Domain.Training.TrainingCourse>();
    public DbSet<Domain.Training.CourseEnrolment> CourseEnrolments => Set<Domain.Training.CourseEnrolment>();

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.AddInterceptors(Querying.InlineQueryableMembers.Instance);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        PrepareForSave(now);
        var audits = AuditEnabled ? AuditRecorder.Capture(ChangeTracker, actor, now) : [];
        if (audits.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        // Entity ids are known only after the insert, so the entries are written in the same transaction right after.
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            foreach (var (entry, audit) in audits)
            {
                audit.EntityId = entry.Entity is Domain.Common.IPersonalData pd ? pd.Id : 0;
                AuditEntries.Add(audit);
            }
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return count;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    private void PrepareForSave(DateTimeOffset now)
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            // A fresh stamp on every save of an editable record: a concurrent edit holding the old stamp gets a conflict, not a silent overwrite.
            if (entry.State == EntityState.Modified && ConcurrencyStamps.IsStamped(entry.Metadata))
                entry.Property(ConcurrencyStamps.Property).CurrentValue = Guid.NewGuid();
            switch (entry.Entity)
            {
                case Person p:
                    p.Normalize();
                    Touch(entry, now);
                    break;
                case Mentor or Mentee:
                    Touch(entry, now);
                    break;
            }
        }
    }

    private static void Touch(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, DateTimeOffset now)
    {
        if (entry.State == EntityState.Added) entry.Property("CreatedAt").CurrentValue = now;
        entry.Property("UpdatedAt").CurrentValue = now;
    }
}
