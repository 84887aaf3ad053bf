using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Going live: several roles per account (RoleGrants; each existing account gets its one role as a grant),
/// one-time account links (invitations, password resets), the e-mail outbox, and consent links stored hashed with an
/// expiry and a revocation (the table is made anew: links issued before kept plain tokens).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261202000015_Accounts")]
public partial class Accounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTimeOffset>(name: "ActivatedAt", table: "AspNetUsers", nullable: true);

        migrationBuilder.CreateTable(name: "RoleGrants", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            UserId = table.Column<string>(maxLength: 450, nullable: false),
            Role = table.Column<int>(nullable: false),
            RegionId = table.Column<int>(nullable: true),
            MunicipalityId = table.Column<int>(nullable: true),
            OrganizationId = table.Column<int>(nullable: true),
            PersonId = table.Column<int>(nullable: true),
            GrantedAt = table.Column<DateTimeOffset>(nullable: false),
            GrantedByUserId = table.Column<string>(maxLength: 450, nullable: true),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_RoleGrants", x => x.Id);
            table.ForeignKey(name: "FK_RoleGrants_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex(name: "IX_RoleGrants_UserId", table: "RoleGrants", column: "UserId");
        migrationBuilder.CreateIndex(name: "IX_RoleGrants_OrganizationId", table: "RoleGrants", column: "OrganizationId");
        var now = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL" ? "now()" : "'2026-12-02 00:00:00+00:00'";
        migrationBuilder.Sql($"""
            INSERT INTO "RoleGrants" ("UserId", "Role", "RegionId", "MunicipalityId", "OrganizationId", "PersonId", "GrantedAt")
            SELECT "Id", "Role", "RegionId", "MunicipalityId", "OrganizationId", "PersonId", {now} FROM "AspNetUsers"
            """);

        migrationBuilder.CreateTable(name: "AccountLinks", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            Kind = table.Column<int>(nullable: false),
            UserId = table.Column<string>(maxLength: 450, nullable: false),
            Email = table.Column<string>(maxLength: 256, nullable: false),
            TokenHash = table.Column<string>(maxLength: 64, nullable: false),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            ExpiresAt = table.Column<DateTimeOffset>(nullable: false),
            OpenedAt = table.Column<DateTimeOffset>(nullable: true),
            UsedAt = table.Column<DateTimeOffset>(nullable: true),
            RevokedAt = table.Column<DateTimeOffset>(nullable: true),
            CreatedByUserId = table.Column<string>(maxLength: 450, nullable: true),
            RegionId = table.Column<int>(nullable: true),
            MunicipalityId = table.Column<int>(nullable: true),
            OrganizationId = table.Column<int>(nullable: true),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_AccountLinks", x => x.Id);
            table.ForeignKey(name: "FK_AccountLinks_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex(name: "IX_AccountLinks_TokenHash", table: "AccountLinks", column: "TokenHash", unique: true);
        migrationBuilder.CreateIndex(name: "IX_AccountLinks_UserId", table: "AccountLinks", column: "UserId");
        migrationBuilder.CreateIndex(name: "IX_AccountLinks_RegionId_MunicipalityId_OrganizationId", table: "AccountLinks", columns: ["RegionId", "MunicipalityId", "OrganizationId"]);

        migrationBuilder.CreateTable(name: "OutboxMessages", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            To = table.Column<string>(maxLength: 256, nullable: false),
            Subject = table.Column<string>(maxLength: 300, nullable: false),
            Body = table.Column<string>(nullable: false),
            Status = table.Column<int>(nullable: false),
            Attempts = table.Column<int>(nullable: false),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            NextAttemptAt = table.Column<long>(nullable: false),
            LockedUntil = table.Column<long>(nullable: true),
            LockedBy = table.Column<string>(maxLength: 200, nullable: true),
            SentAt = table.Column<DateTimeOffset>(nullable: true),
            LastError = table.Column<string>(maxLength: 500, nullable: true),
            RegionId = table.Column<int>(nullable: true),
            MunicipalityId = table.Column<int>(nullable: true),
            OrganizationId = table.Column<int>(nullable: true),
        },
        constraints: table => table.PrimaryKey("PK_OutboxMessages", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_OutboxMessages_Status_NextAttemptAt", table: "OutboxMessages", columns: ["Status", "NextAttemptAt"]);
        migrationBuilder.CreateIndex(name: "IX_OutboxMessages_RegionId_Status", table: "OutboxMessages", columns: ["RegionId", "Status"]);

        // Links issued before stored their plain token: they are dropped (the consents given through them stay in Consents).
        migrationBuilder.DropTable(name: "ConsentRequests");
        migrationBuilder.CreateTable(name: "ConsentRequests", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            PersonId = table.Column<int>(nullable: false),
            TokenHash = table.Column<string>(maxLength: 64, nullable: false),
            Purpose = table.Column<string>(maxLength: 500, nullable: false),
            SentTo = table.Column<string>(maxLength: 256, nullable: true),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            ExpiresAt = table.Column<DateTimeOffset>(nullable: false),
            UsedAt = table.Column<DateTimeOffset>(nullable: true),
            RevokedAt = table.Column<DateTimeOffset>(nullable: true),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_ConsentRequests", x => x.Id);
            table.ForeignKey(name: "FK_ConsentRequests_People_PersonId", column: x => x.PersonId, principalTable: "People", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex(name: "IX_ConsentRequests_PersonId", table: "ConsentRequests", column: "PersonId");
        migrationBuilder.CreateIndex(name: "IX_ConsentRequests_TokenHash", table: "ConsentRequests", column: "TokenHash", unique: true);

        // Questionnaire links too are kept only as hashes; the plain links issued before are revoked (answers stay).
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL") HashQuestionnaireLinksOnPostgres(migrationBuilder);
        else HashQuestionnaireLinksOnSqlite(migrationBuilder);
    }

    private const string RevokeOldLinks = """
        "ExpiresAt" = "CreatedAt", "RevokedAt" = CASE WHEN "AnsweredAt" IS NULL THEN "CreatedAt" END
        """;

    private static void HashQuestionnaireLinksOnPostgres(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Invitations_Token", table: "Invitations");
        migrationBuilder.RenameColumn(name: "Token", table: "Invitations", newName: "TokenHash");
        migrationBuilder.AddColumn<DateTimeOffset>(name: "ExpiresAt", table: "Invitations", nullable: true);
        migrationBuilder.AddColumn<DateTimeOffset>(name: "RevokedAt", table: "Invitations", nullable: true);
        migrationBuilder.Sql($"""UPDATE "Invitations" SET {RevokeOldLinks}""");
        migrationBuilder.AlterColumn<DateTimeOffset>(name: "ExpiresAt", table: "Invitations", nullable: false, oldClrType: typeof(DateTimeOffset), oldNullable: true);
        migrationBuilder.CreateIndex(name: "IX_Invitations_TokenHash", table: "Invitations", column: "TokenHash", unique: true);
    }

    /// <summary>SQLite cannot make a column NOT NULL in place: the table is made anew and the rows copied.</summary>
    private static void HashQuestionnaireLinksOnSqlite(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Invitations_Token", table: "Invitations");
        migrationBuilder.DropIndex(name: "IX_Invitations_PersonId", table: "Invitations");
        migrationBuilder.DropIndex(name: "IX_Invitations_QuestionnaireId", table: "Invitations");
        migrationBuilder.RenameTable(name: "Invitations", newName: "InvitationsBefore0015");
        migrationBuilder.CreateTable(name: "Invitations", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
            QuestionnaireId = table.Column<int>(nullable: false),
            PersonId = table.Column<int>(nullable: true),
            Respondent = table.Column<int>(nullable: false),
            TokenHash = table.Column<string>(nullable: false, maxLength: 64),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            ExpiresAt = table.Column<DateTimeOffset>(nullable: false),
            RevokedAt = table.Column<DateTimeOffset>(nullable: true),
            AnsweredAt = table.Column<DateTimeOffset>(nullable: true),
            Answers = table.Column<string>(nullable: true),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Invitations", x => x.Id);
            table.ForeignKey(name: "FK_Invitations_People_PersonId", column: x => x.PersonId, principalTable: "People", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            table.ForeignKey(name: "FK_Invitations_Questionnaires_QuestionnaireId", column: x => x.QuestionnaireId, principalTable: "Questionnaires", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.Sql("""
            INSERT INTO "Invitations" ("Id", "QuestionnaireId", "PersonId", "Respondent", "TokenHash", "CreatedAt", "ExpiresAt", "RevokedAt", "AnsweredAt", "Answers")
            SELECT "Id", "QuestionnaireId", "PersonId", "Respondent", "Token", "CreatedAt", "CreatedAt",
                   CASE WHEN "AnsweredAt" IS NULL THEN "CreatedAt" END, "AnsweredAt", "Answers" FROM "InvitationsBefore0015"
            """);
        migrationBuilder.DropTable(name: "InvitationsBefore0015");
        migrationBuilder.CreateIndex(name: "IX_Invitations_PersonId", table: "Invitations", column: "PersonId");
        migrationBuilder.CreateIndex(name: "IX_Invitations_QuestionnaireId", table: "Invitations", column: "QuestionnaireId");
        migrationBuilder.CreateIndex(name: "IX_Invitations_TokenHash", table: "Invitations", column: "TokenHash", unique: true);
    }
}
