using Nastavnik.Domain.Common;
using Nastavnik.Domain.Programs;
using Shouldly;

namespace Nastavnik.Domain.Tests;

public class ProgramRoadmapRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static MentorshipProgram Program(RoadmapTemplateKind template = RoadmapTemplateKind.School)
    {
        var p = new MentorshipProgram { Name = "Программа", StartsOn = new DateOnly(2026, 9, 1), EndsOn = new DateOnly(2027, 5, 31), Template = template };
        p.GenerateRoadmap();
        return p;
    }

    [Theory]
    [InlineData(RoadmapTemplateKind.School, 34, 7)]
    [InlineData(RoadmapTemplateKind.College, 10, 5)]
    public void TheRoadmapFollowsTheSampleTemplate(RoadmapTemplateKind template, int steps, int stages)
    {
        var p = Program(template);
        p.Steps.Count.ShouldBe(steps);
        p.Steps.Select(s => s.Stage).Distinct().Count().ShouldBe(stages);
        p.Steps.First().DueOn.ShouldBe(p.StartsOn);
        p.Steps.ShouldAllBe(s => s.DueOn >= p.StartsOn && s.DueOn <= p.EndsOn);
        p.Steps.Select(s => s.Stage).ShouldBeInOrder();
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(19, false)]
    public void OnlyStepsOfTheFirstUnfinishedStageCanBeDone(int number, bool allowed)
    {
        var p = Program();
        var step = p.Steps.Single(s => s.Number == number);
        if (allowed) Should.NotThrow(() => p.CompleteStep(step, Today, "протокол", null, Today));
        else Should.Throw<DomainException>(() => p.CompleteStep(step, Today, "протокол", null, Today)).Message.ShouldContain("Сначала завершите этап");
    }

    [Fact]
    public void CompletingEveryStepInOrderCompletesTheProgram()
    {
        var p = Program();
        foreach (var s in p.Steps.OrderBy(s => s.Stage).ThenBy(s => s.Number)) p.CompleteStep(s, Today, "выполнено", null, Today);
        p.Status.ShouldBe(ProgramStatus.Completed);
        p.ProgressPercent.ShouldBe(100);
        Should.Throw<DomainException>(() => p.ReopenStep(p.Steps[0]));
        p.ReopenStep(p.Steps[^1]);
        p.Status.ShouldBe(ProgramStatus.Active);
    }

    [Fact]
    public void AStepIsOverdueOnlyWhenLateAndNotDone()
    {
        var step = new ProgramStep { Title = "Шаг", DueOn = new DateOnly(2026, 11, 1) };
        step.IsOverdueOn(Today).ShouldBeTrue();
        step.IsOverdueOn(new DateOnly(2026, 11, 1)).ShouldBeFalse();
        step.DoneOn = Today;
        step.IsOverdueOn(Today).ShouldBeFalse();
    }

    [Fact]
    public void AProgramMustEndAfterItStarts() =>
        Should.Throw<DomainException>(() => new MentorshipProgram { Name = "П", StartsOn = Today, EndsOn = Today }.Validate());
}
