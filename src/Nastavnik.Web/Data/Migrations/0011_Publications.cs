using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Events and their participants, contests (experts, applications, scores), local acts with versions, news;
/// the practice bank's review and attributes; a mentor's distinction for the public page.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000011_Publications")]
public partial class Publications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Distinction", table: "Mentors", nullable: true, maxLength: 500);
        migrationBuilder.AddColumn<int>(name: "Form", table: "PracticeCases", nullable: true);
        migrationBuilder.AddColumn<int>(name: "Format", table: "PracticeCases", nullable: true);
        migrationBuilder.AddColumn<int>(name: "Level", table: "PracticeCases", nullable: false, defaultValue: 2);
        migrationBuilder.AddColumn<string>(name: "Subject", table: "PracticeCases", nullable: true, maxLength: 200);
        migrationBuilder.AddColumn<string>(name: "ReviewComment", table: "PracticeCases", nullable: true, maxLength: 2000);

        migrationBuilder.CreateTable(name: "LocalActKinds", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            RegionId = table.Column<int>(nullable: false),
            Name = table.Column<string>(nullable: false, maxLength: 300),
            Required = table.Column<bool>(nullable: false),
            SortOrder = table.Column<int>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_LocalActKinds", x => x.Id);
            table.ForeignKey(name: "FK_LocalActKinds_Regions_RegionId", column: x => x.RegionId, principalTable: "Regions", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "Contests", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            RegionId = table.Column<int>(nullable: false),
            MunicipalityId = table.Column<int>(nullable: true),
            OrganizationId = table.Column<int>(nullable: true),
            Title = table.Column<string>(nullable: false, maxLength: 500),
            Year = table.Column<int>(nullable: false),
            Description = table.Column<string>(nullable: true, maxLength: 8000),
            ApplicationsUntil = table.Column<DateOnly>(nullable: false),
            Stage = table.Column<int>(nullable: false),
            Nominations = table.Column<string>(nullable: false),
            Criteria = table.Column<string>(nullable: false),
            ResultDocument = table.Column<string>(nullable: true, maxLength: 500),
            IsPublic = table.Column<bool>(nullable: false),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Contests", x => x.Id);
            table.ForeignKey(name: "FK_Contests_Municipalities_MunicipalityId", column: x => x.MunicipalityId, principalTable: "Municipalities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_Contests_Organizations_OrganizationId", column: x => x.OrganizationId, principalTable: "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_Contests_Regions_RegionId", column: x => x.RegionId, principalTable: "Regions", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        });

        migrationBuilder.CreateTable(name: "Events", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            RegionId = table.Column<int>(nullable: false),
            MunicipalityId = table.Column<int>(nullable: true),
            OrganizationId = table.Column<int>(nullable: true),
            Kind = table.Column<int>(nullable: false),
            Title = table.Column<string>(nullable: false, maxLength: 500),
            Organizer = table.Column<string>(nullable: true, maxLength: 500),
            StartsOn = table.Column<DateOnly>(nullable: false),
            EndsOn = table.Column<DateOnly>(nullable: true),
            Time = table.Column<string>(nullable: true, maxLength: 100),
            Place = table.Column<string>(nullable: true, maxLength: 500),
            OnlineUrl = table.Column<string>(nullable: true, maxLength: 1000),
            Audience = table.Column<string>(nullable: true, maxLength: 500),
            Capacity = table.Column<int>(nullable: true),
            Description = table.Column<string>(nullable: true, maxLength: 8000),
            IsPublic = table.Column<bool>(nullable: false),
            Status = table.Column<int>(nullable: false),
            ResultDocument = table.Column<string>(nullable: true, maxLength: 500),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Events", x => x.Id);
            table.ForeignKey(name: "FK_Events_Municipalities_MunicipalityId", column: x => x.MunicipalityId, principalTable: "Municipalities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_Events_Organizations_OrganizationId", column: x => x.OrganizationId, principalTable: "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_Events_Regions_RegionId", column: x => x.RegionId, principalTable: "Regions", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        });

        migrationBuilder.CreateTable(name: "LocalActs", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            RegionId = table.Column<int>(nullable: false),
            MunicipalityId = table.Column<int>(nullable: true),
            OrganizationId = table.Column<int>(nullable: true),
            KindId = table.Column<int>(nullable: false),
            Title = table.Column<string>(nullable: false, maxLength: 500),
            Number = table.Column<string>(nullable: true, maxLength: 100),
            AdoptedOn = table.Column<DateOnly>(nullable: true),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_LocalActs", x => x.Id);
            table.ForeignKey(name: "FK_LocalActs_LocalActKinds_KindId", column: x => x.KindId, principalTable: "LocalActKinds", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_LocalActs_Municipalities_MunicipalityId", column: x => x.MunicipalityId, principalTable: "Municipalities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_LocalActs_Organizations_OrganizationId", column: x => x.OrganizationId, principalTable: "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_LocalActs_Regions_RegionId", column: x => x.RegionId, principalTable: "Regions", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        });

        migrationBuilder.CreateTable(name: "NewsPosts", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            RegionId = table.Column<int>(nullable: false),
            MunicipalityId = table.Column<int>(nullable: true),
            OrganizationId = table.Column<int>(nullable: true),
            Title = table.Column<string>(nullable: false, maxLength: 300),
            Body = table.Column<string>(nullable: false, maxLength: 8000),
            ImageFileId = table.Column<int>(nullable: true),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            PublishedAt = table.Column<DateTimeOffset>(nullable: true),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_NewsPosts", x => x.Id);
            table.ForeignKey(name: "FK_NewsPosts_Files_ImageFileId", column: x => x.ImageFileId, principalTable: "Files", principalColumn: "Id", onDelete: ReferentialAction.SetNull);
            table.ForeignKey(name: "FK_NewsPosts_Municipalities_MunicipalityId", column: x => x.MunicipalityId, principalTable: "Municipalities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_NewsPosts_Organizations_OrganizationId", column: x => x.OrganizationId, principalTable: "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_NewsPosts_Regions_RegionId", column: x => x.RegionId, principalTable: "Regions", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        });

        migrationBuilder.CreateTable(name: "ContestExperts", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            ContestId = table.Column<int>(nullable: false),
            UserId = table.Column<string>(nullable: false),
            FullName = table.Column<string>(nullable: false, maxLength: 300),
            OrganizationId = table.Column<int>(nullable: true),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_ContestExperts", x => x.Id);
            table.ForeignKey(name: "FK_ContestExperts_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            table.ForeignKey(name: "FK_ContestExperts_Contests_ContestId", column: x => x.ContestId, principalTable: "Contests", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            table.ForeignKey(name: "FK_ContestExperts_Organizations_OrganizationId", column: x => x.OrganizationId, principalTable: "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        });

        migrationBuilder.CreateTable(name: "LocalActVersions", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            ActId = table.Column<int>(nullable: false),
            Version = table.Column<int>(nullable: false),
            FileId = table.Column<int>(nullable: false),
            Note = table.Column<string>(nullable: true, maxLength: 1000),
            UploadedAt = table.Column<DateTimeOffset>(nullable: false),
            PublishedAt = table.Column<DateTimeOffset>(nullable: true),
            PublishedBy = table.Column<string>(nullable: true, maxLength: 300),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_LocalActVersions", x => x.Id);
            table.ForeignKey(name: "FK_LocalActVersions_Files_FileId", column: x => x.FileId, principalTable: "Files", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_LocalActVersions_LocalActs_ActId", column: x => x.ActId, principalTable: "LocalActs", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "ContestApplications", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            ContestId = table.Column<int>(nullable: false),
            Nomination = table.Column<string>(nullable: false, maxLength: 300),
            Title = table.Column<string>(nullable: false, maxLength: 500),
            ApplicantName = table.Column<string>(nullable: false, maxLength: 500),
            PersonId = table.Column<int>(nullable: true),
            OrganizationId = table.Column<int>(nullable: false),
            MunicipalityId = table.Column<int>(nullable: false),
            Summary = table.Column<string>(nullable: true, maxLength: 8000),
            SubmittedAt = table.Column<DateTimeOffset>(nullable: false),
            Place = table.Column<int>(nullable: true),
            AwardTitle = table.Column<string>(nullable: true, maxLength: 100),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_ContestApplications", x => x.Id);
            table.ForeignKey(name: "FK_ContestApplications_Contests_ContestId", column: x => x.ContestId, principalTable: "Contests", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            table.ForeignKey(name: "FK_ContestApplications_Municipalities_MunicipalityId", column: x => x.MunicipalityId, principalTable: "Municipalities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_ContestApplications_Organizations_OrganizationId", column: x => x.OrganizationId, principalTable: "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_ContestApplications_People_PersonId", column: x => x.PersonId, principalTable: "People", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        });

        migrationBuilder.CreateTable(name: "EventParticipants", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            EventId = table.Column<int>(nullable: false),
            PersonId = table.Column<int>(nullable: true),
            FullName = table.Column<string>(nullable: false, maxLength: 300),
            Email = table.Column<string>(nullable: true, maxLength: 300),
            Organization = table.Column<string>(nullable: true, maxLength: 500),
            Invited = table.Column<bool>(nullable: false),
            Attended = table.Column<bool>(nullable: false),
            RegisteredAt = table.Column<DateTimeOffset>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_EventParticipants", x => x.Id);
            table.ForeignKey(name: "FK_EventParticipants_Events_EventId", column: x => x.EventId, principalTable: "Events", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            table.ForeignKey(name: "FK_EventParticipants_People_PersonId", column: x => x.PersonId, principalTable: "People", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "ContestAssignments", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            ContestId = table.Column<int>(nullable: false),
            ApplicationId = table.Column<int>(nullable: false),
            ExpertId = table.Column<int>(nullable: false),
            Scores = table.Column<string>(nullable: false),
            Comment = table.Column<string>(nullable: true, maxLength: 4000),
            SubmittedAt = table.Column<DateTimeOffset>(nullable: true),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_ContestAssignments", x => x.Id);
            table.ForeignKey(name: "FK_ContestAssignments_ContestApplications_ApplicationId", column: x => x.ApplicationId, principalTable: "ContestApplications", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_ContestAssignments_ContestExperts_ExpertId", column: x => x.ExpertId, principalTable: "ContestExperts", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            table.ForeignKey(name: "FK_ContestAssignments_Contests_ContestId", column: x => x.ContestId, principalTable: "Contests", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "PracticeCaseDeficits", columns: table => new
        {
            CaseId = table.Column<int>(nullable: false),
            DeficitId = table.Column<int>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_PracticeCaseDeficits", x => new { x.CaseId, x.DeficitId });
            table.ForeignKey(name: "FK_PracticeCaseDeficits_Deficits_DeficitId", column: x => x.DeficitId, principalTable: "Deficits", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            table.ForeignKey(name: "FK_PracticeCaseDeficits_PracticeCases_CaseId", column: x => x.CaseId, principalTable: "PracticeCases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateIndex(name: "IX_ContestApplications_ContestId_Nomination", table: "ContestApplications", columns: new[] { "ContestId", "Nomination" });
        migrationBuilder.CreateIndex(name: "IX_ContestApplications_MunicipalityId", table: "ContestApplications", columns: new[] { "MunicipalityId" });
        migrationBuilder.CreateIndex(name: "IX_ContestApplications_OrganizationId", table: "ContestApplications", columns: new[] { "OrganizationId" });
        migrationBuilder.CreateIndex(name: "IX_ContestApplications_PersonId", table: "ContestApplications", columns: new[] { "PersonId" });
        migrationBuilder.CreateIndex(name: "IX_ContestAssignments_ApplicationId_ExpertId", table: "ContestAssignments", columns: new[] { "ApplicationId", "ExpertId" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_ContestAssignments_ContestId", table: "ContestAssignments", columns: new[] { "ContestId" });
        migrationBuilder.CreateIndex(name: "IX_ContestAssignments_ExpertId", table: "ContestAssignments", columns: new[] { "ExpertId" });
        migrationBuilder.CreateIndex(name: "IX_ContestExperts_ContestId_UserId", table: "ContestExperts", columns: new[] { "ContestId", "UserId" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_ContestExperts_OrganizationId", table: "ContestExperts", columns: new[] { "OrganizationId" });
        migrationBuilder.CreateIndex(name: "IX_ContestExperts_UserId", table: "ContestExperts", columns: new[] { "UserId" });
        migrationBuilder.CreateIndex(name: "IX_Contests_MunicipalityId", table: "Contests", columns: new[] { "MunicipalityId" });
        migrationBuilder.CreateIndex(name: "IX_Contests_OrganizationId", table: "Contests", columns: new[] { "OrganizationId" });
        migrationBuilder.CreateIndex(name: "IX_Contests_RegionId_MunicipalityId_OrganizationId", table: "Contests", columns: new[] { "RegionId", "MunicipalityId", "OrganizationId" });
        migrationBuilder.CreateIndex(name: "IX_Contests_RegionId_Year", table: "Contests", columns: new[] { "RegionId", "Year" });
        migrationBuilder.CreateIndex(name: "IX_EventParticipants_EventId_PersonId", table: "EventParticipants", columns: new[] { "EventId", "PersonId" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_EventParticipants_PersonId", table: "EventParticipants", columns: new[] { "PersonId" });
        migrationBuilder.CreateIndex(name: "IX_Events_MunicipalityId", table: "Events", columns: new[] { "MunicipalityId" });
        migrationBuilder.CreateIndex(name: "IX_Events_OrganizationId", table: "Events", columns: new[] { "OrganizationId" });
        migrationBuilder.CreateIndex(name: "IX_Events_RegionId_MunicipalityId_OrganizationId", table: "Events", columns: new[] { "RegionId", "MunicipalityId", "OrganizationId" });
        migrationBuilder.CreateIndex(name: "IX_Events_RegionId_StartsOn", table: "Events", columns: new[] { "RegionId", "StartsOn" });
        migrationBuilder.CreateIndex(name: "IX_LocalActKinds_RegionId_Name", table: "LocalActKinds", columns: new[] { "RegionId", "Name" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_LocalActs_KindId", table: "LocalActs", columns: new[] { "KindId" });
        migrationBuilder.CreateIndex(name: "IX_LocalActs_MunicipalityId", table: "LocalActs", columns: new[] { "MunicipalityId" });
        migrationBuilder.CreateIndex(name: "IX_LocalActs_OrganizationId", table: "LocalActs", columns: new[] { "OrganizationId" });
        migrationBuilder.CreateIndex(name: "IX_LocalActs_RegionId_MunicipalityId_OrganizationId", table: "LocalActs", columns: new[] { "RegionId", "MunicipalityId", "OrganizationId" });
        migrationBuilder.CreateIndex(name: "IX_LocalActVersions_ActId_Version", table: "LocalActVersions", columns: new[] { "ActId", "Version" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_LocalActVersions_FileId", table: "LocalActVersions", columns: new[] { "FileId" });
        migrationBuilder.CreateIndex(name: "IX_NewsPosts_ImageFileId", table: "NewsPosts", columns: new[] { "ImageFileId" });
        migrationBuilder.CreateIndex(name: "IX_NewsPosts_MunicipalityId", table: "NewsPosts", columns: new[] { "MunicipalityId" });
        migrationBuilder.CreateIndex(name: "IX_NewsPosts_OrganizationId", table: "NewsPosts", columns: new[] { "OrganizationId" });
        migrationBuilder.CreateIndex(name: "IX_NewsPosts_RegionId_MunicipalityId_OrganizationId", table: "NewsPosts", columns: new[] { "RegionId", "MunicipalityId", "OrganizationId" });
        migrationBuilder.CreateIndex(name: "IX_NewsPosts_RegionId_PublishedAt", table: "NewsPosts", columns: new[] { "RegionId", "PublishedAt" });
        migrationBuilder.CreateIndex(name: "IX_PracticeCaseDeficits_DeficitId", table: "PracticeCaseDeficits", columns: new[] { "DeficitId" });

        // Russian full-text search over the practice bank (the same expression CaseService queries with).
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
            migrationBuilder.Sql("CREATE INDEX \"IX_PracticeCases_FullText\" ON \"PracticeCases\" USING GIN (to_tsvector('russian', "
                + "\"Title\" || ' ' || coalesce(\"Problem\", '') || ' ' || coalesce(\"Solution\", '') || ' ' || coalesce(\"Results\", '') || ' ' || coalesce(\"Subject\", '')))");
    }
}
