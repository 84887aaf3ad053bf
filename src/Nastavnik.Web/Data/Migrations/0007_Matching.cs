using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Matching drafts of programs: the run (weights, mode, removed pairs) and its proposals.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000007_Matching")]
public partial class Matching : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(name: "MatchingRuns", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            ProgramId = table.Column<int>(nullable: false),
            Status = table.Column<int>(nullable: false),
            Mode = table.Column<int>(nullable: false),
            Weights = table.Column<string>(nullable: false, maxLength: 500),
            NotWith = table.Column<string>(nullable: false),
            JobId = table.Column<Guid>(nullable: true),
            TotalScore = table.Column<long>(nullable: false),
            MenteesConsidered = table.Column<int>(nullable: false),
            MentorsConsidered = table.Column<int>(nullable: false),
            UsedCandidates = table.Column<bool>(nullable: false),
            CreatedByUserId = table.Column<string>(nullable: false, maxLength: 450),
            CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            SolvedAt = table.Column<DateTimeOffset>(nullable: true),
            ApprovedAt = table.Column<DateTimeOffset>(nullable: true),
            ConcurrencyStamp = table.Column<Guid>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_MatchingRuns", x => x.Id);
            table.ForeignKey(name: "FK_MatchingRuns_Programs_ProgramId", column: x => x.ProgramId, principalTable: "Programs", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable(name: "MatchingProposals", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            RunId = table.Column<int>(nullable: false),
            MenteeId = table.Column<int>(nullable: false),
            MentorId = table.Column<int>(nullable: true),
            Score = table.Column<int>(nullable: false),
            Explanation = table.Column<string>(nullable: false),
            UnmatchedReason = table.Column<string>(nullable: true, maxLength: 1000),
            IsLocked = table.Column<bool>(nullable: false),
        },
        constraints: table =>
        {
            table.PrimaryKey("PK_MatchingProposals", x => x.Id);
            table.ForeignKey(name: "FK_MatchingProposals_MatchingRuns_RunId", column: x => x.RunId, principalTable: "MatchingRuns", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            table.ForeignKey(name: "FK_MatchingProposals_Mentees_MenteeId", column: x => x.MenteeId, principalTable: "Mentees", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            table.ForeignKey(name: "FK_MatchingProposals_Mentors_MentorId", column: x => x.MentorId, principalTable: "Mentors", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });


        migrationBuilder.CreateIndex(name: "IX_MatchingProposals_MenteeId", table: "MatchingProposals", columns: new[] { "MenteeId" });
        migrationBuilder.CreateIndex(name: "IX_MatchingProposals_MentorId", table: "MatchingProposals", columns: new[] { "MentorId" });
        migrationBuilder.CreateIndex(name: "IX_MatchingProposals_RunId_MenteeId", table: "MatchingProposals", columns: new[] { "RunId", "MenteeId" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_MatchingRuns_ProgramId_Status", table: "MatchingRuns", columns: new[] { "ProgramId", "Status" });
    }
}
