using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Programs;

public sealed record ReminderCounts(int MenteesWithoutConsent, int MentorsWithoutConsent, int UnansweredQuestionnaires)
{
    public bool Any => MenteesWithoutConsent + MentorsWithoutConsent + UnansweredQuestionnaires > 0;
}

/// <summary>What the curator should chase, shown on login: missing consents and questionnaires nobody answered yet.</summary>
public class Reminders(AppDbContext db, TerritoryClock clock)
{
    /// <summary>The three counts in one statement (one round trip for the curator's start page).</summary>
    public async Task<ReminderCounts> ForAsync(UserScope scope, CancellationToken ct = default)
    {
        var (mentees, mentors, invitations) = Queries(scope);
        return await db.Regions.Take(1).Select(_ => new ReminderCounts(mentees.Count(), mentors.Count(), invitations.Count())).FirstOrDefaultAsync(ct)
            ?? new ReminderCounts(0, 0, 0);
    }

    /// <summary>The three things counted (ids only), also used by the benchmark to time the same SQL.</summary>
    public (IQueryable<int> MenteesWithoutConsent, IQueryable<int> MentorsWithoutConsent, IQueryable<int> Unanswered) Queries(UserScope scope)
    {
        var today = clock.Today;
        var organizations = db.Organizations.InScope(scope).Select(o => o.Id);
        return (
            db.Mentees.InScope(scope).Where(m => !m.IsArchived
                && !m.Person!.HasValidConsentOn(today)).Select(m => m.Id),
            db.Mentors.InScope(scope).Where(m => !m.IsArchived
                && !m.Person!.HasValidConsentOn(today)).Select(m => m.Id),
            db.Invitations.Where(i => i.AnsweredAt == null
                && db.Questionnaires.Any(q => q.Id == i.QuestionnaireId && organizations.Contains(q.OrganizationId))).Select(i => i.Id));
    }
}
