using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nastavnik.Domain.Territory;

namespace Nastavnik.Web.Data.Configurations;

public class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.TimeZoneId).HasMaxLength(64).HasDefaultValue(Region.DefaultTimeZone);
        b.HasIndex(x => x.Name).IsUnique();
    }
}

public class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasOne(x => x.Region).WithMany(r => r.Municipalities).HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RegionId, x.Name }).IsUnique();
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken().HasDefaultValue(Guid.Empty);
    }
}

public class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.Property(x => x.Name).HasMaxLength(500);
        b.Property(x => x.ShortName).HasMaxLength(200);
        b.Property(x => x.Inn).HasMaxLength(12);
        b.Property(x => x.Address).HasMaxLength(500);
        b.Property(x => x.Ogrn).HasMaxLength(15);
        b.Property(x => x.Site).HasMaxLength(300);
        b.Property(x => x.HeadName).HasMaxLength(300);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken().HasDefaultValue(Guid.Empty);
        b.HasOne(x => x.MergedInto).WithMany().HasForeignKey(x => x.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        // ИНН is unique within a region (checked by TerritoryService); the index serves the look-ups by ИНН.
        b.HasIndex(x => x.Inn);
        b.HasOne(x => x.Municipality).WithMany(m => m.Organizations).HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.MunicipalityId, x.Name }).IsUnique();
        b.Ignore(x => x.IsPartner);
        b.Ignore(x => x.DisplayName);
    }
}
