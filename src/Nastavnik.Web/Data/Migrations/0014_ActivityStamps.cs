using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>A concurrency stamp on roadmap activities: a stale status/comment or indicator-source form is a conflict,
/// not an overwrite. Existing activities start from one common stamp; the next save of each renews it.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000014_ActivityStamps")]
public partial class ActivityStamps : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "ConcurrencyStamp", table: "RoadmapActivities", nullable: false, defaultValue: Guid.Empty);
    }
}
