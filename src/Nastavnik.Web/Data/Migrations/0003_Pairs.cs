using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Mentoring pairs and groups of programs.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122000003_Pairs")]
public partial class Pairs : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(name: "Pairs", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            ProgramId = table.Column<int>(nullable: false),
            MentorId = table.Column<int>(nullable: false),
            MenteeId = table.Column<int>(nullable: false),
            GroupName = table.Column<string>(nullable: true, maxLength: 200),
            Status = table.Column<int>(nullable: false),
            FormedOn = table.Column<DateOnly>(nullable: false),
            OrderNumber = table.Column<string>(nullable: true, maxLength: 50),
            OrderDate = table.Column<DateOnly>(nullable: true),
            EndedOn = table.Column<DateOnly>(nullable: true),
            EndReason = table.Column<string>(nullable: true, maxLength: 1000),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Pairs", x => x.Id);
            table.ForeignKey(name: "FK_Pairs_Mentees_MenteeId", column: x => x.MenteeId, principalTable: "Mentees", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_Pairs_Mentors_MentorId", column: x => x.MentorId, principalTable: "Mentors", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_Pairs_Programs_ProgramId", column: x => x.ProgramId, principalTable: "Programs", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateIndex(name: "IX_Pairs_MenteeId", table: "Pairs", columns: new[] { "MenteeId" });

        migrationBuilder.CreateIndex(name: "IX_Pairs_MentorId", table: "Pairs", columns: new[] { "MentorId" });

        migrationBuilder.CreateIndex(name: "IX_Pairs_ProgramId_Status", table: "Pairs", columns: new[] { "ProgramId", "Status" });
    }
}
