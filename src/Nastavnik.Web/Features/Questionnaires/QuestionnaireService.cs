using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Questionnaires;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Questionnaires;

public sealed record InvitationRow(int Id, string? Person, RespondentRole Respondent, DateTimeOffset? AnsweredAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt);

/// <summary>A link made just now: its plain token exists only in this answer (the database keeps the hash). The
/// questionnaire is the version the person received (a pupil the pupils' one).</summary>
public sealed record FreshLink(int InvitationId, string Url, int QuestionnaireId = 0, string? Person = null);

/// <summary>Questionnaires of the organizations in scope, personal links, and answers given by those links.</summary>
public class QuestionnaireService(AppDbContext db, TimeProvider clock, Infrastructure.Email.SiteLinks links)
{
    private IQueryable<Questionnaire> InScope(UserScope scope)
    {
        var organizations = db.Organizations.InScope(scope).Select(o => o.Id);
        return db.Questionnaires.Where(q => organizations.Contains(q.OrganizationId));
    }

    public Task<List<Questionnaire>> ListAsync(UserScope scope) => InScope(scope).AsNoTracking().OrderByDescending(q => q.Id).ToListAsync();

    public Task<Questionnaire?> FindAsync(UserScope scope, int id) => InScope(scope).SingleOrDefaultAsync(q => q.Id == id);

    public async Task<Questionnaire> CreateAsync(UserScope scope, QuestionnaireKind kind, int organizationId, IReadOnlyList<string>? candidates = null,
        QuestionnaireAudience audience = QuestionnaireAudience.Staff)
    {
        if (!await db.Organizations.InScope(scope).AnyAsync(o => o.Id == organizationId))
            throw new DomainException("Организация не найдена в вашей области видимости.", "OrganizationId");
        var q = QuestionnaireTemplates.Create(kind, organizationId, candidates, audience);
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

    /// <summary>A questionnaire from a template for a program; the preference questionnaire lists the organization's mentors to
    /// rank. A kind with versions takes the one of the people the program's form admits on that side (FormRules).</summary>
    public async Task<Questionnaire?> CreateForProgramAsync(UserScope scope, int programId, QuestionnaireKind kind)
    {
        var organizations = db.Organizations.InScope(scope).Select(o => o.Id);
        var program = await db.Programs.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programId && organizations.Contains(p.OrganizationId));
        if (program is null) return null;
        var candidates = kind != QuestionnaireKind.Preference ? null : await db.Mentors.Where(m => m.Person!.OrganizationId == program.OrganizationId && !m.IsArchived)
            .OrderBy(m => m.Person!.LastName).Select(m => m.Person!.FullName).Take(30).ToListAsync();
        var side = kind == QuestionnaireKind.CandidateMentor ? FormRules.MentorRoles(program.Form) : FormRules.MenteeRoles(program.Form);
        var audience = side.All(r => Questionnaire.AudienceOf(r) == QuestionnaireAudience.Learners) ? QuestionnaireAudience.Learners : QuestionnaireAudience.Staff;
        var q = QuestionnaireTemplates.Create(kind, program.OrganizationId, candidates, audience);
        q.ProgramId = programId;
        q.Title += " — " + program.Name;
        q.CreatedAt = clock.GetUtcNow();
        db.Questionnaires.Add(q);
        await db.SaveChangesAsync();
        return q;
    }

    /// <summary>Personal links for the program's participants (mentees, mentors or both) who have none yet for this questionnaire.</summary>
    public async Task<List<FreshLink>?> InviteProgramAsync(UserScope scope, int id, bool mentees, bool mentors)
    {
        if (await FindAsync(scope, id) is not { ProgramId: { } programId }) return null;
        var pairs = db.Pairs.Where(p => p.ProgramId == programId && p.Outcome != Domain.Programs.PairOutcome.Replaced);
        var people = new List<int>();
        if (mentees) people.AddRange(await db.Mentees.Where(m => pairs.Any(p => p.MenteeId == m.Id)).Select(m => m.PersonId).ToListAsync());
        if (mentors) people.AddRange(await db.Mentors.Where(m => pairs.Any(p => p.MentorId == m.Id)).Select(m => m.PersonId).ToListAsync());
        var versions = Versions(await db.Questionnaires.AsNoTracking().SingleAsync(q => q.Id == id)).Select(q => q.Id);
        var invited = await db.Invitations.Where(i => versions.Contains(i.QuestionnaireId) && i.AnsweredAt == null && i.PersonId != null).Select(i => i.PersonId!.Value).ToListAsync();
        var targets = people.Distinct().Except(invited).ToList();
        if (targets.Count == 0) throw new DomainException("Всем участникам программы ссылки уже созданы, или в программе ещё нет пар.");
        return await InviteAsync(scope, id, targets, RespondentRole.Self);
    }

