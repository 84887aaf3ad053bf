using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>The rest of a program's lifecycle: partners, mentor preparation records, development plans, feedback,
/// awards, practice cases, stored files; pair outcome, planned end and replacement; meeting attendance; feedback interval.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122000006_Lifecycle")]
public partial class Lifecycle : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "FeedbackEveryWeeks", table: "Programs", nullable: false, defaultValue: 4);
        migrationBuilder.AddColumn<DateOnly>(name: "PlannedEndOn", table: "Pairs", nullable: true);
        migrationBuilder.AddColumn<int>(name: "Outcome", table: "Pairs", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>(name: "ReplacesPairId", table: "Pairs", nullable: true);
        migrationBuilder.AddColumn<bool>(name: "Attended", table: "Meetings", nullable: false, defaultValue: true);

        migrationBuilder.CreateTable(name: "Files", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            Owner = table.Column<int>(nullable: false),
            OwnerId = table.Column<int>(nullable: false),
            FileName = table.Column<string>(nullable: false, maxLength: 255),
            ContentType = table.Column<string>(nullable: false, maxLength: 200),
            Length = table.Column<long>(nullable: false),
            Content = table.Column<byte[]>(nullable: false),
            UploadedAt = table.Column<DateTimeOffset>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Files", x => x.Id);
        });

        migrationBuilder.CreateTable(name: "Awards", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            ProgramId = table.Column<int>(nullable: false),
            PersonId = table.Column<int>(nullable: false),
            Title = table.Column<string>(nullable: false, maxLength: 500),
            AwardedOn = table.Column<DateOnly>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Awards", x => x.Id);
            table.ForeignKey(name: "FK_Awards_People_PersonId", column: x => x.PersonId, principalTable: "People", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_Awards_Programs_ProgramId", column: x => x.ProgramId, principalTable: "Programs", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "PracticeCases", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            OrganizationId = table.Column<int>(nullable: false),
            ProgramId = table.Column<int>(nullable: true),
            Title = table.Column<string>(nullable: false, maxLength: 500),
            Problem = table.Column<string>(nullable: true, maxLength: 8000),
            Solution = table.Column<string>(nullable: true, maxLength: 8000),
            Results = table.Column<string>(nullable: true, maxLength: 8000),
            Author = table.Column<string>(nullable: true, maxLength: 300),
            Status = table.Column<int>(nullable: false),
            PublishedOn = table.Column<DateOnly>(nullable: true),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_PracticeCases", x => x.Id);
            table.ForeignKey(name: "FK_PracticeCases_Organizations_OrganizationId", column: x => x.OrganizationId, principalTable: "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_PracticeCases_Programs_ProgramId", column: x => x.ProgramId, principalTable: "Programs", principalColumn: "Id", onDelete: ReferentialAction.SetNull);
        });

        migrationBuilder.CreateTable(name: "ProgramPartners", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            ProgramId = table.Column<int>(nullable: false),
            OrganizationId = table.Column<int>(nullable: true),
            Name = table.Column<string>(nullable: false, maxLength: 500),
            AgreementNumber = table.Column<string>(nullable: true, maxLength: 50),
            AgreementDate = table.Column<DateOnly>(nullable: true),
            Role = table.Column<string>(nullable: true, maxLength: 1000),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_ProgramPartners", x => x.Id);
            table.ForeignKey(name: "FK_ProgramPartners_Organizations_OrganizationId", column: x => x.OrganizationId, principalTable: "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_ProgramPartners_Programs_ProgramId", column: x => x.ProgramId, principalTable: "Programs", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "MentorPreparations", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            MentorId = table.Column<int>(nullable: false),
            Kind = table.Column<int>(nullable: false),
            HeldOn = table.Column<DateOnly>(nullable: false),
            Passed = table.Column<bool>(nullable: false),
            Outcome = table.Column<string>(nullable: true, maxLength: 2000),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_MentorPreparations", x => x.Id);
            table.ForeignKey(name: "FK_MentorPreparations_Mentors_MentorId", column: x => x.MentorId, principalTable: "Mentors", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "Feedback", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            PairId = table.Column<int>(nullable: false),
            Author = table.Column<int>(nullable: false),
            GivenOn = table.Column<DateOnly>(nullable: false),
            Rating = table.Column<int>(nullable: false),
            Text = table.Column<string>(nullable: true, maxLength: 4000),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Feedback", x => x.Id);
            table.ForeignKey(name: "FK_Feedback_Pairs_PairId", column: x => x.PairId, principalTable: "Pairs", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "PlanTasks", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            PairId = table.Column<int>(nullable: false),
            Title = table.Column<string>(nullable: false, maxLength: 1000),
            DeficitId = table.Column<int>(nullable: true),
            DueOn = table.Column<DateOnly>(nullable: false),
            DoneOn = table.Column<DateOnly>(nullable: true),
            Result = table.Column<string>(nullable: true, maxLength: 4000),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_PlanTasks", x => x.Id);
            table.ForeignKey(name: "FK_PlanTasks_Deficits_DeficitId", column: x => x.DeficitId, principalTable: "Deficits", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_PlanTasks_Pairs_PairId", column: x => x.PairId, principalTable: "Pairs", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateIndex(name: "IX_Awards_PersonId", table: "Awards", columns: new[] { "PersonId" });

        migrationBuilder.CreateIndex(name: "IX_Awards_ProgramId", table: "Awards", columns: new[] { "ProgramId" });

        migrationBuilder.CreateIndex(name: "IX_Feedback_PairId_GivenOn", table: "Feedback", columns: new[] { "PairId", "GivenOn" });

        migrationBuilder.CreateIndex(name: "IX_Files_Owner_OwnerId", table: "Files", columns: new[] { "Owner", "OwnerId" });

        migrationBuilder.CreateIndex(name: "IX_MentorPreparations_MentorId", table: "MentorPreparations", columns: new[] { "MentorId" });

        migrationBuilder.CreateIndex(name: "IX_PlanTasks_DeficitId", table: "PlanTasks", columns: new[] { "DeficitId" });

        migrationBuilder.CreateIndex(name: "IX_PlanTasks_PairId", table: "PlanTasks", columns: new[] { "PairId" });

        migrationBuilder.CreateIndex(name: "IX_PracticeCases_OrganizationId", table: "PracticeCases", columns: new[] { "OrganizationId" });

        migrationBuilder.CreateIndex(name: "IX_PracticeCases_ProgramId", table: "PracticeCases", columns: new[] { "ProgramId" });

        migrationBuilder.CreateIndex(name: "IX_PracticeCases_Status_PublishedOn", table: "PracticeCases", columns: new[] { "Status", "PublishedOn" });

        migrationBuilder.CreateIndex(name: "IX_ProgramPartners_OrganizationId", table: "ProgramPartners", columns: new[] { "OrganizationId" });

        migrationBuilder.CreateIndex(name: "IX_ProgramPartners_ProgramId", table: "ProgramPartners", columns: new[] { "ProgramId" });

        migrationBuilder.CreateTable(name: "ConsentRequests", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            PersonId = table.Column<int>(nullable: false),
            Token = table.Column<string>(nullable: false, maxLength: 64),
            Purpose = table.Column<string>(nullable: false, maxLength: 500),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            UsedAt = table.Column<DateTimeOffset>(nullable: true),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_ConsentRequests", x => x.Id);
            table.ForeignKey(name: "FK_ConsentRequests_People_PersonId", column: x => x.PersonId, principalTable: "People", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateIndex(name: "IX_ConsentRequests_PersonId", table: "ConsentRequests", columns: new[] { "PersonId" });

        migrationBuilder.CreateIndex(name: "IX_ConsentRequests_Token", table: "ConsentRequests", columns: new[] { "Token" }, unique: true);
    }
}
