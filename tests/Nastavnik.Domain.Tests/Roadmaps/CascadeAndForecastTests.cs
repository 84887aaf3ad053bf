using Nastavnik.Domain.Roadmaps;
using Nastavnik.Domain.Roadmaps.Import;
using Shouldly;

namespace Nastavnik.Domain.Tests.Roadmaps;

/// <summary>Child roadmaps from the documents' samples, the trend forecast and the next period's copy.</summary>
public class CascadeAndForecastTests
{
    [Fact]
    public void AMunicipalRoadmapFromTheSeverskSampleHasItsActivitiesMovedToTheNewPeriod()
    {
        var roadmap = RoadmapTemplateLibrary.Create(ChildTemplate.Municipal, "Дорожная карта Томского района", RoadmapLevel.Municipality, null, 7, null,
            new DateOnly(2025, 1, 1), new DateOnly(2028, 12, 31));
        roadmap.Activities.Count().ShouldBe(19);
        var first = roadmap.Activities.First();
        first.ScheduleText.ShouldBe("Июль 2025 г.");
        first.DueDates.Select(d => d.DueOn).ShouldBe([new DateOnly(2025, 7, 31)]);
        roadmap.Activities.Single(a => a.Number == "2" && a.Title.StartsWith("Разработка и утверждение программы")).ScheduleText
            .ShouldBe("Август-сентябрь 2025 г., далее – ежегодно до 1 февраля 2028 года");
        roadmap.Activities.Where(a => a.ScheduleNeedsReview).ShouldBeEmpty();
        (roadmap.MunicipalityId, roadmap.Level, roadmap.Status).ShouldBe((7, RoadmapLevel.Municipality, RoadmapStatus.Draft));
    }

    [Theory]
    [InlineData(ChildTemplate.School, 34)]
    [InlineData(ChildTemplate.College, 10)]
    public void ASchoolOrCollegeRoadmapFromTheTomskSampleSpreadsItsStepsOverThePeriod(ChildTemplate template, int steps)
    {
        var start = new DateOnly(2025, 9, 1);
        var end = new DateOnly(2026, 5, 31);
        var roadmap = RoadmapTemplateLibrary.Create(template, "Дорожная карта школы", RoadmapLevel.Organization, null, null, 76, start, end);
        var activities = roadmap.Activities.ToList();
        activities.Count.ShouldBe(steps);
        activities.First().DueDates.Single().DueOn.ShouldBe(start);
        activities.SelectMany(a => a.DueDates).ShouldAllBe(d => d.DueOn >= start && d.DueOn <= end);
        activities.Select(a => a.DueDates.Single().DueOn).ShouldBeInOrder();
        roadmap.Sections.First().Title.ShouldBe("Подготовка и информирование");
    }

    [Fact]
    public void TheForecastFollowsTheLeastSquaresTrendOfTheActuals()
    {
        Forecast.Next([(2021, 500m), (2022, 1000m), (2023, 1800m)])!.ShouldBe(new Forecast(2024, 2400m, 650m, 3)); // mean 1100 at 2022, +650 a year: 1100 + 2 × 650
        Forecast.Next([(2022, 40m)])!.Value.ShouldBe(40m);
        Forecast.Next([]).ShouldBeNull();
        Forecast.Next([(2021, 30m), (2022, 10m), (2023, 0m)])!.Value.ShouldBe(0m, "a falling trend is not forecast below zero");
    }

    [Fact]
    public void TheNextYearsRoadmapIsACopyWithTheYearsMovedTheUndoneCarriedOverAndTargetsFromTheTrend()
    {
        var source = SeedRoadmaps.Import("001_b5d290fc08d0338b");
        var roadmap = DraftToRoadmap.Build(source, RoadmapLevel.Municipality, null, 5, null, "001.txt");
        roadmap.Id = 41;
        roadmap.Title.ShouldEndWith("на 2022-23 учебный год");
        var meeting = roadmap.Activities.First();
        meeting.Status = ActivityStatus.Done;
        var coverage = roadmap.Activities.Single(a => a.Title.StartsWith("Сбор и анализ данных для Регионального мониторинга"));
        coverage.Indicators.Add(new ActivityIndicator { Description = "Охват молодых педагогов наставничеством", Unit = IndicatorUnit.Percent, Years = [new IndicatorYear { Year = 2022, Target = 50, Actual = 42 }, new IndicatorYear { Year = 2023, Target = 50, Actual = 47 }] });

        var next = RoadmapSuccessor.Create(roadmap, DateTimeOffset.UnixEpoch);
        next.Title.ShouldEndWith("на 2023-24 учебный год");
        (next.PeriodStart, next.PeriodEnd, next.PreviousId).ShouldBe((new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31), 41));
        next.Activities.Count().ShouldBe(30);
        var nextMeeting = next.Activities.First();
        nextMeeting.ScheduleText.ShouldBe("10.11.2023 г");
        nextMeeting.DueDates.Select(d => d.DueOn).ShouldBe([new DateOnly(2023, 11, 10)]);
        nextMeeting.Comment.ShouldBeNull();
        next.Activities.ElementAt(1).Comment.ShouldBe("Перенесено: не выполнено в предыдущем периоде.");
        var years = next.Activities.Single(a => a.Title.StartsWith("Сбор и анализ данных")).Indicators.Single().Years;
        years.Select(y => (y.Year, y.Target)).ShouldBe([(2023, 50m), (2024, 52m)], "2023 keeps its target, 2024 follows the trend 42 → 47 → 52");
        next.Activities.SelectMany(a => a.Indicators).SelectMany(i => i.Years).ShouldAllBe(y => y.Actual == null);
    }

    [Theory]
    [InlineData("на 2022-23 учебный год", 1, "на 2023-24 учебный год")]
    [InlineData("Июнь 2023 ежегодно до 2024", 2, "Июнь 2025 ежегодно до 2026")]
    [InlineData("10.11.2022 г", 1, "10.11.2023 г")]
    [InlineData("на 2021 -2024 гг.", 4, "на 2025 -2028 гг.")]
    public void YearsMoveInTexts(string text, int shift, string expected) => RoadmapSuccessor.ShiftYears(text, shift).ShouldBe(expected);
}
