using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Concurrency stamps on the editable records that had none: roadmap activities (status, comment, indicator
/// source) and the region's local act kinds (the required list). A stale form is then a conflict, not an overwrite.
/// Existing rows start from one common stamp; the next save of each renews it.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000014_EditStamps")]
public partial class EditStamps : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "ConcurrencyStamp", table: "RoadmapActivities", nullable: false, defaultValue: Guid.Empty);
        migrationBuilder.AddColumn<Guid>(name: "ConcurrencyStamp", table: "LocalActKinds", nullable: false, defaultValue: Guid.Empty);
    }
}
