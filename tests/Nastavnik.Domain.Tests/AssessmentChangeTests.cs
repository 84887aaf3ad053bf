using Nastavnik.Domain.Questionnaires;
using Shouldly;

namespace Nastavnik.Domain.Tests;

public class AssessmentChangeTests
{
    private static readonly Questionnaire Assessment = QuestionnaireTemplates.Create(QuestionnaireKind.Assessment, 1);

    private static Dictionary<string, IReadOnlyList<string>> Answers(params int[] scores) =>
        scores.Select((s, i) => (Key: $"q{i + 1}", Value: (IReadOnlyList<string>)[s.ToString()])).ToDictionary(x => x.Key, x => x.Value);

    [Fact]
    public void TheChangeIsAfterMinusBeforePerParameter()
    {
        var changes = AssessmentChange.Compare(Assessment, Answers(4, 5, 6, 3, 7), Answers(7, 6, 6, 5, 9));
        changes.Select(c => c.Change).ShouldBe([3, 1, 0, 2, 2]);
        changes[0].Parameter.ShouldBe("Уверенность в проведении уроков");
        AssessmentChange.MeanChange(changes)!.Value.ShouldBe(1.6, 1e-9);
    }

    [Fact]
    public void ParametersAnsweredOnlyOnceAreLeftOut()
    {
        var before = Answers(4, 5, 6, 3, 7);
        var after = Answers(7, 6);
        var changes = AssessmentChange.Compare(Assessment, before, after);
        changes.Count.ShouldBe(2);
        AssessmentChange.MeanChange(changes)!.Value.ShouldBe(2.0, 1e-9);
        AssessmentChange.MeanChange([]).ShouldBeNull();
    }

    [Fact]
    public void AWorseningIsNegative() =>
        AssessmentChange.Compare(Assessment, Answers(8, 8, 8, 8, 8), Answers(6, 8, 8, 8, 8))[0].Change.ShouldBe(-2);
}
