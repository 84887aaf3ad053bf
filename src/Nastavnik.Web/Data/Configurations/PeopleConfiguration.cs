using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nastavnik.Domain.People;

namespace Nastavnik.Web.Data.Configurations;

public class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(x => x.LastName).HasMaxLength(100);
        b.Property(x => x.FirstName).HasMaxLength(100);
        b.Property(x => x.MiddleName).HasMaxLength(100);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.Phone).HasMaxLength(50);
        b.Property(x => x.Position).HasMaxLength(200);
        b.Property(x => x.Subjects).HasMaxLength(500);
        b.Property(x => x.SubjectsSearch).HasMaxLength(500);
        b.Property(x => x.QualificationCategory).HasMaxLength(100);
        b.Property(x => x.Grade).HasMaxLength(20);
        b.Property(x => x.Specialty).HasMaxLength(200);
        b.Property(x => x.SearchText).HasMaxLength(500);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrganizationId, x.LastName, x.FirstName });
        // The registries' default order (by name, the person as tie-breaker): a region's first page without a sort.
        b.HasIndex(x => new { x.LastName, x.FirstName, x.MiddleName, x.Id });
        // «Без согласия» counters of a region (programs list, dashboard): the few people without a valid consent are
        // found through these two small indexes (combined by PostgreSQL) instead of reading the whole base.
        b.HasIndex(x => x.Id).HasDatabaseName("IX_People_WithoutConsent").HasFilter("\"ConsentState\" <> 1");
        b.HasIndex(x => x.ConsentValidUntil).HasFilter("\"ConsentValidUntil\" IS NOT NULL");
        // Trigram index: "%query%" search stays fast at 100 000 people in PostgreSQL; ignored by SQLite.
        b.HasIndex(x => x.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        b.Ignore(x => x.FullName);
    }
}

public class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> b)
    {
        b.Property(x => x.Purpose).HasMaxLength(500);
        b.Property(x => x.RepresentativeName).HasMaxLength(300);
        b.Property(x => x.RepresentativeRelation).HasMaxLength(100);
        b.Property(x => x.DocumentNote).HasMaxLength(500);
        b.HasOne(x => x.Person).WithMany(p => p.Consents).HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
