using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nastavnik.Web.Data.Migrations;

/// <summary>The data-protection key ring in the database: every instance of the app reads and writes the same keys.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000012_DataProtectionKeys")]
public partial class DataProtectionKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(name: "DataProtectionKeys", columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn).Annotation("Sqlite:Autoincrement", true),
            FriendlyName = table.Column<string>(nullable: true),
            Xml = table.Column<string>(nullable: true),
        },
        constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
    }
}
