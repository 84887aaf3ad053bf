using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Questionnaires (question sets as JSON) and personal invitations with their answers.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122000005_Questionnaires")]
public partial class Questionnaires : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(name: "Questionnaires", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            OrganizationId = table.Column<int>(nullable: false),
            ProgramId = table.Column<int>(nullable: true),
            Title = table.Column<string>(nullable: false, maxLength: 500),
            Kind = table.Column<int>(nullable: false),
            Questions = table.Column<string>(nullable: false),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Questionnaires", x => x.Id);
            table.ForeignKey(name: "FK_Questionnaires_Organizations_OrganizationId", column: x => x.OrganizationId, principalTable: "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        });

        migrationBuilder.CreateTable(name: "Invitations", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            QuestionnaireId = table.Column<int>(nullable: false),
            PersonId = table.Column<int>(nullable: true),
            Respondent = table.Column<int>(nullable: false),
            Token = table.Column<string>(nullable: false, maxLength: 64),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            AnsweredAt = table.Column<DateTimeOffset>(nullable: true),
            Answers = table.Column<string>(nullable: true),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Invitations", x => x.Id);
            table.ForeignKey(name: "FK_Invitations_People_PersonId", column: x => x.PersonId, principalTable: "People", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            table.ForeignKey(name: "FK_Invitations_Questionnaires_QuestionnaireId", column: x => x.QuestionnaireId, principalTable: "Questionnaires", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateIndex(name: "IX_Invitations_PersonId", table: "Invitations", columns: new[] { "PersonId" });

        migrationBuilder.CreateIndex(name: "IX_Invitations_QuestionnaireId", table: "Invitations", columns: new[] { "QuestionnaireId" });

        migrationBuilder.CreateIndex(name: "IX_Invitations_Token", table: "Invitations", columns: new[] { "Token" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_Questionnaires_OrganizationId", table: "Questionnaires", columns: new[] { "OrganizationId" });
    }
}
