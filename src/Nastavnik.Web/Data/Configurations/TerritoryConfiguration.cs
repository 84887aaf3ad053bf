using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nastavnik.Domain.Territory;

namespace Nastavnik.Web.Data.Configurations;

public class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
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
        b.HasOne(x => x.Municipality).WithMany(m => m.Organizations).HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.MunicipalityId, x.Name }).IsUnique();
        b.Ignore(x => x.IsPartner);
        b.Ignore(x => x.DisplayName);
    }
}
