using Nastavnik.Domain.Monitoring;
using Shouldly;

namespace Nastavnik.Domain.Tests.Monitoring;

/// <summary>A territory sees its own target, a share's parent target when it has none, and never another territory's.</summary>
public class TargetBookTests
{
    private static readonly TerritoryRef Tomsk = new(MonitoringLevel.Region, 1);
    private static readonly TerritoryRef Irkutsk = new(MonitoringLevel.Region, 2);
    private static readonly TerritoryRef Seversk = new(MonitoringLevel.Municipality, 10);
    private static readonly TerritoryRef School76 = new(MonitoringLevel.Organization, 100);

    private static TargetBook Book()
    {
        var book = new TargetBook();
        book.Set(Irkutsk, MetricCode.Mentors, 2024, new(3000, "Иркутская область", "дорожная карта, п. 4.4"));
        book.Set(Tomsk, MetricCode.EventsHeld, 2024, new(10, "Томская область", "дорожная карта, разд. 2, п. 4"));
        book.Set(Tomsk, MetricCode.YoungTeachersCovered, 2024, new(50, "Томская область", "приказ № 1"));
        book.Set(Seversk, MetricCode.OrganizationsWithProgramAndRoadmap, 2024, new(100, "ЗАТО Северск", "приказ № 279"));
        return book;
    }

    [Fact]
    public void ARegionSeesItsOwnTargetsAndNoOtherRegions()
    {
        var book = Book();
        book.For([Tomsk], MetricCode.Mentors, 2024).ShouldBeNull("Irkutsk's 3 000 mentors are not Tomsk's target");
        book.For([Irkutsk], MetricCode.Mentors, 2024)!.Value.ShouldBe(3000);
        var events = book.For([Tomsk], MetricCode.EventsHeld, 2024)!;
        (events.Value, events.Owner, events.Inherited).ShouldBe((10m, "Томская область", false));
        book.For([Tomsk], MetricCode.EventsHeld, 2025).ShouldBeNull("a target holds for the year its document sets it");
        book.For([Tomsk], MetricCode.OrganizationsWithProgramAndRoadmap, 2024).ShouldBeNull("a municipality's target does not go up");
    }

    [Fact]
    public void AShareIsInheritedFromTheNearestParentAndACountIsNot()
    {
        var book = Book();
        var young = book.For([School76, Seversk, Tomsk], MetricCode.YoungTeachersCovered, 2024)!;
        (young.Value, young.Owner, young.Inherited).ShouldBe((50m, "Томская область", true));
        young.Basis.ShouldBe("цель территории «Томская область»: приказ № 1");
        book.For([Seversk, Tomsk], MetricCode.EventsHeld, 2024).ShouldBeNull("a region's count of events is not the municipality's");
        book.Set(Seversk, MetricCode.YoungTeachersCovered, 2024, new(70, "ЗАТО Северск", "приказ № 279"));
        book.For([School76, Seversk, Tomsk], MetricCode.YoungTeachersCovered, 2024)!.Owner.ShouldBe("ЗАТО Северск", "the nearest parent's");
    }

    [Fact]
    public void ALaterSetReplacesTheEarlier()
    {
        var book = Book();
        book.Set(Tomsk, MetricCode.EventsHeld, 2024, new(12, "Томская область", "приказ № 5"));
        book.For([Tomsk], MetricCode.EventsHeld, 2024)!.Document.ShouldBe("приказ № 5");
        book.OwnOf(Tomsk).Count().ShouldBe(2);
    }
}
