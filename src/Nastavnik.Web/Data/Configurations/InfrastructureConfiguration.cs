using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nastavnik.Domain.Audit;
using Nastavnik.Domain.Imports;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Jobs;

namespace Nastavnik.Web.Data.Configurations;

public class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.FullName).HasMaxLength(300);
        b.Ignore(x => x.Scope);
    }
}

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.EntityType).HasMaxLength(100);
        b.Property(x => x.Action).HasMaxLength(50);
        b.HasIndex(x => new { x.OrganizationId, x.At });
        b.HasIndex(x => new { x.EntityType, x.EntityId });
    }
}

public class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.Prefix).HasMaxLength(16);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class BackgroundJobConfiguration : IEntityTypeConfiguration<BackgroundJob>
{
    public void Configure(EntityTypeBuilder<BackgroundJob> b)
    {
        b.Property(x => x.Kind).HasMaxLength(50);
        b.Property(x => x.ProgressMessage).HasMaxLength(500);
        b.Property(x => x.CreatedByUserId).HasMaxLength(450);
        b.Property(x => x.ClaimedBy).HasMaxLength(200);
        b.Property(x => x.Attempts).HasDefaultValue(0);
        b.HasIndex(x => new { x.Status, x.CreatedAt });
    }
}

public class ImportSessionConfiguration : IEntityTypeConfiguration<ImportSession>
{
    public void Configure(EntityTypeBuilder<ImportSession> b)
    {
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.FileName).HasMaxLength(300);
    }
}

public class ImportColumnMappingConfiguration : IEntityTypeConfiguration<ImportColumnMapping>
{
    public void Configure(EntityTypeBuilder<ImportColumnMapping> b)
    {
        b.Property(x => x.Header).HasMaxLength(300);
        b.Property(x => x.FieldKey).HasMaxLength(50);
        b.HasIndex(x => new { x.OrganizationId, x.Target, x.Header }).IsUnique();
    }
}
