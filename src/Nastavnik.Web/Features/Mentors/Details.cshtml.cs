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

    /// <summary>Records a training or an interview with its outcome; the mentor's status follows from the records.</summary>
    public async Task<IActionResult> OnPostPreparationAsync(int id, PreparationKind kind, DateOnly heldOn, bool passed, string? outcome, CancellationToken ct)
    {
        try
        {
            if (await editor.RecordPreparationAsync(this.Scope(), id, kind, heldOn, passed, outcome, ct) is null) return NotFound();
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
