using Nastavnik.Domain.Monitoring;
using Shouldly;

namespace Nastavnik.Domain.Tests.Monitoring;

public class IndicatorCatalogueTests
{
    [Fact]
    public void EveryIndicatorHasAFormulaAndAtLeastOneLevel()
    {
        IndicatorCatalogue.Metrics.Select(m => m.Code).ShouldBe(Enum.GetValues<MetricCode>(), ignoreOrder: true);
        IndicatorCatalogue.Metrics.ShouldAllBe(m => m.Formula.Length > 10 && m.Levels.Length > 0);
        IndicatorCatalogue.For(MonitoringLevel.Organization).ShouldNotContain(m => m.Code == MetricCode.OrganizationsWithProgramAndRoadmap);
    }

    [Fact]
    public void OnlySharesAreInherited()
    {
        IndicatorCatalogue.Get(MetricCode.YoungTeachersCovered).Inherits.ShouldBeTrue();
        IndicatorCatalogue.Get(MetricCode.Mentors).Inherits.ShouldBeFalse("3 000 mentors is a region's figure, not each school's");
    }
}
