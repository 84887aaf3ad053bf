using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Email;

namespace Nastavnik.Web.Data.Configurations;

public class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> b)
    {
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.GrantedByUserId).HasMaxLength(450);
        b.HasOne(x => x.User).WithMany(u => u.Grants).HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.UserId);
        b.HasIndex(x => x.OrganizationId);
        b.Ignore(x => x.Scope);
    }
}

public class AccountLinkConfiguration : IEntityTypeConfiguration<AccountLink>
{
    public void Configure(EntityTypeBuilder<AccountLink> b)
    {
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.CreatedByUserId).HasMaxLength(450);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.UserId);
        b.HasIndex(x => new { x.RegionId, x.MunicipalityId, x.OrganizationId });
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(x => x.To).HasMaxLength(256);
        b.Property(x => x.Subject).HasMaxLength(300);
        b.Property(x => x.LastError).HasMaxLength(500);
        b.Property(x => x.LockedBy).HasMaxLength(200);
        // Compared in SQL by the sender (due and lease times): SQLite cannot compare DateTimeOffset text, a UTC binary can.
        b.Property(x => x.NextAttemptAt).HasConversion(new DateTimeOffsetToBinaryConverter());
        b.Property(x => x.LockedUntil).HasConversion(new DateTimeOffsetToBinaryConverter());
        b.HasIndex(x => new { x.Status, x.NextAttemptAt });
        b.HasIndex(x => new { x.RegionId, x.Status });
    }
}
