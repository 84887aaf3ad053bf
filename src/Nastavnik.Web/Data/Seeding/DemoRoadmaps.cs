using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Domain.Roadmaps.Import;
using Nastavnik.Domain.Territory;

namespace Nastavnik.Web.Data.Seeding;

/// <summary>
/// The demo region's own documents, moved to the period that contains today (the people are invented, the documents are
/// real): Томская область's regional roadmap (seed 000, 2020–2024) approved, its indicators linked to the catalogue where
/// the wording is unambiguous; ЗАТО Северск's municipal roadmap (seed 002) approved, and the expected results of its
/// municipal program (organizations with a program: 40 → 100 %) as Seversk's own targets. No other territory's numbers.
/// </summary>
public class DemoRoadmaps(AppDbContext db, DateOnly today)
{
    private const int TomskFirstYear = 2020;
    private const int SeverskFirstYear = 2021;

    public async Task SeedAsync(Region region, Municipality seversk)
    {
        var start = today.Year - 2;
        var shift = start - TomskFirstYear;
        var now = db.Clock.GetUtcNow();
        var draft = RoadmapTableImporter.Parse(TextTableReader.Read(RoadmapSuccessor.ShiftYears(RoadmapTemplateLibrary.Sample("regional-tomsk"), shift)));
        var regional = DraftToRoadmap.Build(draft, RoadmapLevel.Region, region.Id, null, null, "Томская область — дорожная карта 2020–2024 (seed 000)");
        (regional.Status, regional.CreatedAt, regional.ChildRequirement) = (RoadmapStatus.Approved, now, ChildRequirement.Municipalities);
        db.Roadmaps.Add(regional);
        await db.SaveChangesAsync();

        var first = SeverskFirstYear + shift;
        var municipal = RoadmapTemplateLibrary.Create(ChildTemplate.Municipal, $"Дорожная карта реализации муниципальной программы «Развитие наставничества в системе общего образования ЗАТО Северск на {first}–{first + 3} гг.»",
            RoadmapLevel.Municipality, null, seversk.Id, null, new DateOnly(first, 1, 1), new DateOnly(first + 3, 12, 31));
        (municipal.Status, municipal.CreatedAt, municipal.OrderNumber, municipal.OrderDate, municipal.ParentId) =
            (RoadmapStatus.Approved, now, "279", new DateOnly(first, 8, 10), regional.Id);
        db.Roadmaps.Add(municipal);

        var document = $"приказ Управления образования Администрации ЗАТО Северск от 10.08.{first} № 279, муниципальная программа, ожидаемые результаты, п. 4";
        decimal[] shares = [40, 60, 80, 100];
        foreach (var metric in new[] { MetricCode.OrganizationsWithProgramAndRoadmap, MetricCode.PreschoolsWithProgramAndRoadmap, MetricCode.SchoolsWithProgramAndRoadmap })
            for (var i = 0; i < shares.Length; i++)
                db.TerritoryTargets.Add(new TerritoryTarget
                {
                    RegionId = region.Id, Level = MonitoringLevel.Municipality, TerritoryId = seversk.Id, Metric = metric, Year = first + i, Value = shares[i],
                    Document = document, SetBy = "демо-данные", SetAt = now,
                });
        await db.SaveChangesAsync();
    }
}
