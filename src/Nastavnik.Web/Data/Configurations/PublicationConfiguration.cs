using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Contests;
using Nastavnik.Domain.Events;
using Nastavnik.Domain.Publications;
using Nastavnik.Domain.Territory;

namespace Nastavnik.Web.Data.Configurations;

/// <summary>The owner columns every territorial record has (region; municipality; organization) with their keys and indexes.</summary>
internal static class TerritorialColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> b) where T : class, ITerritorial
    {
        b.HasOne<Region>().WithMany().HasForeignKey(nameof(ITerritorial.RegionId)).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Municipality>().WithMany().HasForeignKey(nameof(ITerritorial.MunicipalityId)).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(nameof(ITerritorial.OrganizationId)).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(nameof(ITerritorial.RegionId), nameof(ITerritorial.MunicipalityId), nameof(ITerritorial.OrganizationId));
        b.HasIndex(nameof(ITerritorial.OrganizationId));
        b.HasIndex(nameof(ITerritorial.MunicipalityId));
    }
}

public class MentoringEventConfiguration : IEntityTypeConfiguration<MentoringEvent>
{
    public void Configure(EntityTypeBuilder<MentoringEvent> b)
    {
        b.ToTable("Events");
        TerritorialColumns.Configure(b);
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Organizer).HasMaxLength(500);
        b.Property(x => x.Time).HasMaxLength(100);
        b.Property(x => x.Place).HasMaxLength(500);
        b.Property(x => x.OnlineUrl).HasMaxLength(1000);
        b.Property(x => x.Audience).HasMaxLength(500);
        b.Property(x => x.Description).HasMaxLength(8000);
        b.Property(x => x.ResultDocument).HasMaxLength(500);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(x => x.LastDay);
        b.HasIndex(x => new { x.RegionId, x.StartsOn });
    }
}

public class EventParticipantConfiguration : IEntityTypeConfiguration<EventParticipant>
{
    public void Configure(EntityTypeBuilder<EventParticipant> b)
    {
        b.ToTable("EventParticipants");
        b.Property(x => x.FullName).HasMaxLength(300);
        b.Property(x => x.Email).HasMaxLength(300);
        b.Property(x => x.Organization).HasMaxLength(500);
        b.HasOne<MentoringEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Domain.People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.EventId, x.PersonId }).IsUnique();
        b.HasIndex(x => x.PersonId);
    }
}

public class ContestConfiguration : IEntityTypeConfiguration<Contest>
{
    public void Configure(EntityTypeBuilder<Contest> b)
    {
        b.ToTable("Contests");
        TerritorialColumns.Configure(b);
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Description).HasMaxLength(8000);
        b.Property(x => x.ResultDocument).HasMaxLength(500);
        Json<List<string>>.Column(b.Property(x => x.Nominations));
        Json<List<ContestCriterion>>.Column(b.Property(x => x.Criteria));
        b.Ignore(x => x.MaxTotal);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.RegionId, x.Year });
    }
}

public class ContestExpertConfiguration : IEntityTypeConfiguration<ContestExpert>
{
    public void Configure(EntityTypeBuilder<ContestExpert> b)
    {
        b.ToTable("ContestExperts");
        b.Property(x => x.FullName).HasMaxLength(300);
        b.HasOne<Contest>().WithMany().HasForeignKey(x => x.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Infrastructure.Auth.AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ContestId, x.UserId }).IsUnique();
        b.HasIndex(x => x.UserId);
    }
}

public class ContestApplicationConfiguration : IEntityTypeConfiguration<ContestApplication>
{
    public void Configure(EntityTypeBuilder<ContestApplication> b)
    {
        b.ToTable("ContestApplications");
        b.Property(x => x.Nomination).HasMaxLength(300);
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.ApplicantName).HasMaxLength(500);
        b.Property(x => x.Summary).HasMaxLength(8000);
        b.Property(x => x.AwardTitle).HasMaxLength(100);
        b.HasOne<Contest>().WithMany().HasForeignKey(x => x.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Domain.People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ContestId, x.Nomination });
        b.HasIndex(x => x.OrganizationId);
        b.HasIndex(x => x.MunicipalityId);
        b.HasIndex(x => x.PersonId);
    }
}

public class ContestAssignmentConfiguration : IEntityTypeConfiguration<ContestAssignment>
{
    public void Configure(EntityTypeBuilder<ContestAssignment> b)
    {
        b.ToTable("ContestAssignments");
        Json<List<decimal>>.Column(b.Property(x => x.Scores));
        b.Property(x => x.Comment).HasMaxLength(4000);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasOne<Contest>().WithMany().HasForeignKey(x => x.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContestApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestExpert>().WithMany().HasForeignKey(x => x.ExpertId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ApplicationId, x.ExpertId }).IsUnique();
        b.HasIndex(x => x.ExpertId);
        b.HasIndex(x => x.ContestId);
    }
}

public class LocalActKindConfiguration : IEntityTypeConfiguration<LocalActKind>
{
    public void Configure(EntityTypeBuilder<LocalActKind> b)
    {
        b.ToTable("LocalActKinds");
        b.Property(x => x.Name).HasMaxLength(300);
        // The default only fills the kinds that existed before the column (migration 0014); new ones get a fresh stamp.
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken().HasDefaultValue(Guid.Empty);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RegionId, x.Name }).IsUnique();
    }
}

public class LocalActConfiguration : IEntityTypeConfiguration<LocalAct>
{
    public void Configure(EntityTypeBuilder<LocalAct> b)
    {
        b.ToTable("LocalActs");
        TerritorialColumns.Configure(b);
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Number).HasMaxLength(100);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasOne<LocalActKind>().WithMany().HasForeignKey(x => x.KindId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.KindId);
    }
}

public class LocalActVersionConfiguration : IEntityTypeConfiguration<LocalActVersion>
{
    public void Configure(EntityTypeBuilder<LocalActVersion> b)
    {
        b.ToTable("LocalActVersions");
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.PublishedBy).HasMaxLength(300);
        b.HasOne<LocalAct>().WithMany().HasForeignKey(x => x.ActId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Domain.Files.StoredFile>().WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ActId, x.Version }).IsUnique();
        b.HasIndex(x => x.FileId);
    }
}

public class NewsPostConfiguration : IEntityTypeConfiguration<NewsPost>
{
    public void Configure(EntityTypeBuilder<NewsPost> b)
    {
        b.ToTable("NewsPosts");
        TerritorialColumns.Configure(b);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Body).HasMaxLength(NewsPost.MaxBodyLength);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasOne<Domain.Files.StoredFile>().WithMany().HasForeignKey(x => x.ImageFileId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.ImageFileId);
        b.HasIndex(x => new { x.RegionId, x.PublishedAt });
    }
}
