using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>Territory administration: an organization's ОГРН, site, head and closing date (closed = archived; an
/// organization merged into another names it in MergedIntoId); a municipality's closing date; concurrency stamps on both
/// (the regional operator edits them); an index for the look-ups by ИНН. Organizations archived before this migration
/// get today as their closing date, so that IsArchived and ClosedOn agree.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261202000016_TerritoryAdmin")]
public partial class TerritoryAdmin : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Ogrn", table: "Organizations", nullable: true, maxLength: 15);
        migrationBuilder.AddColumn<string>(name: "Site", table: "Organizations", nullable: true, maxLength: 300);
        migrationBuilder.AddColumn<string>(name: "HeadName", table: "Organizations", nullable: true, maxLength: 300);
        migrationBuilder.AddColumn<DateOnly>(name: "ClosedOn", table: "Organizations", nullable: true);
        // SQLite cannot add a foreign key to an existing table, but it can add a column that carries one.
        var sqlite = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";
        if (sqlite)
            migrationBuilder.Sql("ALTER TABLE \"Organizations\" ADD COLUMN \"MergedIntoId\" INTEGER NULL REFERENCES \"Organizations\" (\"Id\") ON DELETE RESTRICT");
        else
            migrationBuilder.AddColumn<int>(name: "MergedIntoId", table: "Organizations", nullable: true);
        migrationBuilder.AddColumn<Guid>(name: "ConcurrencyStamp", table: "Organizations", nullable: false, defaultValue: Guid.Empty);
        migrationBuilder.AddColumn<DateOnly>(name: "ClosedOn", table: "Municipalities", nullable: true);
        migrationBuilder.AddColumn<Guid>(name: "ConcurrencyStamp", table: "Municipalities", nullable: false, defaultValue: Guid.Empty);
        migrationBuilder.Sql("UPDATE \"Organizations\" SET \"ClosedOn\" = CURRENT_DATE WHERE \"IsArchived\" AND \"ClosedOn\" IS NULL");
        migrationBuilder.CreateIndex(name: "IX_Organizations_Inn", table: "Organizations", column: "Inn");
        migrationBuilder.CreateIndex(name: "IX_Organizations_MergedIntoId", table: "Organizations", column: "MergedIntoId");
        if (!sqlite)
            migrationBuilder.AddForeignKey(name: "FK_Organizations_Organizations_MergedIntoId", table: "Organizations", column: "MergedIntoId",
                principalTable: "Organizations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
    }
}
