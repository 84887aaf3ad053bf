using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Mentors;

/// <summary>Creates, edits and archives records of the base of mentors. Used by the pages and the API.</summary>
public class MentorEditor(AppDbContext db, PersonRules rules, TerritoryClock clock) : RegistryEditor<Mentor, MentorInput>(db, rules, clock)
{
    protected override Mentor New(Person person, DateOnly today) => new() { Person = person, IncludedOn = today };

    protected override IQueryable<Mentor> WithDetails(IQueryable<Mentor> query) =>
        query.Include(m => m.Person!).ThenInclude(p => p.Consents).Include(m => m.CoveredDeficits);

    protected override async Task ApplyAsync(Mentor mentor, MentorInput input, CancellationToken ct)
    {
        mentor.Competences = input.Competences;
        mentor.Forms = input.Forms.Aggregate(MentoringForms.None, (a, x) => a | x);
        mentor.Formats = input.Formats.Aggregate(MentoringFormats.None, (a, x) => a | x);
        mentor.SetCapacity(input.Capacity);
        // «Обучение пройдено» is not typed here: it follows from the mentor's training records (MentorPreparation).
        mentor.InterviewStatus = input.InterviewStatus;
        mentor.IsExpert = input.IsExpert;
        mentor.Notes = input.Notes;
        await DeficitLinks.SyncAsync(Db, mentor.CoveredDeficits, input.DeficitIds, ct);
    }

    /// <summary>Records a training or an interview with its outcome (the card and the API); the mentor's status follows
    /// from the records. Null when the mentor is outside the scope.</summary>
    public async Task<MentorPreparation?> RecordPreparationAsync(UserScope scope, int id, PreparationKind kind, DateOnly heldOn, bool passed, string? outcome,
        CancellationToken ct = default)
    {
        var mentor = await Db.Mentors.InScope(scope).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mentor is null) return null;
        var record = MentorPreparation.Record(mentor, kind, heldOn, passed, outcome, Clock.Today);
        await Db.SaveChangesAsync(ct);
        return record;
    }
}
