using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Domain.Territory;

namespace Nastavnik.Web.Data.Configurations;

public class RoadmapConfiguration : IEntityTypeConfiguration<Roadmap>
{
    public void Configure(EntityTypeBuilder<Roadmap> b)
    {
        b.ToTable("Roadmaps");
        b.Property(x => x.Title).HasMaxLength(2000);
        b.Property(x => x.OrderNumber).HasMaxLength(50);
        b.Property(x => x.SourceFileName).HasMaxLength(255);
        b.Property(x => x.Goal).HasMaxLength(4000);
        b.Property(x => x.Tasks).HasMaxLength(8000);
        b.Property(x => x.AllowedDeviationPercent).HasPrecision(5, 2);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(x => x.Activities);
        b.Ignore(x => x.Years);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Sections).WithOne().HasForeignKey(x => x.RoadmapId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Roadmap>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Roadmap>().WithMany().HasForeignKey(x => x.PreviousId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class RoadmapSectionConfiguration : IEntityTypeConfiguration<RoadmapSection>
{
    public void Configure(EntityTypeBuilder<RoadmapSection> b)
    {
        b.ToTable("RoadmapSections");
        b.Property(x => x.Title).HasMaxLength(2000);
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Stage).HasMaxLength(200);
        b.HasMany(x => x.Activities).WithOne().HasForeignKey(x => x.SectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RoadmapId, x.Position });
    }
}

public class RoadmapActivityConfiguration : IEntityTypeConfiguration<RoadmapActivity>
{
    public void Configure(EntityTypeBuilder<RoadmapActivity> b)
    {
        b.ToTable("RoadmapActivities");
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Code).HasMaxLength(50);
        b.Property(x => x.Title).HasMaxLength(4000);
        b.Property(x => x.ResultForm).HasMaxLength(2000);
        b.Property(x => x.ExpectedResult).HasMaxLength(4000);
        b.Property(x => x.ScheduleText).HasMaxLength(1000);
        b.Property(x => x.ScheduleNote).HasMaxLength(500);
        b.Property(x => x.Responsible).HasMaxLength(2000);
        b.Property(x => x.RegionalExecutors).HasMaxLength(2000);
        b.Property(x => x.OrganizationExecutors).HasMaxLength(2000);
        b.Property(x => x.Comment).HasMaxLength(4000);
        // The default only fills the activities that existed before the column (migration 0014); new ones get a fresh stamp.
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken().HasDefaultValue(Guid.Empty);
        b.Ignore(x => x.AllResponsible);
        b.HasOne(x => x.Roadmap).WithMany().HasForeignKey(x => x.RoadmapId).OnDelete(DeleteBehavior.NoAction);
        b.HasMany(x => x.DueDates).WithOne().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Indicators).WithOne().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RoadmapId, x.Position });
    }
}

public class ActivityDueDateConfiguration : IEntityTypeConfiguration<ActivityDueDate>
{
    public void Configure(EntityTypeBuilder<ActivityDueDate> b)
    {
        b.ToTable("ActivityDueDates");
        b.HasIndex(x => new { x.DueOn, x.DoneOn });
    }
}

public class ActivityIndicatorConfiguration : IEntityTypeConfiguration<ActivityIndicator>
{
    public void Configure(EntityTypeBuilder<ActivityIndicator> b)
    {
        b.ToTable("ActivityIndicators");
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.EveryYearTarget).HasPrecision(18, 2);
        b.Property(x => x.AllowedDeviationPercent).HasPrecision(5, 2);
        b.HasMany(x => x.Years).WithOne().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class IndicatorYearConfiguration : IEntityTypeConfiguration<IndicatorYear>
{
    public void Configure(EntityTypeBuilder<IndicatorYear> b)
    {
        b.ToTable("IndicatorYears");
        b.Property(x => x.Target).HasPrecision(18, 2);
        b.Property(x => x.Actual).HasPrecision(18, 2);
        b.Property(x => x.Evidence).HasMaxLength(4000);
        b.Property(x => x.EvidenceLink).HasMaxLength(1000);
        b.Property(x => x.ReportedBy).HasMaxLength(300);
        b.HasIndex(x => new { x.IndicatorId, x.Year }).IsUnique();
    }
}
