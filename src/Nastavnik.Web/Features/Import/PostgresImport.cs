using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Import;

/// <summary>The PostgreSQL path of an import: builds the records in memory, takes their ids, and COPYs each table once.</summary>
public sealed class PostgresImport(AppDbContext db, TerritoryClock clock)
{
    public async Task WriteAsync(ImportPlan plan, Func<int, int, Task>? progress, CancellationToken ct)
    {
        var today = clock.Today;
        var now = clock.GetUtcNow();
        var people = new List<Person>(plan.Rows.Count);
        var mentors = new List<(Mentor Mentor, PlannedRow Row)>();
        var mentees = new List<(Mentee Mentee, PlannedRow Row)>();
        foreach (var row in plan.Rows)
        {
            var person = new Person { LastName = "", FirstName = "", CreatedAt = now, UpdatedAt = now };
            row.Person.ApplyTo(person);
            person.Normalize();
            if (row.ConsentDate is { } given)
                person.GiveConsent(given, Consent.DefaultPurpose, row.RepresentativeName, row.RepresentativeName is null ? null : "законный представитель", null, today);
            people.Add(person);
            if (row.Participation == Participation.Mentor)
            {
                var mentor = new Mentor { Person = person, IncludedOn = today, Competences = row.Competences, Forms = MentoringForms.TeacherTeacher, CreatedAt = now, UpdatedAt = now };
                mentor.SetCapacity(row.Capacity);
                mentors.Add((mentor, row));
            }
            else if (row.Participation == Participation.Mentee)
            {
                mentees.Add((new Mentee
                {
                    Person = person, IncludedOn = today, Request = row.Request, PriorityGroups = row.PriorityGroups,
                    Category = row.MenteeCategory ?? Mentee.SuggestCategory(person), CreatedAt = now, UpdatedAt = now,
                }, row));
            }
        }
        var consents = people.SelectMany(p => p.Consents).ToList();
        var writer = new PostgresBulkWriter(db);
        await writer.AssignIdsAsync(people, (p, id) => p.Id = id, ct);
        foreach (var c in consents) c.PersonId = c.Person!.Id;
        await writer.AssignIdsAsync(consents, (c, id) => c.Id = id, ct);
        await writer.AssignIdsAsync(mentors.Select(m => m.Mentor).ToList(), (m, id) => { m.Id = id; m.PersonId = m.Person!.Id; }, ct);
        await writer.AssignIdsAsync(mentees.Select(m => m.Mentee).ToList(), (m, id) => { m.Id = id; m.PersonId = m.Person!.Id; }, ct);

        var total = plan.Rows.Count;
        await writer.CopyAsync(people, p => p.OrganizationId, ct);
        if (progress is not null) await progress(total / 2, total);
        await writer.CopyAsync(consents, c => c.Person!.OrganizationId, ct);
        await writer.CopyAsync(mentors.Select(m => m.Mentor).ToList(), m => m.Person!.OrganizationId, ct);
        await writer.CopyAsync(mentees.Select(m => m.Mentee).ToList(), m => m.Person!.OrganizationId, ct);
        await writer.CopyLinksAsync("MentorDeficits", "MentorId", "DeficitId", mentors.SelectMany(m => m.Row.DeficitIds.Distinct().Select(d => (m.Mentor.Id, d))), ct);
        await writer.CopyLinksAsync("MenteeDeficits", "MenteeId", "DeficitId", mentees.SelectMany(m => m.Row.DeficitIds.Distinct().Select(d => (m.Mentee.Id, d))), ct);
        await writer.FlushAuditAsync(ct);
        if (progress is not null) await progress(total, total);
    }
}
