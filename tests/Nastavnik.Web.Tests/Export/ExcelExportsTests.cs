using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Export;

/// <summary>Every Excel export of the app is a workbook an official sends on: frozen header, autofilter, readable
/// columns, date cells, Russian words for every value.</summary>
public abstract class ExcelExportsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task EveryExcelExportHasAFrozenFilteredHeaderAndRussianValues()
    {
        var region = await app.LoginAsync("region");
        int roadmap;
        await using (var db = app.NewDbContext())
            roadmap = await db.Roadmaps.Where(r => r.Level == RoadmapLevel.Region).Select(r => r.Id).FirstAsync();
        var year = DemoToday.Day.Year;
        var month = $"{year}-{DemoToday.Day.Month:00}";
        foreach (var url in new[]
                 {
                     "/Mentees/Export?format=xlsx", "/Mentors/Export?format=xlsx", $"/Monitoring?handler=Xlsx&year={year}",
                     $"/Monitoring/Report?handler=Xlsx&year={year}", "/Territory?handler=Xlsx", "/Publications/Report?handler=Xlsx",
                     $"/Events?handler=Xlsx&month={month}", $"/Roadmaps/Details/{roadmap}?handler=Xlsx",
                 })
        {
            var book = Workbook.Read(await region.GetByteArrayAsync(url));
            book.Rows.Count.ShouldBeGreaterThan(0, url);
            book.ShouldLookOfficial();
        }

        var mentees = Workbook.Read(await region.GetByteArrayAsync("/Mentees/Export?format=xlsx"));
        mentees.Column("Дата рождения").Where(c => c.Text.Length > 0).ShouldAllBe(c => c.IsDate);
        mentees.WidthOf("ФИО").ShouldBeGreaterThanOrEqualTo(mentees.Column("ФИО").Max(c => c.Text.Length), "no name is cut");
        var monitoring = Workbook.Read(await region.GetByteArrayAsync($"/Monitoring?handler=Xlsx&year={year}"));
        monitoring.Column("Уровень").Select(c => c.Text).Distinct().ShouldBe(["регион", "муниципалитет"], ignoreOrder: true);
        monitoring.Column("На дату").ShouldAllBe(c => c.IsDate);
        var inLibreOffice = await LibreOffice.ReadXlsxAsync(await region.GetByteArrayAsync($"/Monitoring?handler=Xlsx&year={year}"));
        inLibreOffice.ShouldContain("регион,");
        inLibreOffice.ShouldNotContain("Region");
        inLibreOffice.ShouldNotContain("Municipality");
    }
}

public sealed class ExcelExportsTestsOnPostgres(PostgresApp app) : ExcelExportsTests<PostgresApp>(app);
public sealed class ExcelExportsTestsOnSqlite(SqliteApp app) : ExcelExportsTests<SqliteApp>(app);
