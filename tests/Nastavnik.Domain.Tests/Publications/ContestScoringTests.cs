using Nastavnik.Domain.Common;
using Nastavnik.Domain.Contests;
using Shouldly;

namespace Nastavnik.Domain.Tests.Publications;

/// <summary>Contest rules: criteria and their scales, conflicts of interest, the ranking with ties and missing scores, results.</summary>
public class ContestScoringTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private static Contest NewContest() => Contest.Create(1, null, null, "Наставник года", 2026, Today.AddDays(10), null,
        ["Лучший педагог-наставник", "Свежий ветер"], Contest.ParseCriteria("Уникальность; 10; 1\nРезультативность и практическая значимость; 10; 2\nВозможность тиражирования; 5"));

    private static ContestApplication Apply(Contest contest, int id, int organization, string nomination = "Лучший педагог-наставник")
    {
        var a = ContestApplication.Submit(contest, nomination, $"Работа {id}", $"Участник {id}", null, organization, 100 + organization, null, Today, Now);
        a.Id = id;
        return a;
    }

    private static ContestAssignment Scored(Contest contest, ContestExpert expert, ContestApplication application, params decimal?[] scores)
    {
        var x = ContestAssignment.Assign(expert, application);
        x.Score(contest, scores, null, Now);
        return x;
    }

    [Fact]
    public void CriteriaAreReadFromLinesAndCheckedInRussian()
    {
        var contest = NewContest();
        contest.Criteria.Select(c => (c.Name, c.MaxScore, c.Weight)).ShouldBe([("Уникальность", 10, 1m), ("Результативность и практическая значимость", 10, 2m), ("Возможность тиражирования", 5, 1m)]);
        contest.MaxTotal.ShouldBe(35m);
        Should.Throw<DomainException>(() => Contest.ParseCriteria("Уникальность")).Message.ShouldBe("Критерии, строка 1: ожидается «Название; максимальный балл; вес», например «Уникальность; 10; 1».");
        Should.Throw<DomainException>(() => Contest.ParseCriteria("А; 10; 1\nБ; 10; много")).Message.ShouldBe("Критерии, строка 2: вес «много» — не число.");
        Should.Throw<DomainException>(() => Contest.Create(1, null, null, "К", 2026, Today, null, ["Н"], [new ContestCriterion("Охват", 0)])).Message
            .ShouldBe("Критерий «Охват»: максимальный балл — от 1 до 100.");
        Should.Throw<DomainException>(() => Contest.Create(1, null, null, "К", 2026, Today, null, ["Н", "н"], [new ContestCriterion("Охват", 5)])).Message.ShouldBe("Номинации повторяются.");
    }

    [Fact]
    public void AJurorNeverScoresHisOwnOrganizationsApplication()
    {
        var contest = NewContest();
        contest.Id = 7;
        var juror = new ContestExpert { Id = 1, ContestId = 7, UserId = "u1", FullName = "Иванова А. А.", OrganizationId = 5 };
        Should.Throw<DomainException>(() => ContestAssignment.Assign(juror, Apply(contest, 1, organization: 5))).Message
            .ShouldBe("Конфликт интересов: эксперт Иванова А. А. работает в организации участника заявки «Работа 1» и не может её оценивать.");
        ContestAssignment.Assign(juror, Apply(contest, 2, organization: 6)).ExpertId.ShouldBe(1);
    }

    [Fact]
    public void ScoresStayWithinTheScaleAndOnlyDuringTheReview()
    {
        var contest = NewContest();
        var application = Apply(contest, 1, 6);
        var x = ContestAssignment.Assign(new ContestExpert { Id = 1, UserId = "u", FullName = "Эксперт", OrganizationId = 5 }, application);
        Should.Throw<DomainException>(() => x.Score(contest, [5, 5, 5], null, Now)).Message.ShouldBe("Оценивать заявки можно на этапе «экспертиза», а конкурс на этапе «приём заявок».");
        contest.StartReview();
        Should.Throw<DomainException>(() => x.Score(contest, [5, 11, 5], null, Now)).Message.ShouldBe("Критерий «Результативность и практическая значимость»: балл 11 вне шкалы — целое число от 0 до 10.");
        Should.Throw<DomainException>(() => x.Score(contest, [5, null, 5], null, Now)).Message.ShouldBe("Критерий «Результативность и практическая значимость»: поставьте балл от 0 до 10.");
        Should.Throw<DomainException>(() => x.Score(contest, [5, 5], null, Now)).Message.ShouldBe("Оцените заявку по всем критериям.");
        x.Score(contest, [5, 10, 4], "Сильная работа", Now);
        x.Total(contest).ShouldBe(29m); // 5·1 + 10·2 + 4·1
        Should.Throw<DomainException>(() => ContestApplication.Submit(contest, "Свежий ветер", "Поздно", "Кто-то", null, 6, 106, null, Today, Now)).Message
            .ShouldBe("Подать заявку можно на этапе «приём заявок», а конкурс на этапе «экспертиза».");
    }

    [Fact]
    public void TheRankingAveragesCompleteScoresSharesPlacesOnTiesAndLeavesUnscoredApplicationsWithoutAPlace()
    {
        var contest = NewContest();
        var a = Apply(contest, 1, 6); var b = Apply(contest, 2, 7); var c = Apply(contest, 3, 8); var d = Apply(contest, 4, 9); var e = Apply(contest, 5, 10, "Свежий ветер");
        contest.StartReview();
        var j1 = new ContestExpert { Id = 1, UserId = "1", FullName = "Первый", OrganizationId = 1 };
        var j2 = new ContestExpert { Id = 2, UserId = "2", FullName = "Второй", OrganizationId = 2 };
        var assignments = new List<ContestAssignment>
        {
            Scored(contest, j1, a, 10, 10, 5), Scored(contest, j2, a, 8, 8, 4),  // 35 and 28 → 31.5
            Scored(contest, j1, b, 9, 9, 5), Scored(contest, j2, b, 9, 10, 4),   // 32 and 33 → 32.5
            Scored(contest, j1, c, 10, 9, 4.0m), ContestAssignment.Assign(j2, c), // 32 and a missing score → 32 from one juror
            Scored(contest, j1, e, 1, 1, 1),                                      // 4, alone in its nomination
            Scored(contest, j2, d, 10, 9, 4),                                     // 32: ties with c
        };
        var ranking = ContestScoring.Rank(contest, [a, b, c, d, e], assignments);
        ranking.Select(r => (r.ApplicationId, r.Score, r.Rank)).ShouldBe(
        [
            (2, 32.5m, (int?)1), (3, 32m, 2), (4, 32m, 2), (1, 31.5m, 4), (5, 4m, 1),
        ]);
        var withMissing = ranking.Single(r => r.ApplicationId == 3);
        (withMissing.Scored, withMissing.Assigned, withMissing.MissingScores).ShouldBe((1, 2, true));
        ranking.Single(r => r.ApplicationId == 2).MissingScores.ShouldBeFalse();

        var unscored = Apply(NewContest(), 9, 11);
        var none = ContestScoring.Rank(contest, [a, unscored], assignments);
        none.Single(r => r.ApplicationId == 9).ShouldSatisfyAllConditions(r => r.Rank.ShouldBeNull(), r => r.Score.ShouldBeNull(), r => r.MissingScores.ShouldBeTrue());
        none[^1].ApplicationId.ShouldBe(9);
    }

    [Fact]
    public void ResultsNeedEveryApplicationScoredAndTheResultDocument()
    {
        var contest = NewContest();
        var a = Apply(contest, 1, 6); var b = Apply(contest, 2, 7); var c = Apply(contest, 3, 8);
        contest.StartReview();
        var j = new ContestExpert { Id = 1, UserId = "1", FullName = "Эксперт", OrganizationId = 1 };
        var scored = new List<ContestAssignment> { Scored(contest, j, a, 10, 10, 5), Scored(contest, j, b, 5, 5, 5) };
        Should.Throw<DomainException>(() => contest.PublishResults([a, b, c], ContestScoring.Rank(contest, [a, b, c], scored), "№ 1 от 01.04.2026")).Message
            .ShouldBe("Не оценены ни одним экспертом: «Работа 3».");
        scored.Add(Scored(contest, j, c, 0, 0, 0));
        Should.Throw<DomainException>(() => contest.PublishResults([a, b, c], ContestScoring.Rank(contest, [a, b, c], scored), " ")).Message
            .ShouldBe("Укажите распоряжение (приказ) об итогах конкурса: номер и дату.");
        contest.PublishResults([a, b, c], ContestScoring.Rank(contest, [a, b, c], scored), "№ 1 от 01.04.2026");
        (contest.Stage, a.Place, a.AwardTitle, b.AwardTitle, c.Place, c.AwardTitle).ShouldBe((ContestStage.Results, (int?)1, "Победитель", "Призёр", (int?)3, "Призёр"));
    }
}
