using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Import;

/// <summary>Writes a validated plan in one transaction: all rows land or none. On PostgreSQL with binary COPY
/// (PostgresImport); on SQLite in chunks of batched INSERTs, change tracking cleared between chunks.</summary>
public class ImportExecutor(AppDbContext db, TerritoryClock clock)
{
    public const int ChunkSize = 1000;

    /// <param name="beforeCommit">Runs inside the transaction after the rows are written (the job marks itself done there).</param>
    public async Task<ImportResult> ExecuteAsync(ImportPlan plan, Func<int, int, Task>? progress, CancellationToken ct = default,
        Func<ImportResult, Task>? beforeCommit = null)
    {
        if (!plan.IsValid) throw new DomainException($"Файл содержит ошибки ({plan.Errors.Count}); ничего не загружено.");
        var today = clock.Today;
        var result = new ImportResult(plan.People, plan.Mentors, plan.Mentees);
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (db.IsPostgres)
            {
                await new PostgresImport(db, clock).WriteAsync(plan, progress, ct);
                if (beforeCommit is not null) await beforeCommit(result);
                await transaction.CommitAsync(ct);
                return result;
            }
            for (var start = 0; start < plan.Rows.Count; start += ChunkSize)
            {
                var stubs = new Dictionary<int, Deficit>();
                foreach (var row in plan.Rows.Skip(start).Take(ChunkSize)) Add(row, today, stubs);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                if (progress is not null) await progress(Math.Min(plan.Rows.Count, start + ChunkSize), plan.Rows.Count);
            }
            if (beforeCommit is not null) await beforeCommit(result);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
        return result;
    }

    private void Add(PlannedRow row, DateOnly today, Dictionary<int, Deficit> stubs)
    {
        var person = new Person { LastName = "", FirstName = "" };
        row.Person.ApplyTo(person);
        if (row.ConsentDate is { } given)
            person.GiveConsent(given, Consent.DefaultPurpose, row.RepresentativeName, row.RepresentativeName is null ? null : "законный представитель", null, today);
        var deficits = row.DeficitIds.Select(id => Stub(id, stubs)).ToList();
        switch (row.Participation)
        {
            case Participation.Mentor:
                var mentor = new Mentor { Person = person, IncludedOn = today, Competences = row.Competences, Forms = MentoringForms.TeacherTeacher };
                mentor.SetCapacity(row.Capacity);
                mentor.CoveredDeficits.AddRange(deficits);
                db.Mentors.Add(mentor);
                break;
            case Participation.Mentee:
                var mentee = new Mentee
                {
                    Person = person, IncludedOn = today, Request = row.Request, PriorityGroups = row.PriorityGroups,
                    Category = row.MenteeCategory ?? Mentee.SuggestCategory(person),
                };
                mentee.Deficits.AddRange(deficits);
                db.Mentees.Add(mentee);
                break;
            default:
                db.People.Add(person);
                break;
        }
    }

    private Deficit Stub(int id, Dictionary<int, Deficit> stubs)
    {
        if (stubs.TryGetValue(id, out var d)) return d;
        d = new Deficit { Id = id, Name = "" };
        db.Deficits.Attach(d);
        stubs[id] = d;
        return d;
    }
}
