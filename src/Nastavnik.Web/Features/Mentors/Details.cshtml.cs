using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Mentors;

[Authorize(Policy = Policies.EditRegistries)]
public class DetailsModel(MentorQueries queries, MentorEditor editor, PersonConsents consents, AppDbContext db)
    : RegistryDetailsPage<Mentor, MentorInput>(editor, consents)
{
    protected override Task<Mentor?> FindAsync(UserScope scope, int id, CancellationToken ct) => queries.FindAsync(scope, id, ct);
    protected override Task<ParticipationHistory> HistoryAsync(int id, CancellationToken ct) => ParticipationHistory.ForMentorAsync(db, id, ct);

    /// <summary>Records a training or an interview with its outcome; the mentor's status follows the latest record.</summary>
    public async Task<IActionResult> OnPostPreparationAsync(int id, PreparationKind kind, DateOnly heldOn, bool passed, string? outcome, CancellationToken ct)
    {
        var mentor = await db.Mentors.InScope(this.Scope()).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mentor is null) return NotFound();
        try
        {
            db.MentorPreparations.Add(MentorPreparation.Record(mentor, kind, heldOn, passed, outcome, db.Today));
            await db.SaveChangesAsync(ct);
            TempData["Message"] = $"Записано: {kind.Ru()} — {(passed ? "пройдено" : "не пройдено")}.";
            return RedirectToPage(new { id });
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            Error = ex.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }
}
