using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Data;

/// <summary>The country-wide plan (docs/citus-plan.md: every table distributed by region, replicated, or kept on the
/// coordinator) checked against the schema the app really has: every table is in the plan, a table said to carry its
/// own region column has a non-null RegionId, and a table that still needs one really lacks it and reaches its region
/// through the foreign key the plan names. A new table, or a RegionId added, fails until the plan says so.</summary>
public partial class DistributionPlanTests
{
    private static string PlanFile([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "docs", "citus-plan.md"));

    private sealed record Row(string Table, string Plan, string Via);

    private static List<Row> Plan() => File.ReadAllLines(PlanFile())
        .Select(l => PlanRow().Match(l)).Where(m => m.Success)
        .Select(m => new Row(m.Groups[1].Value, m.Groups[2].Value.Trim(), FirstName().Match(m.Groups[3].Value).Groups[1].Value)).ToList();

    private static Dictionary<string, IEntityType> Tables()
    {
        using var db = new Nastavnik.Web.Data.AppDbContext(new DbContextOptionsBuilder<Nastavnik.Web.Data.AppDbContext>().UseNpgsql("Host=unused").Options,
            new Nastavnik.Web.Infrastructure.Audit.AuditActor(), TimeProvider.System);
        return db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.GetViewName() is null)
            .GroupBy(e => e.GetTableName()!).ToDictionary(g => g.Key, g => g.First());
    }

    [Fact]
    public void EveryTableIsInThePlanAndTheTablesItNamesExist()
    {
        var plan = Plan().Select(r => r.Table).ToList();
        var tables = Tables();
        plan.ShouldBeUnique();
        tables.Keys.Except(plan).Select(t => $"{t}: внешние ключи {string.Join(", ", tables[t].GetForeignKeys().SelectMany(f => f.Properties).Select(p => p.Name))}")
            .ShouldBeEmpty("tables missing from docs/citus-plan.md");
        plan.Except(tables.Keys).ShouldBeEmpty("tables in docs/citus-plan.md that the schema no longer has");
    }

    [Fact]
    public void EachTableIsShapedAsThePlanSays()
    {
        var tables = Tables();
        var wrong = new List<string>();
        foreach (var row in Plan().Where(r => tables.ContainsKey(r.Table)))
        {
            var table = tables[row.Table];
            var region = table.FindProperty("RegionId");
            var ownRegion = region is not null && !region.IsNullable;
            switch (row.Plan)
            {
                case "по региону":
                    if (!ownRegion) wrong.Add($"{row.Table}: план — свой столбец RegionId, а его нет или он допускает NULL");
                    break;
                case "по региону, нужен RegionId":
                    if (ownRegion) wrong.Add($"{row.Table}: RegionId уже есть — обновите план");
                    if (!table.GetForeignKeys().Any(f => f.Properties.Any(p => p.Name == row.Via)))
                        wrong.Add($"{row.Table}: регион по плану через «{row.Via}», но такого внешнего ключа нет");
                    break;
                case "по региону от владельца":
                    if (ownRegion) wrong.Add($"{row.Table}: RegionId уже есть — обновите план");
                    break;
                case "справочная":
                case "координатор":
                    break;
                default:
                    wrong.Add($"{row.Table}: неизвестный вид «{row.Plan}»");
                    break;
            }
        }
        wrong.ShouldBeEmpty();
    }

    [GeneratedRegex(@"^\|\s*`([A-Za-z]+)`\s*\|([^|]+)\|([^|]*)\|")]
    private static partial Regex PlanRow();
    [GeneratedRegex("`([A-Za-z]+)`")]
    private static partial Regex FirstName();
}