    /// <summary>One personal link per person (or one anonymous link when no person is given). A person answering for
    /// himself receives the version of his category: a pupil the pupils' one, made from the template when it is not there yet.</summary>
    public async Task<List<FreshLink>?> InviteAsync(UserScope scope, int id, IReadOnlyList<int> personIds, RespondentRole respondent)
    {
        if (await FindAsync(scope, id) is not { } questionnaire) return null;
        var allowed = await db.People.InScope(scope).Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Role, Name = p.FullName }).ToListAsync();
        if (allowed.Count != personIds.Distinct().Count()) throw new DomainException("Человек не найден в вашей области видимости.", "PersonId");
        var targets = allowed.Count == 0 ? [(null, null, questionnaire)]
            : new List<(int? Person, string? Name, Questionnaire Version)>();
        foreach (var p in allowed)
            targets.Add((p.Id, p.Name, respondent == RespondentRole.Self ? await VersionForAsync(questionnaire, p.Role) : questionnaire));
        var made = new List<(QuestionnaireInvitation Invitation, string Plain, string? Name)>();
        foreach (var (person, name, version) in targets)
        {
            var invitation = new QuestionnaireInvitation { QuestionnaireId = version.Id, PersonId = person, Respondent = respondent };
            made.Add((invitation, Issue(invitation), name));
            db.Invitations.Add(invitation);
        }
        await db.SaveChangesAsync();
        return made.Select(m => new FreshLink(m.Invitation.Id, links.Questionnaire(m.Plain), m.Invitation.QuestionnaireId, m.Name)).ToList();
    }

    /// <summary>The questionnaire's versions: the same kind for the same organization and program.</summary>
    private IQueryable<Questionnaire> Versions(Questionnaire q) =>
        db.Questionnaires.Where(x => x.OrganizationId == q.OrganizationId && x.ProgramId == q.ProgramId && x.Kind == q.Kind
            && (x.Id == q.Id || QuestionnaireTemplates.HasVersions(q.Kind)));

    /// <summary>The version of the questionnaire for a person of this category; the other version is made from the template
    /// (with the same program) the first time it is needed.</summary>
    private async Task<Questionnaire> VersionForAsync(Questionnaire q, PersonRole role)
    {
        if (q.IsFor(role)) return q;
        var audience = Questionnaire.AudienceOf(role);
        var existing = await Versions(q).Where(x => x.Audience == audience).OrderBy(x => x.Id).FirstOrDefaultAsync();
        if (existing is not null) return existing;
        var own = QuestionnaireTemplates.Title(q.Kind, q.Audience);
        var version = QuestionnaireTemplates.Create(q.Kind, q.OrganizationId, null, audience);
        version.ProgramId = q.ProgramId;
        version.Title += q.Title.StartsWith(own, StringComparison.Ordinal) ? q.Title[own.Length..] : "";
        version.CreatedAt = clock.GetUtcNow();
        db.Questionnaires.Add(version);
        await db.SaveChangesAsync();
        return version;
    }

    /// <summary>New links for the questionnaire's unanswered invitations (a lost or expired link): the old ones stop working.</summary>
    public async Task<List<FreshLink>?> ReissueAsync(UserScope scope, int id)
    {
        if (await FindAsync(scope, id) is null) return null;
        var open = await db.Invitations.Where(i => i.QuestionnaireId == id && i.AnsweredAt == null && i.RevokedAt == null).OrderBy(i => i.Id).ToListAsync();
        var made = open.Select(i => new FreshLink(i.Id, links.Questionnaire(Issue(i)))).ToList();
        await db.SaveChangesAsync();
        return made;
    }

    /// <summary>A participant opens a questionnaire waiting for him from his home page: a fresh link of his own.</summary>
    public async Task<string?> OpenOwnAsync(UserScope scope, int invitationId)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.PersonId != null && i.PersonId == scope.PersonId
            && i.Respondent == RespondentRole.Self && i.AnsweredAt == null && i.RevokedAt == null);
        if (invitation is null) return null;
        var plain = Issue(invitation);
        await db.SaveChangesAsync();
        return "/q/" + plain;
    }

    private string Issue(QuestionnaireInvitation invitation)
    {
        var (plain, hash) = OneTimeLinks.NewToken();
        OneTimeLinks.Start(invitation, hash, clock.GetUtcNow(), QuestionnaireInvitation.Lifetime);
        return plain;
    }

    public Task<List<InvitationRow>> InvitationsAsync(int id) =>
        db.Invitations.AsNoTracking().Where(i => i.QuestionnaireId == id).OrderBy(i => i.Id)
            .Select(i => new InvitationRow(i.Id, db.People.Where(p => p.Id == i.PersonId).Select(p => p.FullName).FirstOrDefault(),
                i.Respondent, i.AnsweredAt, i.ExpiresAt, i.RevokedAt)).ToListAsync();

    public async Task<List<Dictionary<string, List<string>>>> AnswersAsync(int id) =>
        (await db.Invitations.AsNoTracking().Where(i => i.QuestionnaireId == id && i.Answers != null).Select(i => i.Answers!).ToListAsync())
            .Select(a => JsonSerializer.Deserialize<Dictionary<string, List<string>>>(a) ?? []).ToList();

    /// <summary>For an assessment given twice to the same person: the first answers against the latest, per parameter.</summary>
    public async Task<List<(string Person, IReadOnlyList<ParameterChange> Changes, double? Mean)>> AssessmentChangesAsync(Questionnaire assessment)
    {
        var answered = await db.Invitations.AsNoTracking()
            .Where(i => i.QuestionnaireId == assessment.Id && i.Answers != null && i.PersonId != null)
            .Select(i => new { i.PersonId, i.Id, i.Answers, Person = db.People.Where(p => p.Id == i.PersonId).Select(p => p.FullName).First() })
            .ToListAsync();
        return answered.GroupBy(a => a.PersonId).Where(g => g.Count() >= 2)
            .Select(g =>
            {
                var ordered = g.OrderBy(a => a.Id).ToList();
                var changes = AssessmentChange.Compare(assessment, QuestionnaireInvitation.ParseAnswers(ordered[0].Answers!), QuestionnaireInvitation.ParseAnswers(ordered[^1].Answers!));
                return (ordered[0].Person, changes, AssessmentChange.MeanChange(changes));
            })
            .OrderBy(x => x.Person).ToList();
    }


    // --- public side: by personal link, no login ---

    public async Task<(QuestionnaireInvitation Invitation, Questionnaire Questionnaire)?> ByTokenAsync(string token)
    {
        var hash = OneTimeLinks.Hash(token);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash);
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
