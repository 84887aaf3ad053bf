using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Territory;

namespace Nastavnik.Web.Data.Configurations;

/// <summary>JSON columns for the small lists and maps of a campaign (a form's questions, an organization's answers).</summary>
internal static class Json<T> where T : class, new()
{
    public static void Column(PropertyBuilder<T> p) => p.HasConversion(
        v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
        v => JsonSerializer.Deserialize<T>(v, (JsonSerializerOptions?)null) ?? new T(),
        new ValueComparer<T>((a, b) => JsonSerializer.Serialize(a, (JsonSerializerOptions?)null) == JsonSerializer.Serialize(b, (JsonSerializerOptions?)null),
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null).GetHashCode(),
            v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, (JsonSerializerOptions?)null), (JsonSerializerOptions?)null)!));
}

public class MonitoringCampaignConfiguration : IEntityTypeConfiguration<MonitoringCampaign>
{
    public void Configure(EntityTypeBuilder<MonitoringCampaign> b)
    {
        b.ToTable("MonitoringCampaigns");
        b.Property(x => x.Title).HasMaxLength(500);
        Json<List<CampaignQuestion>>.Column(b.Property(x => x.Questions));
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RegionId, x.Year });
    }
}

public class CampaignResponseConfiguration : IEntityTypeConfiguration<CampaignResponse>
{
    public void Configure(EntityTypeBuilder<CampaignResponse> b)
    {
        b.ToTable("CampaignResponses");
        Json<Dictionary<string, string>>.Column(b.Property(x => x.Answers));
        Json<Dictionary<string, string>>.Column(b.Property(x => x.Prefilled));
        Json<Dictionary<string, string>>.Column(b.Property(x => x.ChangeReasons));
        b.Property(x => x.ReturnReason).HasMaxLength(2000);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasOne<MonitoringCampaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CampaignId, x.OrganizationId }).IsUnique();
        b.HasIndex(x => new { x.CampaignId, x.MunicipalityId, x.Status });
    }
}

public class RegionMethodologyConfiguration : IEntityTypeConfiguration<RegionMethodology>
{
    public void Configure(EntityTypeBuilder<RegionMethodology> b)
    {
        b.ToTable("RegionMethodologies");
        Json<List<EffectivenessCriterion>>.Column(b.Property(x => x.Criteria));
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(x => x.Methodology);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.RegionId).IsUnique();
    }
}

public class TerritoryTargetConfiguration : IEntityTypeConfiguration<TerritoryTarget>
{
    public void Configure(EntityTypeBuilder<TerritoryTarget> b)
    {
        b.ToTable("TerritoryTargets");
        b.Property(x => x.Value).HasPrecision(18, 2);
        b.Property(x => x.Document).HasMaxLength(500);
        b.Property(x => x.SetBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RegionId, x.Level, x.TerritoryId, x.Metric, x.Year }).IsUnique();
    }
}

public class ReportTextConfiguration : IEntityTypeConfiguration<Domain.Reports.ReportText>
{
    public void Configure(EntityTypeBuilder<Domain.Reports.ReportText> b)
    {
        b.ToTable("ReportTexts");
        b.Property(x => x.Conclusions).HasMaxLength(Domain.Reports.ReportText.MaxLength);
        b.Property(x => x.Recommendations).HasMaxLength(Domain.Reports.ReportText.MaxLength);
        b.Property(x => x.EditedBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RegionId, x.Level, x.TerritoryId, x.Year }).IsUnique();
    }
}
