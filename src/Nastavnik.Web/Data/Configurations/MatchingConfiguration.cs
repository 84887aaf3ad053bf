using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nastavnik.Domain.Matching;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Registries;

namespace Nastavnik.Web.Data.Configurations;

public class MatchingRunConfiguration : IEntityTypeConfiguration<MatchingRun>
{
    public void Configure(EntityTypeBuilder<MatchingRun> b)
    {
        b.ToTable("MatchingRuns");
        b.Property(x => x.Weights).HasMaxLength(500);
        b.Property(x => x.CreatedByUserId).HasMaxLength(450);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasOne<MentorshipProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ProgramId, x.Status });
    }
}

public class MatchingProposalConfiguration : IEntityTypeConfiguration<MatchingProposal>
{
    public void Configure(EntityTypeBuilder<MatchingProposal> b)
    {
        b.ToTable("MatchingProposals");
        b.Property(x => x.UnmatchedReason).HasMaxLength(1000);
        b.HasOne<MatchingRun>().WithMany(r => r.Proposals).HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Mentee>().WithMany().HasForeignKey(x => x.MenteeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Mentor>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RunId, x.MenteeId }).IsUnique();
    }
}
