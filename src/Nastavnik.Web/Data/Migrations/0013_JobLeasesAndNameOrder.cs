using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Job leases (a killed instance's job is taken over) and the registries' default order as an index
/// (a region's first page by name without sorting the whole base).</summary>
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
    }
}
