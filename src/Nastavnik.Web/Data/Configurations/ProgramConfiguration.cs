using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Territory;

namespace Nastavnik.Web.Data.Configurations;

public class MentorshipProgramConfiguration : IEntityTypeConfiguration<MentorshipProgram>
{
    public void Configure(EntityTypeBuilder<MentorshipProgram> b)
    {
        b.ToTable("Programs");
        b.Property(x => x.Name).HasMaxLength(500);
        b.Property(x => x.CuratorName).HasMaxLength(300);
        b.Property(x => x.Goals).HasMaxLength(4000);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        // Defaults exist for rows made before the column; the sentinel makes EF always send the program's own value.
        b.Property(x => x.FeedbackEveryWeeks).HasDefaultValue(4).HasSentinel(-1);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.ProgramId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OrganizationId, x.Status });
        b.Ignore(x => x.CurrentStage);
        b.Ignore(x => x.ProgressPercent);
    }
}

public class ProgramStepConfiguration : IEntityTypeConfiguration<ProgramStep>
{
    public void Configure(EntityTypeBuilder<ProgramStep> b)
    {
        b.ToTable("ProgramSteps");
        b.Property(x => x.Title).HasMaxLength(1000);
        b.Property(x => x.Responsible).HasMaxLength(300);
        b.Property(x => x.Evidence).HasMaxLength(2000);
        b.Property(x => x.EvidenceLink).HasMaxLength(1000);
        b.HasIndex(x => new { x.ProgramId, x.Number });
        b.Ignore(x => x.IsDone);
    }
}

public class MentoringPairConfiguration : IEntityTypeConfiguration<MentoringPair>
{
    public void Configure(EntityTypeBuilder<MentoringPair> b)
    {
        b.ToTable("Pairs");
        b.Property(x => x.GroupName).HasMaxLength(200);
        b.Property(x => x.OrderNumber).HasMaxLength(50);
        b.Property(x => x.EndReason).HasMaxLength(1000);
        b.Property(x => x.Outcome).HasDefaultValue(PairOutcome.None);
        b.HasOne<MentorshipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Nastavnik.Domain.Registries.Mentor>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Nastavnik.Domain.Registries.Mentee>().WithMany().HasForeignKey(x => x.MenteeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ProgramId, x.Status });
        b.HasIndex(x => x.MentorId);
        b.HasIndex(x => x.MenteeId);
    }
}

public class PairMeetingConfiguration : IEntityTypeConfiguration<PairMeeting>
{
    public void Configure(EntityTypeBuilder<PairMeeting> b)
    {
        b.ToTable("Meetings");
        b.Property(x => x.Notes).HasMaxLength(4000);
        // true is the sentinel: EF leaves it to the default, and sends false explicitly.
        b.Property(x => x.Attended).HasDefaultValue(true).HasSentinel(true);
        b.HasOne<MentoringPair>().WithMany().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PairId, x.HeldOn });
    }
}
