using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Monitoring campaigns and the organizations' answers to them.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000009_Monitoring")]
public partial class Monitoring : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(name: "MonitoringCampaigns", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            Kind = table.Column<int>(nullable: false),
            Title = table.Column<string>(nullable: false, maxLength: 500),
            Level = table.Column<int>(nullable: false),
            RegionId = table.Column<int>(nullable: false),
            MunicipalityId = table.Column<int>(nullable: true),
            Year = table.Column<int>(nullable: false),
            Deadline = table.Column<DateOnly>(nullable: false),
            IsClosed = table.Column<bool>(nullable: false),
            Questions = table.Column<string>(nullable: false),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_MonitoringCampaigns", x => x.Id);
            table.ForeignKey(name: "FK_MonitoringCampaigns_Municipalities_MunicipalityId", column: x => x.MunicipalityId, principalTable: "Municipalities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_MonitoringCampaigns_Regions_RegionId", column: x => x.RegionId, principalTable: "Regions", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        });

        migrationBuilder.CreateTable(name: "CampaignResponses", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            CampaignId = table.Column<int>(nullable: false),
            OrganizationId = table.Column<int>(nullable: false),
            MunicipalityId = table.Column<int>(nullable: false),
            Status = table.Column<int>(nullable: false),
            Answers = table.Column<string>(nullable: false),
            Prefilled = table.Column<string>(nullable: false),
            ChangeReasons = table.Column<string>(nullable: false),
            FilledAt = table.Column<DateTimeOffset>(nullable: true),
            SubmittedAt = table.Column<DateTimeOffset>(nullable: true),
            ReturnReason = table.Column<string>(nullable: true, maxLength: 2000),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_CampaignResponses", x => x.Id);
            table.ForeignKey(name: "FK_CampaignResponses_MonitoringCampaigns_CampaignId", column: x => x.CampaignId, principalTable: "MonitoringCampaigns", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            table.ForeignKey(name: "FK_CampaignResponses_Municipalities_MunicipalityId", column: x => x.MunicipalityId, principalTable: "Municipalities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_CampaignResponses_Organizations_OrganizationId", column: x => x.OrganizationId, principalTable: "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        });

        migrationBuilder.CreateIndex(name: "IX_CampaignResponses_CampaignId_MunicipalityId_Status", table: "CampaignResponses", columns: new[] { "CampaignId", "MunicipalityId", "Status" });

        migrationBuilder.CreateIndex(name: "IX_CampaignResponses_CampaignId_OrganizationId", table: "CampaignResponses", columns: new[] { "CampaignId", "OrganizationId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_CampaignResponses_MunicipalityId", table: "CampaignResponses", columns: new[] { "MunicipalityId" });

        migrationBuilder.CreateIndex(name: "IX_CampaignResponses_OrganizationId", table: "CampaignResponses", columns: new[] { "OrganizationId" });

        migrationBuilder.CreateIndex(name: "IX_MonitoringCampaigns_MunicipalityId", table: "MonitoringCampaigns", columns: new[] { "MunicipalityId" });

        migrationBuilder.CreateIndex(name: "IX_MonitoringCampaigns_RegionId_Year", table: "MonitoringCampaigns", columns: new[] { "RegionId", "Year" });
    }
}
