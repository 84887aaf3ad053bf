using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Roadmaps.Import;
using Nastavnik.Domain.Tests.Roadmaps;
using Shouldly;

namespace Nastavnik.Domain.Tests.Monitoring;

/// <summary>An imported roadmap's indicators are linked to the catalogue only where their words are unambiguous.</summary>
public class MetricMatcherTests
{
    private static Dictionary<string, MetricCode> Linked(string seed)
    {
        var draft = SeedRoadmaps.Import(seed);
        (draft.StartYear, draft.EndYear) = (draft.StartYear ?? 2020, draft.EndYear ?? 2024);
        var roadmap = DraftToRoadmap.Build(draft, Nastavnik.Domain.Roadmaps.RoadmapLevel.Region, 1, null, null, null);
        return roadmap.Activities.SelectMany(a => a.Indicators.Where(i => i.Metric is not null).Select(i => (a, i)))
            .ToDictionary(x => $"{x.a.Number} {x.i.Description}", x => x.i.Metric!.Value);
    }

    [Fact]
    public void TomskRoadmapLinksItsEventsAndContestsIndicators()
    {
        var linked = Linked("000_86a2010b6c35da95");
        linked.Values.ShouldBe([MetricCode.EventsHeld, MetricCode.MunicipalitiesInContests], ignoreOrder: true);
        linked.Keys.ShouldContain(k => k.Contains("Наличие участников профессиональных конкурсов от муниципалитетов"));
    }

    [Fact]
    public void IrkutskRoadmapLinksItsThreeRegistries()
    {
        var linked = Linked("004_281dcb6361331b8a");
        linked.Values.ShouldBe([MetricCode.Mentors, MetricCode.Mentees, MetricCode.Programs], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Количество участников не менее 200 человек", "Организация и проведение регионального форума", Nastavnik.Domain.Roadmaps.IndicatorUnit.Count, null)]
    [InlineData("Наличие профессиональных конкурсов для наставников на уровне муниципалитетов", "", Nastavnik.Domain.Roadmaps.IndicatorUnit.Percent, null)]
    [InlineData("Доля молодых педагогов, охваченных наставничеством", "", Nastavnik.Domain.Roadmaps.IndicatorUnit.Percent, MetricCode.YoungTeachersCovered)]
    [InlineData("Количество записей в базе наставников", "", Nastavnik.Domain.Roadmaps.IndicatorUnit.Count, MetricCode.Mentors)]
    public void GuessesOnlyUnambiguousWordings(string description, string activity, Nastavnik.Domain.Roadmaps.IndicatorUnit unit, MetricCode? expected) =>
        MetricMatcher.Guess(description, activity, unit).ShouldBe(expected);
}
