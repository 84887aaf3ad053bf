using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>The first schema: territory, people, consents, registries, accounts, tokens, audit, jobs, imports.
/// Drafted with `print-migration`; column types are chosen by each provider from the CLR types.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122000001_Initial")]
public partial class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AlterDatabase()
            .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

        migrationBuilder.CreateTable(name: "AspNetUsers", columns: table => new
        {
            Id = table.Column<string>(nullable: false),
            FullName = table.Column<string>(nullable: false, maxLength: 300),
            Role = table.Column<int>(nullable: false),
            RegionId = table.Column<int>(nullable: true),
            MunicipalityId = table.Column<int>(nullable: true),
            OrganizationId = table.Column<int>(nullable: true),
            PersonId = table.Column<int>(nullable: true),
            UserName = table.Column<string>(nullable: true, maxLength: 256),
            NormalizedUserName = table.Column<string>(nullable: true, maxLength: 256),
            Email = table.Column<string>(nullable: true, maxLength: 256),
            NormalizedEmail = table.Column<string>(nullable: true, maxLength: 256),
            EmailConfirmed = table.Column<bool>(nullable: false),
            PasswordHash = table.Column<string>(nullable: true),
            SecurityStamp = table.Column<string>(nullable: true),
            ConcurrencyStamp = table.Column<string>(nullable: true),
            PhoneNumber = table.Column<string>(nullable: true),
            PhoneNumberConfirmed = table.Column<bool>(nullable: false),
            TwoFactorEnabled = table.Column<bool>(nullable: false),
            LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
            LockoutEnabled = table.Column<bool>(nullable: false),
            AccessFailedCount = table.Column<int>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_AspNetUsers", x => x.Id);
        });

        migrationBuilder.CreateTable(name: "AuditEntries", columns: table => new
        {
            Id = table.Column<long>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            At = table.Column<DateTimeOffset>(nullable: false),
            UserId = table.Column<string>(nullable: true, maxLength: 450),
            UserName = table.Column<string>(nullable: false, maxLength: 256),
            EntityType = table.Column<string>(nullable: false, maxLength: 100),
            EntityId = table.Column<int>(nullable: false),
            Action = table.Column<string>(nullable: false, maxLength: 50),
            Changes = table.Column<string>(nullable: false),
            OrganizationId = table.Column<int>(nullable: true),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_AuditEntries", x => x.Id);
        });

        migrationBuilder.CreateTable(name: "Deficits", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            Name = table.Column<string>(nullable: false, maxLength: 300),
            Group = table.Column<int>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Deficits", x => x.Id);
        });

        migrationBuilder.CreateTable(name: "ImportColumnMappings", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            OrganizationId = table.Column<int>(nullable: false),
            Target = table.Column<int>(nullable: false),
            Header = table.Column<string>(nullable: false, maxLength: 300),
            FieldKey = table.Column<string>(nullable: false, maxLength: 50),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_ImportColumnMappings", x => x.Id);
        });

        migrationBuilder.CreateTable(name: "ImportSessions", columns: table => new
        {
            Id = table.Column<Guid>(nullable: false),
            UserId = table.Column<string>(nullable: false, maxLength: 450),
            OrganizationId = table.Column<int>(nullable: false),
            Target = table.Column<int>(nullable: false),
            FileName = table.Column<string>(nullable: false, maxLength: 300),
            Content = table.Column<byte[]>(nullable: false),
            Mapping = table.Column<string>(nullable: true),
            JobId = table.Column<Guid>(nullable: true),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_ImportSessions", x => x.Id);
        });

        migrationBuilder.CreateTable(name: "Jobs", columns: table => new
        {
            Id = table.Column<Guid>(nullable: false),
            Kind = table.Column<string>(nullable: false, maxLength: 50),
            Status = table.Column<int>(nullable: false),
            ProgressPercent = table.Column<int>(nullable: false),
            ProgressMessage = table.Column<string>(nullable: true, maxLength: 500),
            Payload = table.Column<string>(nullable: false),
            Result = table.Column<string>(nullable: true),
            Error = table.Column<string>(nullable: true),
            CreatedByUserId = table.Column<string>(nullable: false, maxLength: 450),
            OrganizationId = table.Column<int>(nullable: true),
            ClaimedBy = table.Column<string>(nullable: true, maxLength: 200),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            StartedAt = table.Column<DateTimeOffset>(nullable: true),
            FinishedAt = table.Column<DateTimeOffset>(nullable: true),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Jobs", x => x.Id);
        });

        migrationBuilder.CreateTable(name: "Regions", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            Name = table.Column<string>(nullable: false, maxLength: 200),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Regions", x => x.Id);
        });

        migrationBuilder.CreateTable(name: "AccessTokens", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            UserId = table.Column<string>(nullable: false),
            Name = table.Column<string>(nullable: false, maxLength: 200),
            TokenHash = table.Column<string>(nullable: false, maxLength: 64),
            Prefix = table.Column<string>(nullable: false, maxLength: 16),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            ExpiresAt = table.Column<DateTimeOffset>(nullable: true),
            RevokedAt = table.Column<DateTimeOffset>(nullable: true),
            LastUsedAt = table.Column<DateTimeOffset>(nullable: true),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_AccessTokens", x => x.Id);
            table.ForeignKey(name: "FK_AccessTokens_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "AspNetUserClaims", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            UserId = table.Column<string>(nullable: false),
            ClaimType = table.Column<string>(nullable: true),
            ClaimValue = table.Column<string>(nullable: true),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
            table.ForeignKey(name: "FK_AspNetUserClaims_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "AspNetUserLogins", columns: table => new
        {
            LoginProvider = table.Column<string>(nullable: false),
            ProviderKey = table.Column<string>(nullable: false),
            ProviderDisplayName = table.Column<string>(nullable: true),
            UserId = table.Column<string>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
            table.ForeignKey(name: "FK_AspNetUserLogins_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "AspNetUserTokens", columns: table => new
        {
            UserId = table.Column<string>(nullable: false),
            LoginProvider = table.Column<string>(nullable: false),
            Name = table.Column<string>(nullable: false),
            Value = table.Column<string>(nullable: true),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
            table.ForeignKey(name: "FK_AspNetUserTokens_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "Municipalities", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            RegionId = table.Column<int>(nullable: false),
            Name = table.Column<string>(nullable: false, maxLength: 200),
            Kind = table.Column<int>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Municipalities", x => x.Id);
            table.ForeignKey(name: "FK_Municipalities_Regions_RegionId", column: x => x.RegionId, principalTable: "Regions", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        });

        migrationBuilder.CreateTable(name: "Organizations", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            MunicipalityId = table.Column<int>(nullable: false),
            Name = table.Column<string>(nullable: false, maxLength: 500),
            ShortName = table.Column<string>(nullable: true, maxLength: 200),
            Type = table.Column<int>(nullable: false),
            Inn = table.Column<string>(nullable: true, maxLength: 12),
            Address = table.Column<string>(nullable: true, maxLength: 500),
            IsArchived = table.Column<bool>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Organizations", x => x.Id);
            table.ForeignKey(name: "FK_Organizations_Municipalities_MunicipalityId", column: x => x.MunicipalityId, principalTable: "Municipalities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        });

        migrationBuilder.CreateTable(name: "People", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            OrganizationId = table.Column<int>(nullable: false),
            LastName = table.Column<string>(nullable: false, maxLength: 100),
            FirstName = table.Column<string>(nullable: false, maxLength: 100),
            MiddleName = table.Column<string>(nullable: true, maxLength: 100),
            BirthDate = table.Column<DateOnly>(nullable: true),
            Sex = table.Column<int>(nullable: false),
            Email = table.Column<string>(nullable: true, maxLength: 200),
            Phone = table.Column<string>(nullable: true, maxLength: 50),
            Role = table.Column<int>(nullable: false),
            Position = table.Column<string>(nullable: true, maxLength: 200),
            Subjects = table.Column<string>(nullable: true, maxLength: 500),
            TotalExperienceYears = table.Column<int>(nullable: true),
            TeachingExperienceYears = table.Column<int>(nullable: true),
            QualificationCategory = table.Column<string>(nullable: true, maxLength: 100),
            Grade = table.Column<string>(nullable: true, maxLength: 20),
            Course = table.Column<int>(nullable: true),
            Specialty = table.Column<string>(nullable: true, maxLength: 200),
            ConsentState = table.Column<int>(nullable: false),
            ConsentValidUntil = table.Column<DateOnly>(nullable: true),
            SearchText = table.Column<string>(nullable: false, maxLength: 500),
            SubjectsSearch = table.Column<string>(nullable: true, maxLength: 500),
            IsArchived = table.Column<bool>(nullable: false),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_People", x => x.Id);
            table.ForeignKey(name: "FK_People_Organizations_OrganizationId", column: x => x.OrganizationId, principalTable: "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        });

        migrationBuilder.CreateTable(name: "Consents", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            PersonId = table.Column<int>(nullable: false),
            Purpose = table.Column<string>(nullable: false, maxLength: 500),
            GivenOn = table.Column<DateOnly>(nullable: false),
            ValidUntil = table.Column<DateOnly>(nullable: true),
            WithdrawnOn = table.Column<DateOnly>(nullable: true),
            RepresentativeName = table.Column<string>(nullable: true, maxLength: 300),
            RepresentativeRelation = table.Column<string>(nullable: true, maxLength: 100),
            DocumentNote = table.Column<string>(nullable: true, maxLength: 500),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Consents", x => x.Id);
            table.ForeignKey(name: "FK_Consents_People_PersonId", column: x => x.PersonId, principalTable: "People", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "Mentees", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            PersonId = table.Column<int>(nullable: false),
            Category = table.Column<int>(nullable: false),
            PriorityGroups = table.Column<int>(nullable: false),
            Request = table.Column<string>(nullable: true, maxLength: 2000),
            Notes = table.Column<string>(nullable: true, maxLength: 2000),
            IsArchived = table.Column<bool>(nullable: false),
            IncludedOn = table.Column<DateOnly>(nullable: false),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Mentees", x => x.Id);
            table.ForeignKey(name: "FK_Mentees_People_PersonId", column: x => x.PersonId, principalTable: "People", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "Mentors", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            PersonId = table.Column<int>(nullable: false),
            Competences = table.Column<string>(nullable: true, maxLength: 2000),
            Forms = table.Column<int>(nullable: false),
            Formats = table.Column<int>(nullable: false),
            Capacity = table.Column<int>(nullable: false),
            TrainingStatus = table.Column<int>(nullable: false),
            InterviewStatus = table.Column<int>(nullable: false),
            IsExpert = table.Column<bool>(nullable: false),
            Notes = table.Column<string>(nullable: true, maxLength: 2000),
            IsArchived = table.Column<bool>(nullable: false),
            IncludedOn = table.Column<DateOnly>(nullable: false),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_Mentors", x => x.Id);
            table.ForeignKey(name: "FK_Mentors_People_PersonId", column: x => x.PersonId, principalTable: "People", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "MenteeDeficits", columns: table => new
        {
            MenteeId = table.Column<int>(nullable: false),
            DeficitId = table.Column<int>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_MenteeDeficits", x => new { x.MenteeId, x.DeficitId });
            table.ForeignKey(name: "FK_MenteeDeficits_Deficits_DeficitId", column: x => x.DeficitId, principalTable: "Deficits", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            table.ForeignKey(name: "FK_MenteeDeficits_Mentees_MenteeId", column: x => x.MenteeId, principalTable: "Mentees", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "MentorDeficits", columns: table => new
        {
            MentorId = table.Column<int>(nullable: false),
            DeficitId = table.Column<int>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_MentorDeficits", x => new { x.MentorId, x.DeficitId });
            table.ForeignKey(name: "FK_MentorDeficits_Deficits_DeficitId", column: x => x.DeficitId, principalTable: "Deficits", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            table.ForeignKey(name: "FK_MentorDeficits_Mentors_MentorId", column: x => x.MentorId, principalTable: "Mentors", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateIndex(name: "IX_AccessTokens_TokenHash", table: "AccessTokens", columns: new[] { "TokenHash" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_AccessTokens_UserId", table: "AccessTokens", columns: new[] { "UserId" });

        migrationBuilder.CreateIndex(name: "IX_AspNetUserClaims_UserId", table: "AspNetUserClaims", columns: new[] { "UserId" });

        migrationBuilder.CreateIndex(name: "IX_AspNetUserLogins_UserId", table: "AspNetUserLogins", columns: new[] { "UserId" });

        migrationBuilder.CreateIndex(name: "EmailIndex", table: "AspNetUsers", columns: new[] { "NormalizedEmail" });

        migrationBuilder.CreateIndex(name: "UserNameIndex", table: "AspNetUsers", columns: new[] { "NormalizedUserName" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_AuditEntries_EntityType_EntityId", table: "AuditEntries", columns: new[] { "EntityType", "EntityId" });

        migrationBuilder.CreateIndex(name: "IX_AuditEntries_OrganizationId_At", table: "AuditEntries", columns: new[] { "OrganizationId", "At" });

        migrationBuilder.CreateIndex(name: "IX_Consents_PersonId", table: "Consents", columns: new[] { "PersonId" });

        migrationBuilder.CreateIndex(name: "IX_Deficits_Name", table: "Deficits", columns: new[] { "Name" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_ImportColumnMappings_OrganizationId_Target_Header", table: "ImportColumnMappings", columns: new[] { "OrganizationId", "Target", "Header" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_Jobs_Status_CreatedAt", table: "Jobs", columns: new[] { "Status", "CreatedAt" });

        migrationBuilder.CreateIndex(name: "IX_MenteeDeficits_DeficitId", table: "MenteeDeficits", columns: new[] { "DeficitId" });

        migrationBuilder.CreateIndex(name: "IX_Mentees_IsArchived_Category", table: "Mentees", columns: new[] { "IsArchived", "Category" });

        migrationBuilder.CreateIndex(name: "IX_Mentees_PersonId", table: "Mentees", columns: new[] { "PersonId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_MentorDeficits_DeficitId", table: "MentorDeficits", columns: new[] { "DeficitId" });

        migrationBuilder.CreateIndex(name: "IX_Mentors_PersonId", table: "Mentors", columns: new[] { "PersonId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_Municipalities_RegionId_Name", table: "Municipalities", columns: new[] { "RegionId", "Name" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_Organizations_MunicipalityId_Name", table: "Organizations", columns: new[] { "MunicipalityId", "Name" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_People_OrganizationId_LastName_FirstName", table: "People", columns: new[] { "OrganizationId", "LastName", "FirstName" });

        migrationBuilder.CreateIndex(name: "IX_People_SearchText", table: "People", columns: new[] { "SearchText" })
            .Annotation("Npgsql:IndexMethod", "gin")
            .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

        migrationBuilder.CreateIndex(name: "IX_Regions_Name", table: "Regions", columns: new[] { "Name" }, unique: true);
    }
}
