using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Targets belong to a territory: the targets a territory sets for itself in the indicator catalogue (with the
/// document they come from), and the link of a roadmap's indicator to the catalogue indicator it sets targets for; the
/// filters of an indicator whose fact comes from the events calendar (kind, organizing level).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261202000017_TerritoryTargets")]
public partial class TerritoryTargets : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(name: "TerritoryTargets", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            RegionId = table.Column<int>(nullable: false),
            Level = table.Column<int>(nullable: false),
            TerritoryId = table.Column<int>(nullable: false),
            Metric = table.Column<int>(nullable: false),
            Year = table.Column<int>(nullable: false),
            Value = table.Column<decimal>(nullable: false),
            Document = table.Column<string>(nullable: false, maxLength: 500),
            SetBy = table.Column<string>(nullable: false, maxLength: 256),
            SetAt = table.Column<DateTimeOffset>(nullable: false),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_TerritoryTargets", x => x.Id);
            table.ForeignKey(name: "FK_TerritoryTargets_Regions_RegionId", column: x => x.RegionId, principalTable: "Regions", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex(name: "IX_TerritoryTargets_RegionId_Level_TerritoryId_Metric_Year", table: "TerritoryTargets",
            columns: new[] { "RegionId", "Level", "TerritoryId", "Metric", "Year" }, unique: true);
        migrationBuilder.AddColumn<int>(name: "Metric", table: "ActivityIndicators", nullable: true);
        migrationBuilder.AddColumn<int>(name: "FactEventKind", table: "ActivityIndicators", nullable: true);
        migrationBuilder.AddColumn<int>(name: "FactLevel", table: "ActivityIndicators", nullable: true);
    }
}
