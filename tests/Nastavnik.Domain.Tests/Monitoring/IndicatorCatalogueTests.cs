using Nastavnik.Domain.Monitoring;
using Shouldly;

namespace Nastavnik.Domain.Tests.Monitoring;

/// <summary>The documents' targets apply where the documents set them.</summary>
public class IndicatorCatalogueTests
{
    [Fact]
    public void ACountTargetIsTheRegionsAndAShareTargetHoldsAtEveryLevel()
    {
        var mentors = IndicatorCatalogue.Get(MetricCode.Mentors);
        mentors.TargetFor(2023, MonitoringLevel.Region).ShouldBe(1800m, "Irkutsk: 1 800 mentor records in 2023");
        mentors.TargetFor(2023, MonitoringLevel.Municipality).ShouldBeNull("a region's count is not a municipality's target");
        var young = IndicatorCatalogue.Get(MetricCode.YoungTeachersCovered);
        young.TargetFor(2023, MonitoringLevel.Organization).ShouldBe(50m);
        young.TargetFor(2026, MonitoringLevel.Municipality).ShouldBe(50m, "after the last year the last target holds");
        IndicatorCatalogue.Get(MetricCode.SchoolsWithProgramAndRoadmap).TargetFor(2021, MonitoringLevel.Municipality).ShouldBe(40m);
        IndicatorCatalogue.Get(MetricCode.ActivePairs).TargetFor(2024, MonitoringLevel.Region).ShouldBeNull();
    }

    [Fact]
    public void EveryIndicatorHasAFormulaAndAtLeastOneLevel()
    {
        IndicatorCatalogue.Metrics.Select(m => m.Code).ShouldBe(Enum.GetValues<MetricCode>(), ignoreOrder: true);
        IndicatorCatalogue.Metrics.ShouldAllBe(m => m.Formula.Length > 10 && m.Levels.Length > 0);
        IndicatorCatalogue.For(MonitoringLevel.Organization).ShouldNotContain(m => m.Code == MetricCode.OrganizationsWithProgramAndRoadmap);
    }
}
