using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Practices;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Territory;

namespace Nastavnik.Web.Data.Configurations;

public class ProgramPartnerConfiguration : IEntityTypeConfiguration<ProgramPartner>
{
    public void Configure(EntityTypeBuilder<ProgramPartner> b)
    {
        b.ToTable("ProgramPartners");
        b.Property(x => x.Name).HasMaxLength(500);
        b.Property(x => x.AgreementNumber).HasMaxLength(50);
        b.Property(x => x.Role).HasMaxLength(1000);
        b.HasOne<MentorshipProgram>().WithMany(p => p.Partners).HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class DevelopmentPlanTaskConfiguration : IEntityTypeConfiguration<DevelopmentPlanTask>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlanTask> b)
    {
        b.ToTable("PlanTasks");
        b.Property(x => x.Title).HasMaxLength(1000);
        b.Property(x => x.Result).HasMaxLength(4000);
        b.HasOne<MentoringPair>().WithMany().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Deficit>().WithMany().HasForeignKey(x => x.DeficitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PairId);
    }
}

public class PairFeedbackConfiguration : IEntityTypeConfiguration<PairFeedback>
{
    public void Configure(EntityTypeBuilder<PairFeedback> b)
    {
        b.ToTable("Feedback");
        b.Property(x => x.Text).HasMaxLength(4000);
        b.HasOne<MentoringPair>().WithMany().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PairId, x.GivenOn });
    }
}

public class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> b)
    {
        b.ToTable("Awards");
        b.Property(x => x.Title).HasMaxLength(500);
        b.HasOne<MentorshipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ProgramId);
        b.HasIndex(x => x.PersonId);
    }
}

public class PracticeCaseConfiguration : IEntityTypeConfiguration<PracticeCase>
{
    public void Configure(EntityTypeBuilder<PracticeCase> b)
    {
        b.ToTable("PracticeCases");
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Problem).HasMaxLength(8000);
        b.Property(x => x.Solution).HasMaxLength(8000);
        b.Property(x => x.Results).HasMaxLength(8000);
        b.Property(x => x.Author).HasMaxLength(300);
        b.Property(x => x.Subject).HasMaxLength(200);
        // Existing cases became the organization's practices; every new case sets its level (no value is the sentinel).
        b.Property(x => x.Level).HasDefaultValue(Domain.Monitoring.MonitoringLevel.Organization).HasSentinel((Domain.Monitoring.MonitoringLevel)(-1));
        b.Property(x => x.ReviewComment).HasMaxLength(2000);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasMany(x => x.Deficits).WithMany().UsingEntity("PracticeCaseDeficits",
            l => l.HasOne(typeof(Domain.Registries.Deficit)).WithMany().HasForeignKey("DeficitId").OnDelete(DeleteBehavior.Cascade),
            r => r.HasOne(typeof(PracticeCase)).WithMany().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade),
            j => j.HasKey("CaseId", "DeficitId"));
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MentorshipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.Status, x.PublishedOn });
        b.HasIndex(x => x.OrganizationId);
        b.HasIndex(x => x.ProgramId);
    }
}

public class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("Files");
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(200);
        b.HasIndex(x => new { x.Owner, x.OwnerId });
    }
}

public class MentorPreparationConfiguration : IEntityTypeConfiguration<MentorPreparation>
{
    public void Configure(EntityTypeBuilder<MentorPreparation> b)
    {
        b.ToTable("MentorPreparations");
        b.Property(x => x.Outcome).HasMaxLength(2000);
        b.HasOne<Mentor>().WithMany(m => m.Preparations).HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.MentorId);
    }
}

public class ConsentRequestConfiguration : IEntityTypeConfiguration<ConsentRequest>
{
    public void Configure(EntityTypeBuilder<ConsentRequest> b)
    {
        b.ToTable("ConsentRequests");
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.Purpose).HasMaxLength(500);
        b.Property(x => x.SentTo).HasMaxLength(256);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.PersonId);
    }
}
