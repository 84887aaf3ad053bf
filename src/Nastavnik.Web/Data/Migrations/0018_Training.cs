using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Training of mentors and curators: course programs of a territory, people enrolled by an order and their
/// documents on finishing; a mentor's completion links to the training record it wrote into the base of mentors.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261202000018_Training")]
public partial class Training : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(name: "TrainingCourses", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            RegionId = table.Column<int>(nullable: false),
            MunicipalityId = table.Column<int>(nullable: true),
            OrganizationId = table.Column<int>(nullable: true),
            Kind = table.Column<int>(nullable: false),
            Name = table.Column<string>(nullable: false, maxLength: 500),
            Provider = table.Column<string>(nullable: false, maxLength: 500),
            Hours = table.Column<int>(nullable: false),
            StartsOn = table.Column<DateOnly>(nullable: false),
            EndsOn = table.Column<DateOnly>(nullable: false),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_TrainingCourses", x => x.Id);
            table.ForeignKey(name: "FK_TrainingCourses_Municipalities_MunicipalityId", column: x => x.MunicipalityId, principalTable: "Municipalities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_TrainingCourses_Organizations_OrganizationId", column: x => x.OrganizationId, principalTable: "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_TrainingCourses_Regions_RegionId", column: x => x.RegionId, principalTable: "Regions", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        });
        migrationBuilder.CreateIndex(name: "IX_TrainingCourses_MunicipalityId", table: "TrainingCourses", columns: new[] { "MunicipalityId" });
        migrationBuilder.CreateIndex(name: "IX_TrainingCourses_OrganizationId", table: "TrainingCourses", columns: new[] { "OrganizationId" });
        migrationBuilder.CreateIndex(name: "IX_TrainingCourses_RegionId_MunicipalityId_OrganizationId", table: "TrainingCourses", columns: new[] { "RegionId", "MunicipalityId", "OrganizationId" });
        migrationBuilder.CreateIndex(name: "IX_TrainingCourses_RegionId_StartsOn", table: "TrainingCourses", columns: new[] { "RegionId", "StartsOn" });

        migrationBuilder.CreateTable(name: "CourseEnrolments", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            CourseId = table.Column<int>(nullable: false),
            PersonId = table.Column<int>(nullable: false),
            Role = table.Column<int>(nullable: false),
            OrderNumber = table.Column<string>(nullable: false, maxLength: 100),
            OrderDate = table.Column<DateOnly>(nullable: false),
            DocumentKind = table.Column<int>(nullable: true),
            DocumentNumber = table.Column<string>(nullable: true, maxLength: 100),
            DocumentDate = table.Column<DateOnly>(nullable: true),
            PreparationId = table.Column<int>(nullable: true),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_CourseEnrolments", x => x.Id);
            table.ForeignKey(name: "FK_CourseEnrolments_TrainingCourses_CourseId", column: x => x.CourseId, principalTable: "TrainingCourses", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            table.ForeignKey(name: "FK_CourseEnrolments_People_PersonId", column: x => x.PersonId, principalTable: "People", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            table.ForeignKey(name: "FK_CourseEnrolments_MentorPreparations_PreparationId", column: x => x.PreparationId, principalTable: "MentorPreparations", principalColumn: "Id", onDelete: ReferentialAction.SetNull);
        });
        migrationBuilder.CreateIndex(name: "IX_CourseEnrolments_CourseId_PersonId", table: "CourseEnrolments", columns: new[] { "CourseId", "PersonId" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_CourseEnrolments_PersonId_Role_DocumentDate", table: "CourseEnrolments", columns: new[] { "PersonId", "Role", "DocumentDate" });
        migrationBuilder.CreateIndex(name: "IX_CourseEnrolments_PreparationId", table: "CourseEnrolments", columns: new[] { "PreparationId" }, unique: true);

        // «Обучение пройдено» typed on the mentor form before now gets the record it lacked (dated the day the mentor was
        // included), so the base of mentors and the figure «наставников, прошедших обучение» read the same records.
        migrationBuilder.Sql("""
            INSERT INTO "MentorPreparations" ("MentorId", "Kind", "HeldOn", "Passed", "Outcome")
            SELECT m."Id", 0, m."IncludedOn", TRUE, 'обучение отмечено в базе наставников до учёта обучения по документам'
            FROM "Mentors" m
            WHERE m."TrainingStatus" = 2
              AND NOT EXISTS (SELECT 1 FROM "MentorPreparations" p WHERE p."MentorId" = m."Id" AND p."Kind" = 0 AND p."Passed" = TRUE)
            """);
    }
}
