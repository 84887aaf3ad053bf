using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>The effectiveness methodology each region sets for itself.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000010_Methodology")]
public partial class Methodology : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(name: "RegionMethodologies", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            RegionId = table.Column<int>(nullable: false),
            Criteria = table.Column<string>(nullable: false),
            UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_RegionMethodologies", x => x.Id);
            table.ForeignKey(name: "FK_RegionMethodologies_Regions_RegionId", column: x => x.RegionId, principalTable: "Regions", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateIndex(name: "IX_RegionMethodologies_RegionId", table: "RegionMethodologies", columns: new[] { "RegionId" }, unique: true);
    }
}
