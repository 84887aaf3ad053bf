using System.Net;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Monitoring;

/// <summary>The analytic report: a print page, a valid Word document with the chart as a PNG image and the conclusions
/// drafted from the figures (opened back with OpenXml and in LibreOffice), and all figures in Excel.</summary>
public abstract class ReportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task TheRegionsReportOpensInWordAndLibreOfficeWithItsChartAndDeviations()
    {
        var region = await app.LoginAsync("region");
        // The region's own target for its mentors' registry, far above the demo's few hundred records.
        await using (var db = app.NewDbContext())
        {
            var tomsk = await db.Regions.Where(r => r.Name == "Томская область").Select(r => r.Id).SingleAsync();
            db.TerritoryTargets.Add(new Domain.Monitoring.TerritoryTarget
            {
                RegionId = tomsk, Level = Domain.Monitoring.MonitoringLevel.Region, TerritoryId = tomsk,
                Metric = Domain.Monitoring.MetricCode.Mentors, Year = 2026, Value = 100_000, Document = "Приказ № 12 от 15.01.2026", SetBy = "тест", SetAt = DateTimeOffset.UtcNow
            });
            await db.SaveChangesAsync();
        }
        var page = new HtmlParser().ParseDocument(await region.GetStringAsync("/Monitoring/Report?year=2026"));
        page.QuerySelector("h1")!.TextContent.ShouldBe("Аналитический отчёт о реализации целевой модели наставничества: Томская область, 2026 год");
        page.QuerySelector("#report-deviations")!.TextContent.ShouldContain("«Записей в базе наставников»", customMessage: "below the region's own 100 000");
        page.QuerySelector("#report-indicators")!.TextContent.ShouldContain("Приказ № 12 от 15.01.2026");
        page.QuerySelector("#report-indicators")!.TextContent.ShouldNotContain("Иркут");

        var docx = await region.GetByteArrayAsync("/Monitoring/Report?handler=Docx&year=2026");
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            new OpenXmlValidator().Validate(word).Select(e => e.Description).ShouldBeEmpty();
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            text.ShouldContain("6. Рекомендации (проект, подлежит редактированию)");
            var image = word.MainDocumentPart.ImageParts.Single();
            using var png = image.GetStream();
            var head = new byte[24];
            png.ReadExactly(head);
            head[..8].ShouldBe(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, "a PNG");
            (head[16] << 24 | head[17] << 16 | head[18] << 8 | head[19]).ShouldBe(800, "the chart's width from its IHDR");
        }
        var inLibreOffice = await LibreOffice.ReadDocxAsync(docx);
        inLibreOffice.ShouldContain("Отклонения от плана");
        inLibreOffice.ShouldContain("ЗАТО Северск");

        var xlsx = await region.GetByteArrayAsync("/Monitoring/Report?handler=Xlsx&year=2026");
        (await LibreOffice.ReadXlsxAsync(xlsx)).ShouldContain("Код показателя");
        (await (await app.LoginAsync("curator76")).GetAsync("/Monitoring/Report?handler=Docx&municipality=1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class ReportTestsOnPostgres(PostgresApp app) : ReportTests<PostgresApp>(app);
public sealed class ReportTestsOnSqlite(SqliteApp app) : ReportTests<SqliteApp>(app);
