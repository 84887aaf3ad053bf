using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Mentorship programs and the steps of their roadmaps.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122000002_Programs")]
public partial class Programs : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(name: "Programs", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            OrganizationId = table.Column<int>(nullable: false),
            Name = table.Column<string>(nullable: false, maxLength: 500),
            Form = table.Column<int>(nullable: false),
            Format = table.Column<int>(nullable: false),
            ModelElement = table.Column<int>(nullable: false),
            StartsOn = table.Column<DateOnly>(nullable: false),
            EndsOn = table.Column<DateOnly>(nullable: false),
            CuratorName = table.Column<string>(nullable: true, maxLength: 300),
            Goals = table.Column<string>(nullable: true, maxLength: 4000),
            Status = table.Column<int>(nullable: false),
            Template = table.Column<int>(nullable: false),
            RequiresMentorPreparation = table.Column<bool>(nullable: false),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Programs", x => x.Id);
            table.ForeignKey(name: "FK_Programs_Organizations_OrganizationId", column: x => x.OrganizationId, principalTable: "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        });

        migrationBuilder.CreateTable(name: "ProgramSteps", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            ProgramId = table.Column<int>(nullable: false),
            Number = table.Column<int>(nullable: false),
            Title = table.Column<string>(nullable: false, maxLength: 1000),
            Stage = table.Column<int>(nullable: false),
            DueOn = table.Column<DateOnly>(nullable: false),
            Responsible = table.Column<string>(nullable: true, maxLength: 300),
            DoneOn = table.Column<DateOnly>(nullable: true),
            Evidence = table.Column<string>(nullable: true, maxLength: 2000),
            EvidenceLink = table.Column<string>(nullable: true, maxLength: 1000),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_ProgramSteps", x => x.Id);
            table.ForeignKey(name: "FK_ProgramSteps_Programs_ProgramId", column: x => x.ProgramId, principalTable: "Programs", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateIndex(name: "IX_Programs_OrganizationId_Status", table: "Programs", columns: new[] { "OrganizationId", "Status" });

        migrationBuilder.CreateIndex(name: "IX_ProgramSteps_ProgramId_Number", table: "ProgramSteps", columns: new[] { "ProgramId", "Number" });
    }
}
