using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>The analytic report's conclusions and recommendations as a territory edited them for a year; a region's time
/// zone, so that an event's calendar entry keeps its local time (the regions the system knows get theirs).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261202000019_ReportTextsAndTimeZones")]
public partial class ReportTextsAndTimeZones : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(name: "ReportTexts", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            RegionId = table.Column<int>(nullable: false),
            Level = table.Column<int>(nullable: false),
            TerritoryId = table.Column<int>(nullable: false),
            Year = table.Column<int>(nullable: false),
            Conclusions = table.Column<string>(nullable: false, maxLength: 20000),
            Recommendations = table.Column<string>(nullable: false, maxLength: 20000),
            EditedBy = table.Column<string>(nullable: false, maxLength: 256),
            EditedAt = table.Column<DateTimeOffset>(nullable: false),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_ReportTexts", x => x.Id);
            table.ForeignKey(name: "FK_ReportTexts_Regions_RegionId", column: x => x.RegionId, principalTable: "Regions", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex(name: "IX_ReportTexts_RegionId_Level_TerritoryId_Year", table: "ReportTexts",
            columns: new[] { "RegionId", "Level", "TerritoryId", "Year" }, unique: true);

        migrationBuilder.AddColumn<string>(name: "TimeZoneId", table: "Regions", nullable: false, maxLength: 64, defaultValue: "Europe/Moscow");
        migrationBuilder.Sql("UPDATE \"Regions\" SET \"TimeZoneId\" = 'Asia/Tomsk' WHERE \"Name\" = 'Томская область'");
        migrationBuilder.Sql("UPDATE \"Regions\" SET \"TimeZoneId\" = 'Asia/Irkutsk' WHERE \"Name\" = 'Иркутская область'");
    }
}
