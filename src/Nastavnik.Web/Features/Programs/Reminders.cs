using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Programs;

public sealed record ReminderCounts(int MenteesWithoutConsent, int MentorsWithoutConsent, int UnansweredQuestionnaires)
{
    public bool Any => MenteesWithoutConsent + MentorsWithoutConsent + UnansweredQuestionnaires > 0;
}

/// <summary>What the curator should chase, shown on login: missing consents and questionnaires nobody answered yet.</summary>
public class Reminders(AppDbContext db)
{
    public async Task<ReminderCounts> ForAsync(UserScope scope, CancellationToken ct = default)
    {
        var today = db.Today;
        var organizations = db.Organizations.InScope(scope).Select(o => o.Id);
        var menteesWithout = await db.Mentees.InScope(scope).CountAsync(m => !m.IsArchived
            && !(m.Person!.ConsentState == ConsentState.Valid && (m.Person.ConsentValidUntil == null || m.Person.ConsentValidUntil >= today)), ct);
        var mentorsWithout = await db.Mentors.InScope(scope).CountAsync(m => !m.IsArchived
            && !(m.Person!.ConsentState == ConsentState.Valid && (m.Person.ConsentValidUntil == null || m.Person.ConsentValidUntil >= today)), ct);
        var unanswered = await db.Invitations.CountAsync(i => i.AnsweredAt == null
            && db.Questionnaires.Any(q => q.Id == i.QuestionnaireId && organizations.Contains(q.OrganizationId)), ct);
        return new ReminderCounts(menteesWithout, mentorsWithout, unanswered);
    }
}
