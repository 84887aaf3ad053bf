using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Registry import: the header row the user chose in the preview, and the registry categories he chose for
/// category values the system did not know. Questionnaires: whom a version is for (teachers or pupils).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261202000020_ImportHeaderAndValues")]
public partial class ImportHeaderAndValues : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "HeaderRow", table: "ImportSessions", nullable: true);
        migrationBuilder.AddColumn<string>(name: "ValueMapping", table: "ImportSessions", nullable: true);
        migrationBuilder.AddColumn<int>(name: "Audience", table: "Questionnaires", nullable: false, defaultValue: 0);
    }
}
