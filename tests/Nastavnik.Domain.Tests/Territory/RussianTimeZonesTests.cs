using Nastavnik.Domain.Common;
using Nastavnik.Domain.Territory;
using Shouldly;

namespace Nastavnik.Domain.Tests.Territory;

public class RussianTimeZonesTests
{
    [Fact]
    public void EveryZoneIsKnownToTheMachineWithTheOffsetItsTitleNames()
    {
        RussianTimeZones.All.Select(z => z.UtcOffsetHours).Distinct().Count().ShouldBe(11, "Russia spans eleven zones");
        foreach (var z in RussianTimeZones.All)
            TimeZoneInfo.FindSystemTimeZoneById(z.Id).GetUtcOffset(new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero))
                .ShouldBe(TimeSpan.FromHours(z.UtcOffsetHours), z.Id);
        RussianTimeZones.Find("Asia/Tomsk")!.Title.ShouldBe("Томск (UTC+7)");
        RussianTimeZones.Find("Europe/Moscow")!.Title.ShouldBe("Москва (UTC+3)");
    }

    [Fact]
    public void ARegionTakesOnlyAZoneOfRussia()
    {
        var region = new Region { Name = "Томская область" };
        region.TimeZoneId.ShouldBe("Europe/Moscow");
        region.ChangeTimeZone(" Asia/Tomsk ");
        region.TimeZoneId.ShouldBe("Asia/Tomsk");
        Should.Throw<DomainException>(() => region.ChangeTimeZone("Europe/Paris")).Message.ShouldContain("не из списка часовых поясов России");
        Should.Throw<DomainException>(() => region.ChangeTimeZone(null));
        region.TimeZoneId.ShouldBe("Asia/Tomsk");
    }
}
