using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>A roadmap keeps the goal and tasks of the program document it came with, and the mentorship program it was
/// attached to on import (whose period it takes when the document has none).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261202000021_RoadmapProgram")]
public partial class RoadmapProgram : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Goal", table: "Roadmaps", nullable: true, maxLength: 4000);
        migrationBuilder.AddColumn<string>(name: "Tasks", table: "Roadmaps", nullable: true, maxLength: 8000);
        migrationBuilder.AddColumn<int>(name: "ProgramId", table: "Roadmaps", nullable: true);
    }
}
