using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Questionnaires;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Questionnaires;

public sealed record InvitationRow(int Id, string? Person, RespondentRole Respondent, string Token, DateTimeOffset? AnsweredAt);

/// <summary>Questionnaires of the organizations in scope, personal links, and answers given by those links.</summary>
public class QuestionnaireService(AppDbContext db, TimeProvider clock)
{
    private IQueryable<Questionnaire> InScope(UserScope scope)
    {
        var organizations = db.Organizations.InScope(scope).Select(o => o.Id);
        return db.Questionnaires.Where(q => organizations.Contains(q.OrganizationId));
    }

    public Task<List<Questionnaire>> ListAsync(UserScope scope) => InScope(scope).AsNoTracking().OrderByDescending(q => q.Id).ToListAsync();

    public Task<Questionnaire?> FindAsync(UserScope scope, int id) => InScope(scope).SingleOrDefaultAsync(q => q.Id == id);

    public async Task<Questionnaire> CreateAsync(UserScope scope, QuestionnaireKind kind, int organizationId, IReadOnlyList<string>? candidates = null)
    {
        if (!await db.Organizations.InScope(scope).AnyAsync(o => o.Id == organizationId))
            throw new DomainException("Организация не найдена в вашей области видимости.", "OrganizationId");
        var q = QuestionnaireTemplates.Create(kind, organizationId, candidates);
        q.CreatedAt = clock.GetUtcNow();
        db.Questionnaires.Add(q);
        await db.SaveChangesAsync();
        return q;
    }

    public async Task<bool> AddQuestionAsync(UserScope scope, int id, string text, QuestionType type, IEnumerable<string> options, bool required)
    {
        var q = await FindAsync(scope, id);
        if (q is null) return false;
        q.AddQuestion(text, type, options, required);
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>One personal link per person (or one anonymous link when no person is given).</summary>
    public async Task<List<string>?> InviteAsync(UserScope scope, int id, IReadOnlyList<int> personIds, RespondentRole respondent)
    {
        if (await FindAsync(scope, id) is null) return null;
        var allowed = await db.People.InScope(scope).Where(p => personIds.Contains(p.Id)).Select(p => p.Id).ToListAsync();
        if (allowed.Count != personIds.Distinct().Count()) throw new DomainException("Человек не найден в вашей области видимости.", "PersonId");
        var targets = allowed.Count == 0 ? [(int?)null] : allowed.Select(p => (int?)p).ToList();
        var tokens = new List<string>();
        foreach (var person in targets)
        {
            var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
            db.Invitations.Add(new QuestionnaireInvitation { QuestionnaireId = id, PersonId = person, Respondent = respondent, Token = token, CreatedAt = clock.GetUtcNow() });
            tokens.Add(token);
        }
        await db.SaveChangesAsync();
        return tokens;
    }

    public Task<List<InvitationRow>> InvitationsAsync(int id) =>
        db.Invitations.AsNoTracking().Where(i => i.QuestionnaireId == id).OrderBy(i => i.Id)
            .Select(i => new InvitationRow(i.Id, db.People.Where(p => p.Id == i.PersonId).Select(p => p.LastName + " " + p.FirstName).FirstOrDefault(),
                i.Respondent, i.Token, i.AnsweredAt)).ToListAsync();

    public async Task<List<Dictionary<string, List<string>>>> AnswersAsync(int id) =>
        (await db.Invitations.AsNoTracking().Where(i => i.QuestionnaireId == id && i.Answers != null).Select(i => i.Answers!).ToListAsync())
            .Select(a => JsonSerializer.Deserialize<Dictionary<string, List<string>>>(a) ?? []).ToList();

    /// <summary>For an assessment given twice to the same person: the first answers against the latest, per parameter.</summary>
    public async Task<List<(string Person, IReadOnlyList<ParameterChange> Changes, double? Mean)>> AssessmentChangesAsync(Questionnaire assessment)
    {
        var answered = await db.Invitations.AsNoTracking()
            .Where(i => i.QuestionnaireId == assessment.Id && i.Answers != null && i.PersonId != null)
            .Select(i => new { i.PersonId, i.Id, i.Answers, Person = db.People.Where(p => p.Id == i.PersonId).Select(p => p.LastName + " " + p.FirstName).First() })
            .ToListAsync();
        return answered.GroupBy(a => a.PersonId).Where(g => g.Count() >= 2)
            .Select(g =>
            {
                var ordered = g.OrderBy(a => a.Id).ToList();
                var changes = AssessmentChange.Compare(assessment, Parse(ordered[0].Answers!), Parse(ordered[^1].Answers!));
                return (ordered[0].Person, changes, AssessmentChange.MeanChange(changes));
            })
            .OrderBy(x => x.Person).ToList();
    }

    private static Dictionary<string, IReadOnlyList<string>> Parse(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, List<string>>>(json) ?? []).ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value);

    // --- public side: by personal link, no login ---

    public async Task<(QuestionnaireInvitation Invitation, Questionnaire Questionnaire)?> ByTokenAsync(string token)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Token == token);
        if (invitation is null) return null;
        var questionnaire = await db.Questionnaires.AsNoTracking().SingleAsync(q => q.Id == invitation.QuestionnaireId);
        return (invitation, questionnaire);
    }

    /// <returns>the problems with the answers; empty when they were saved.</returns>
    public async Task<IReadOnlyList<string>> SubmitAsync(string token, Dictionary<string, IReadOnlyList<string>> answers)
    {
        var found = await ByTokenAsync(token) ?? throw new DomainException("Ссылка на анкету недействительна.");
        var errors = found.Questionnaire.Validate(answers);
        if (errors.Count > 0) return errors;
        found.Invitation.Answer(JsonSerializer.Serialize(answers), clock.GetUtcNow());
        await db.SaveChangesAsync();
        return [];
    }
}
