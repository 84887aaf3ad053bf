using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Questionnaires;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Features.Programs;

public sealed record PairAssessment(int PairId, string Mentee, IReadOnlyList<ParameterChange> Changes, double? Mean);
public sealed record ParameterSummary(string Parameter, double Before, double After)
{
    public double Change => After - Before;
}

/// <summary>What a program achieved: the assessment before and after per pair and per parameter, and personal satisfaction.</summary>
public sealed class ProgramResultsView
{
    public List<PairAssessment> Pairs { get; init; } = [];
    public List<ParameterSummary> Parameters { get; init; } = [];
    public int SatisfactionAnswers { get; init; }
    public double? SatisfactionMean { get; init; }
    /// <summary>The top of the satisfaction scale (the templates use 1–10).</summary>
    public int SatisfactionScaleMax { get; init; } = 10;
    public int CompletedPairs { get; init; }
    public bool HasAssessment { get; init; }
}

public class ProgramResults(AppDbContext db)
{
    public async Task<ProgramResultsView> ForAsync(int programId, CancellationToken ct = default)
    {
        var questionnaires = await db.Questionnaires.AsNoTracking().Where(q => q.ProgramId == programId && (q.Kind == QuestionnaireKind.Assessment || q.Kind == QuestionnaireKind.Satisfaction)).ToListAsync(ct);
        var ids = questionnaires.Select(q => q.Id).ToList();
        var answers = await db.Invitations.AsNoTracking().Where(i => ids.Contains(i.QuestionnaireId) && i.Answers != null)
            .Select(i => new { i.Id, i.QuestionnaireId, i.PersonId, i.Answers }).ToListAsync(ct);
        var pairs = await db.Pairs.AsNoTracking().Where(p => p.ProgramId == programId && p.Outcome != PairOutcome.Replaced)
            .Join(db.Mentees, p => p.MenteeId, m => m.Id, (p, m) => new { p.Id, p.Outcome, m.PersonId, Name = m.Person!.FullName }).ToListAsync(ct);

        var perPair = new List<PairAssessment>();
        foreach (var assessment in questionnaires.Where(q => q.Kind == QuestionnaireKind.Assessment))
        {
            foreach (var pair in pairs)
            {
                var own = answers.Where(a => a.QuestionnaireId == assessment.Id && a.PersonId == pair.PersonId).OrderBy(a => a.Id).ToList();
                if (own.Count < 2) continue;
                var changes = AssessmentChange.Compare(assessment, QuestionnaireInvitation.ParseAnswers(own[0].Answers!), QuestionnaireInvitation.ParseAnswers(own[^1].Answers!));
                perPair.Add(new PairAssessment(pair.Id, pair.Name, changes, AssessmentChange.MeanChange(changes)));
            }
        }
        var satisfaction = questionnaires.Where(q => q.Kind == QuestionnaireKind.Satisfaction).ToList();
        var scores = new List<double>();
        var satisfactionAnswers = 0;
        foreach (var q in satisfaction)
        {
            var scaleKeys = q.Questions.Where(x => x.Type == QuestionType.Scale).Select(x => x.Key).ToHashSet();
            foreach (var a in answers.Where(a => a.QuestionnaireId == q.Id))
            {
                satisfactionAnswers++;
                scores.AddRange(QuestionnaireInvitation.ParseAnswers(a.Answers!).Where(kv => scaleKeys.Contains(kv.Key) && kv.Value.Count == 1 && int.TryParse(kv.Value[0], out _)).Select(kv => (double)int.Parse(kv.Value[0])));
            }
        }
        return new ProgramResultsView
        {
            Pairs = perPair,
            Parameters = perPair.SelectMany(p => p.Changes).GroupBy(c => c.Parameter)
                .Select(g => new ParameterSummary(g.Key, g.Average(c => c.Before), g.Average(c => c.After))).ToList(),
            SatisfactionAnswers = satisfactionAnswers,
            SatisfactionMean = scores.Count == 0 ? null : scores.Average(),
            SatisfactionScaleMax = satisfaction.SelectMany(q => q.Questions).Where(x => x.Type == QuestionType.Scale).Select(x => x.ScaleMax).DefaultIfEmpty(10).Max(),
            CompletedPairs = pairs.Count(p => p.Outcome == PairOutcome.Completed),
            HasAssessment = questionnaires.Any(q => q.Kind == QuestionnaireKind.Assessment),
        };
    }
}
