using Nastavnik.Domain.Events;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Roadmaps;
using Shouldly;

namespace Nastavnik.Domain.Tests.Roadmaps;

public class FactMatcherTests
{
    [Theory]
    [InlineData("Количество участников не менее 200 человек", "Организация и проведение регионального форума «Наставник»", IndicatorSource.EventParticipants, EventKind.Forum, MonitoringLevel.Region)]
    [InlineData("Проведено не менее 5 семинаров", "Семинары для наставников", IndicatorSource.EventsHeld, EventKind.Seminar, null)]
    [InlineData("Количество участников мероприятий", "Муниципальные мероприятия по наставничеству", IndicatorSource.EventParticipants, null, MonitoringLevel.Municipality)]
    [InlineData("Количество заявок", "Региональный конкурс «Наставник года»", IndicatorSource.ContestApplications, null, null)]
    [InlineData("Количество участников конкурса", "Конкурс лучших практик", IndicatorSource.ContestParticipants, null, null)]
    [InlineData("Количество практик, размещённых в банке", "Формирование банка лучших практик", IndicatorSource.PracticesPublished, null, null)]
    [InlineData("Количество публикаций в СМИ", "Информационное сопровождение", IndicatorSource.PublicationsPublished, null, null)]
    public void AnImportedCountIsMatchedToTheFactThatFillsIt(string description, string activity, IndicatorSource source, EventKind? kind, MonitoringLevel? level) =>
        FactMatcher.Guess(description, activity, IndicatorUnit.Count).ShouldBe(new FactGuess(source, kind, level));

    [Theory]
    [InlineData("Количество участников", "Форумы и семинары наставников", IndicatorUnit.Count)]   // two kinds: unclear
    [InlineData("Доля участников форума", "Региональный форум", IndicatorUnit.Percent)]           // not a count
    [InlineData("Разработано положение", "Нормативное обеспечение", IndicatorUnit.Count)]          // nothing the system records
    public void AnythingUnclearStaysManual(string description, string activity, IndicatorUnit unit) =>
        FactMatcher.Guess(description, activity, unit).ShouldBeNull();
}
