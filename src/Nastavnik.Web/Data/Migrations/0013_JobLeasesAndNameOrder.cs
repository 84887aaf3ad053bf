using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Job leases (a killed instance's job is taken over); the registries' default order as an index (a region's
/// first page by name without sorting the whole base); small indexes for the people without a valid consent.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000013_JobLeasesAndNameOrder")]
public partial class JobLeasesAndNameOrder : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "Attempts", table: "Jobs", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTimeOffset>(name: "HeartbeatAt", table: "Jobs", nullable: true);
        migrationBuilder.CreateIndex(name: "IX_People_LastName_FirstName_MiddleName_Id", table: "People",
            columns: ["LastName", "FirstName", "MiddleName", "Id"]);
        migrationBuilder.CreateIndex(name: "IX_People_WithoutConsent", table: "People", column: "Id", filter: "\"ConsentState\" <> 1");
        migrationBuilder.CreateIndex(name: "IX_People_ConsentValidUntil", table: "People", column: "ConsentValidUntil", filter: "\"ConsentValidUntil\" IS NOT NULL");
    }
}
