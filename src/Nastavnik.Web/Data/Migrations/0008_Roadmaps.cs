using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Roadmaps: sections, activities, due dates, indicators with targets and actuals per year; the cascade between
/// levels (parent, required children and their template) and the link to the previous period's roadmap.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000008_Roadmaps")]
public partial class Roadmaps : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(name: "Roadmaps", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            Level = table.Column<int>(nullable: false),
            RegionId = table.Column<int>(nullable: true),
            MunicipalityId = table.Column<int>(nullable: true),
            OrganizationId = table.Column<int>(nullable: true),
            Title = table.Column<string>(nullable: false, maxLength: 2000),
            PeriodStart = table.Column<DateOnly>(nullable: false),
            PeriodEnd = table.Column<DateOnly>(nullable: false),
            OrderNumber = table.Column<string>(nullable: true, maxLength: 50),
            OrderDate = table.Column<DateOnly>(nullable: true),
            Status = table.Column<int>(nullable: false),
            AllowedDeviationPercent = table.Column<Decimal>(nullable: false),
            SourceFileName = table.Column<string>(nullable: true, maxLength: 255),
            ParentId = table.Column<int>(nullable: true),
            PreviousId = table.Column<int>(nullable: true),
            ChildRequirement = table.Column<int>(nullable: false),
            ChildTemplate = table.Column<int>(nullable: false),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Roadmaps", x => x.Id);
            table.ForeignKey(name: "FK_Roadmaps_Municipalities_MunicipalityId", column: x => x.MunicipalityId, principalTable: "Municipalities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_Roadmaps_Organizations_OrganizationId", column: x => x.OrganizationId, principalTable: "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_Roadmaps_Regions_RegionId", column: x => x.RegionId, principalTable: "Regions", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_Roadmaps_Roadmaps_ParentId", column: x => x.ParentId, principalTable: "Roadmaps", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_Roadmaps_Roadmaps_PreviousId", column: x => x.PreviousId, principalTable: "Roadmaps", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        });

        migrationBuilder.CreateTable(name: "RoadmapSections", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            RoadmapId = table.Column<int>(nullable: false),
            Position = table.Column<int>(nullable: false),
            Number = table.Column<string>(nullable: true, maxLength: 20),
            Title = table.Column<string>(nullable: false, maxLength: 2000),
            Stage = table.Column<string>(nullable: true, maxLength: 200),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_RoadmapSections", x => x.Id);
            table.ForeignKey(name: "FK_RoadmapSections_Roadmaps_RoadmapId", column: x => x.RoadmapId, principalTable: "Roadmaps", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "RoadmapActivities", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            RoadmapId = table.Column<int>(nullable: false),
            SectionId = table.Column<int>(nullable: false),
            Position = table.Column<int>(nullable: false),
            Number = table.Column<string>(nullable: true, maxLength: 20),
            Title = table.Column<string>(nullable: false, maxLength: 4000),
            Code = table.Column<string>(nullable: true, maxLength: 50),
            ResultForm = table.Column<string>(nullable: true, maxLength: 2000),
            ExpectedResult = table.Column<string>(nullable: true, maxLength: 4000),
            ScheduleText = table.Column<string>(nullable: true, maxLength: 1000),
            ScheduleNeedsReview = table.Column<bool>(nullable: false),
            ScheduleNote = table.Column<string>(nullable: true, maxLength: 500),
            Responsible = table.Column<string>(nullable: true, maxLength: 2000),
            RegionalExecutors = table.Column<string>(nullable: true, maxLength: 2000),
            OrganizationExecutors = table.Column<string>(nullable: true, maxLength: 2000),
            Status = table.Column<int>(nullable: false),
            Comment = table.Column<string>(nullable: true, maxLength: 4000),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_RoadmapActivities", x => x.Id);
            table.ForeignKey(name: "FK_RoadmapActivities_RoadmapSections_SectionId", column: x => x.SectionId, principalTable: "RoadmapSections", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            table.ForeignKey(name: "FK_RoadmapActivities_Roadmaps_RoadmapId", column: x => x.RoadmapId, principalTable: "Roadmaps", principalColumn: "Id", onDelete: ReferentialAction.NoAction);
        });

        migrationBuilder.CreateTable(name: "ActivityDueDates", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            ActivityId = table.Column<int>(nullable: false),
            DueOn = table.Column<DateOnly>(nullable: false),
            DoneOn = table.Column<DateOnly>(nullable: true),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_ActivityDueDates", x => x.Id);
            table.ForeignKey(name: "FK_ActivityDueDates_RoadmapActivities_ActivityId", column: x => x.ActivityId, principalTable: "RoadmapActivities", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "ActivityIndicators", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            ActivityId = table.Column<int>(nullable: false),
            Description = table.Column<string>(nullable: false, maxLength: 1000),
            Unit = table.Column<int>(nullable: false),
            Source = table.Column<int>(nullable: false),
            EveryYearTarget = table.Column<Decimal>(nullable: true),
            AllowedDeviationPercent = table.Column<Decimal>(nullable: true),
            NeedsReview = table.Column<bool>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_ActivityIndicators", x => x.Id);
            table.ForeignKey(name: "FK_ActivityIndicators_RoadmapActivities_ActivityId", column: x => x.ActivityId, principalTable: "RoadmapActivities", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "IndicatorYears", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            IndicatorId = table.Column<int>(nullable: false),
            Year = table.Column<int>(nullable: false),
            Target = table.Column<Decimal>(nullable: true),
            Actual = table.Column<Decimal>(nullable: true),
            Evidence = table.Column<string>(nullable: true, maxLength: 4000),
            EvidenceLink = table.Column<string>(nullable: true, maxLength: 1000),
            ReportedAt = table.Column<DateTimeOffset>(nullable: true),
            ReportedBy = table.Column<string>(nullable: true, maxLength: 300),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_IndicatorYears", x => x.Id);
            table.ForeignKey(name: "FK_IndicatorYears_ActivityIndicators_IndicatorId", column: x => x.IndicatorId, principalTable: "ActivityIndicators", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateIndex(name: "IX_ActivityDueDates_ActivityId", table: "ActivityDueDates", columns: new[] { "ActivityId" });

        migrationBuilder.CreateIndex(name: "IX_ActivityDueDates_DueOn_DoneOn", table: "ActivityDueDates", columns: new[] { "DueOn", "DoneOn" });

        migrationBuilder.CreateIndex(name: "IX_ActivityIndicators_ActivityId", table: "ActivityIndicators", columns: new[] { "ActivityId" });

        migrationBuilder.CreateIndex(name: "IX_IndicatorYears_IndicatorId_Year", table: "IndicatorYears", columns: new[] { "IndicatorId", "Year" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_RoadmapActivities_RoadmapId_Position", table: "RoadmapActivities", columns: new[] { "RoadmapId", "Position" });

        migrationBuilder.CreateIndex(name: "IX_RoadmapActivities_SectionId", table: "RoadmapActivities", columns: new[] { "SectionId" });

        migrationBuilder.CreateIndex(name: "IX_Roadmaps_MunicipalityId", table: "Roadmaps", columns: new[] { "MunicipalityId" });

        migrationBuilder.CreateIndex(name: "IX_Roadmaps_OrganizationId", table: "Roadmaps", columns: new[] { "OrganizationId" });

        migrationBuilder.CreateIndex(name: "IX_Roadmaps_ParentId", table: "Roadmaps", columns: new[] { "ParentId" });

        migrationBuilder.CreateIndex(name: "IX_Roadmaps_PreviousId", table: "Roadmaps", columns: new[] { "PreviousId" });

        migrationBuilder.CreateIndex(name: "IX_Roadmaps_RegionId", table: "Roadmaps", columns: new[] { "RegionId" });

        migrationBuilder.CreateIndex(name: "IX_RoadmapSections_RoadmapId_Position", table: "RoadmapSections", columns: new[] { "RoadmapId", "Position" });
    }
}
