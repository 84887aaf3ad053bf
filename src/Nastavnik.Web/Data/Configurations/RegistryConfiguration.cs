using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nastavnik.Domain.Registries;

namespace Nastavnik.Web.Data.Configurations;

public class DeficitConfiguration : IEntityTypeConfiguration<Deficit>
{
    public void Configure(EntityTypeBuilder<Deficit> b)
    {
        b.Property(x => x.Name).HasMaxLength(300);
        b.HasIndex(x => x.Name).IsUnique();
    }
}

public class MentorConfiguration : IEntityTypeConfiguration<Mentor>
{
    public void Configure(EntityTypeBuilder<Mentor> b)
    {
        b.Property(x => x.Competences).HasMaxLength(2000);
        b.Property(x => x.Distinction).HasMaxLength(500);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.PersonId).IsUnique();
        b.HasMany(x => x.CoveredDeficits).WithMany().UsingEntity("MentorDeficits",
            l => l.HasOne(typeof(Deficit)).WithMany().HasForeignKey("DeficitId").OnDelete(DeleteBehavior.Cascade),
            r => r.HasOne(typeof(Mentor)).WithMany().HasForeignKey("MentorId").OnDelete(DeleteBehavior.Cascade),
            j => j.HasKey("MentorId", "DeficitId"));
    }
}

public class MenteeConfiguration : IEntityTypeConfiguration<Mentee>
{
    public void Configure(EntityTypeBuilder<Mentee> b)
    {
        b.Property(x => x.Request).HasMaxLength(2000);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.PersonId).IsUnique();
        b.HasIndex(x => new { x.IsArchived, x.Category });
        b.HasMany(x => x.Deficits).WithMany().UsingEntity("MenteeDeficits",
            l => l.HasOne(typeof(Deficit)).WithMany().HasForeignKey("DeficitId").OnDelete(DeleteBehavior.Cascade),
            r => r.HasOne(typeof(Mentee)).WithMany().HasForeignKey("MenteeId").OnDelete(DeleteBehavior.Cascade),
            j => j.HasKey("MenteeId", "DeficitId"));
    }
}
