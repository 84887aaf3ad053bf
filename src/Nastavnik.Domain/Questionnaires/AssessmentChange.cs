namespace Nastavnik.Domain.Questionnaires;

public sealed record ParameterChange(string Parameter, double Before, double After)
{
    public double Change => After - Before;
}

/// <summary>The impact of a program (Tomsk order, steps 9, 12 and 31): the same assessment before and after,
/// compared parameter by parameter on its scale questions.</summary>
public static class AssessmentChange
{
    public static IReadOnlyList<ParameterChange> Compare(Questionnaire assessment,
        IReadOnlyDictionary<string, IReadOnlyList<string>> before, IReadOnlyDictionary<string, IReadOnlyList<string>> after)
    {
        var result = new List<ParameterChange>();
        foreach (var q in assessment.Questions.Where(q => q.Type == QuestionType.Scale))
        {
            if (Score(before, q.Key) is { } b && Score(after, q.Key) is { } a)
                result.Add(new ParameterChange(q.Text, b, a));
        }
        return result;
    }

    /// <summary>The mean change over the parameters both assessments answered; null when none.</summary>
    public static double? MeanChange(IReadOnlyList<ParameterChange> changes) =>
        changes.Count == 0 ? null : changes.Average(c => c.Change);

    private static double? Score(IReadOnlyDictionary<string, IReadOnlyList<string>> answers, string key) =>
        answers.TryGetValue(key, out var v) && v.Count == 1 && int.TryParse(v[0], out var s) ? s : null;
}
