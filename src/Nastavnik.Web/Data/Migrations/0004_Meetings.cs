using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Meetings of mentoring pairs.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122000004_Meetings")]
public partial class Meetings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(name: "Meetings", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            PairId = table.Column<int>(nullable: false),
            Kind = table.Column<int>(nullable: false),
            HeldOn = table.Column<DateOnly>(nullable: false),
            DurationMinutes = table.Column<int>(nullable: false),
            Online = table.Column<bool>(nullable: false),
            Notes = table.Column<string>(nullable: true, maxLength: 4000),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Meetings", x => x.Id);
            table.ForeignKey(name: "FK_Meetings_Pairs_PairId", column: x => x.PairId, principalTable: "Pairs", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateIndex(name: "IX_Meetings_PairId_HeldOn", table: "Meetings", columns: new[] { "PairId", "HeldOn" });
    }
}
