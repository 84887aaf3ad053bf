using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Events;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Files;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Events;

public sealed record EventRow(int Id, string Title, EventKind Kind, DateOnly StartsOn, DateOnly? EndsOn, string? Time, string? Place, bool Online,
    MonitoringLevel Level, string Owner, EventStatus Status, int Registered, int? Capacity, bool Mine);

public sealed record ParticipantRow(int Id, int? PersonId, string FullName, string? Email, string? Organization, bool Invited, bool Attended);

/// <param name="Level">Only events of this level.</param>
/// <param name="Mine">Only events the user (his person record) is registered for.</param>
public sealed record EventFilter(DateOnly From, DateOnly To, MonitoringLevel? Level = null, bool Mine = false, EventKind? Kind = null);

/// <summary>Мероприятия: the calendar of a user's levels, registration of participants, attendance, materials and results.</summary>
public class EventService(AppDbContext db, FileStore files, TerritoryClock clock)
{
    public async Task<List<EventRow>> ListAsync(UserScope scope, EventFilter filter, CancellationToken ct = default)
    {
        var person = scope.PersonId ?? -1;
        var query = db.Events.AsNoTracking().VisibleTo(scope).Where(e => e.StartsOn <= filter.To && (e.EndsOn ?? e.StartsOn) >= filter.From);
        if (filter.Kind is { } kind) query = query.Where(e => e.Kind == kind);
        query = filter.Level switch
        {
            MonitoringLevel.Region => query.Where(e => e.MunicipalityId == null),
            MonitoringLevel.Municipality => query.Where(e => e.MunicipalityId != null && e.OrganizationId == null),
            MonitoringLevel.Organization => query.Where(e => e.OrganizationId != null),
            _ => query,
        };
        if (filter.Mine) query = query.Where(e => db.EventParticipants.Any(p => p.EventId == e.Id && p.PersonId == person));
        var rows = await query.OrderBy(e => e.StartsOn).ThenBy(e => e.Id).Take(2000).Select(e => new
        {
            e.Id, e.Title, e.Kind, e.StartsOn, e.EndsOn, e.Time, e.Place, Online = e.OnlineUrl != null, e.MunicipalityId, e.OrganizationId, e.Status, e.Capacity,
            Owner = e.OrganizationId != null ? db.Organizations.Where(o => o.Id == e.OrganizationId).Select(o => o.ShortName ?? o.Name).First()
                : e.MunicipalityId != null ? db.Municipalities.Where(m => m.Id == e.MunicipalityId).Select(m => m.Name).First()
                : db.Regions.Where(r => r.Id == e.RegionId).Select(r => r.Name).First(),
            Registered = db.EventParticipants.Count(p => p.EventId == e.Id),
            Mine = db.EventParticipants.Any(p => p.EventId == e.Id && p.PersonId == person),
        }).ToListAsync(ct);
        return rows.Select(e => new EventRow(e.Id, e.Title, e.Kind, e.StartsOn, e.EndsOn, e.Time, e.Place, e.Online,
            Territorial.LevelOf(e.MunicipalityId, e.OrganizationId),
            e.Owner, e.Status, e.Registered, e.Capacity, e.Mine)).ToList();
    }

    public Task<MentoringEvent?> FindVisibleAsync(UserScope scope, int id, CancellationToken ct = default) =>
        db.Events.AsNoTracking().VisibleTo(scope).SingleOrDefaultAsync(e => e.Id == id, ct);

    public Task<bool> CanEditAsync(UserScope scope, int id, CancellationToken ct = default) =>
        db.Events.EditableBy(scope).AnyAsync(e => e.Id == id, ct);

    private async Task<MentoringEvent> EditableAsync(UserScope scope, int id, Guid? stamp, CancellationToken ct)
    {
        var e = await db.Events.EditableBy(scope).SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new Infrastructure.Errors.NotFoundException();
        db.ExpectVersion(e, stamp);
        return e;
    }

    public async Task<MentoringEvent> CreateAsync(UserScope scope, EventDetails details, CancellationToken ct = default)
    {
        var (region, municipality, organization) = TerritorialScope.OwnLevel(scope);
        var e = MentoringEvent.Create(region, municipality, organization, details);
        db.Events.Add(e);
        await db.SaveChangesAsync(ct);
        return e;
    }

    public async Task UpdateAsync(UserScope scope, int id, EventDetails details, Guid stamp, CancellationToken ct = default)
    {
        var e = await EditableAsync(scope, id, stamp, ct);
        e.Update(details);
        await db.SaveChangesAsync(ct);
    }

    public async Task MarkHeldAsync(UserScope scope, int id, string? resultDocument, Guid stamp, CancellationToken ct = default)
    {
        var e = await EditableAsync(scope, id, stamp, ct);
        e.MarkHeld(resultDocument, clock.Today);
        await db.SaveChangesAsync(ct);
    }

    public async Task CancelAsync(UserScope scope, int id, Guid stamp, CancellationToken ct = default)
    {
        var e = await EditableAsync(scope, id, stamp, ct);
        e.Cancel();
        await db.SaveChangesAsync(ct);
    }

    public async Task AttachAsync(UserScope scope, int id, UploadedFile file, CancellationToken ct = default)
    {
        var e = await EditableAsync(scope, id, null, ct);
        files.Add(FileOwner.Event, e.Id, file);
        await db.SaveChangesAsync(ct);
    }

    public Task<List<FileRow>> FilesAsync(int id, CancellationToken ct = default) => files.ListAsync(FileOwner.Event, id, ct);

    public Task<List<ParticipantRow>> ParticipantsAsync(int id, CancellationToken ct = default) =>
        db.EventParticipants.AsNoTracking().Where(p => p.EventId == id).OrderBy(p => p.FullName)
            .Select(p => new ParticipantRow(p.Id, p.PersonId, p.FullName, p.Email, p.Organization, p.Invited, p.Attended)).ToListAsync(ct);

    /// <summary>Registers people from the registries: the organizer registers anyone in his scope; a mentor or a mentee himself.</summary>
    public Task<int> RegisterAsync(UserScope scope, int id, IReadOnlyCollection<int> personIds, CancellationToken ct = default) =>
        WithSeatsLockedAsync(id, () => RegisterLockedAsync(scope, id, personIds, ct), ct);

    private async Task<int> RegisterLockedAsync(UserScope scope, int id, IReadOnlyCollection<int> personIds, CancellationToken ct)
    {
        var e = await db.Events.VisibleTo(scope).SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new Infrastructure.Errors.NotFoundException();
        var self = scope.PersonId is { } me && personIds.Count == 1 && personIds.Single() == me;
        if (!self && !await CanEditAsync(scope, id, ct)) throw new DomainException("Регистрировать других участников может организатор мероприятия.");
        var people = await (self ? db.People.Where(p => p.Id == scope.PersonId) : db.People.InScope(scope)).Where(p => personIds.Contains(p.Id) && !p.IsArchived)
            .Select(p => new
            {
                p.Id, Name = p.FullName, p.Email,
                Organization = p.Organization!.ShortName ?? p.Organization.Name
            }).ToListAsync(ct);
        if (people.Count != personIds.Distinct().Count()) throw new DomainException("Некоторые выбранные люди не найдены в базах вашей организации (территории).");
        var already = await db.EventParticipants.Where(p => p.EventId == id && p.PersonId != null && personIds.Contains(p.PersonId.Value)).Select(p => p.FullName).ToListAsync(ct);
        if (already.Count > 0) throw new DomainException("Уже зарегистрированы: " + string.Join(", ", already) + ".");
        var registered = await db.EventParticipants.CountAsync(p => p.EventId == id, ct);
        e.EnsureCanRegister(registered, people.Count);
        foreach (var p in people)
            db.EventParticipants.Add(new EventParticipant { EventId = id, PersonId = p.Id, FullName = p.Name, Email = p.Email, Organization = p.Organization, RegisteredAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        return people.Count;
    }

    /// <summary>Invites a guest who is not in the registries (a partner, a speaker) by name and e-mail.</summary>
    public Task InviteAsync(UserScope scope, int id, string? fullName, string? email, string? organization, CancellationToken ct = default) =>
        WithSeatsLockedAsync(id, () => InviteLockedAsync(scope, id, fullName, email, organization, ct), ct);

    private async Task<bool> InviteLockedAsync(UserScope scope, int id, string? fullName, string? email, string? organization, CancellationToken ct)
    {
        var e = await EditableAsync(scope, id, null, ct);
        if (string.IsNullOrWhiteSpace(fullName)) throw new DomainException("Укажите ФИО приглашённого.", "FullName");
        if (!string.IsNullOrWhiteSpace(email) && !System.Net.Mail.MailAddress.TryCreate(email.Trim(), out _))
            throw new DomainException($"Адрес «{email}» не похож на адрес электронной почты.", "Email");
        e.EnsureCanRegister(await db.EventParticipants.CountAsync(p => p.EventId == id, ct));
        db.EventParticipants.Add(new EventParticipant
        {
            EventId = id, FullName = fullName.Trim(), Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            Organization = string.IsNullOrWhiteSpace(organization) ? null : organization.Trim(), Invited = true, RegisteredAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Runs a registration alone among the event's registrations, its seats counted inside: PostgreSQL locks the
    /// event's row until the commit (SELECT … FOR UPDATE); SQLite's transaction takes the database's one write lock when it
    /// begins (BEGIN IMMEDIATE). Two registrations at once cannot both take the last seat.</summary>
    private async Task<T> WithSeatsLockedAsync<T>(int eventId, Func<Task<T>> register, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.IsPostgres) await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Events\" WHERE \"Id\" = {eventId} FOR UPDATE", ct);
        var result = await register();
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>Marks who attended: the chosen participants attended, the others did not.</summary>
    public async Task SetAttendanceAsync(UserScope scope, int id, IReadOnlyCollection<int> attendedIds, CancellationToken ct = default)
    {
        var e = await EditableAsync(scope, id, null, ct);
        e.EnsureCanMarkAttendance(clock.Today);
        foreach (var p in await db.EventParticipants.Where(p => p.EventId == id).ToListAsync(ct)) p.Attended = attendedIds.Contains(p.Id);
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveParticipantAsync(UserScope scope, int id, int participantId, CancellationToken ct = default)
    {
        var self = scope.PersonId is { } me && await db.EventParticipants.AnyAsync(p => p.Id == participantId && p.EventId == id && p.PersonId == me, ct);
        if (!self && !await CanEditAsync(scope, id, ct)) throw new Infrastructure.Errors.NotFoundException();
        // Removed through the change tracker, not ExecuteDelete: the participant's record is personal data and is audited.
        var participant = await db.EventParticipants.SingleOrDefaultAsync(p => p.Id == participantId && p.EventId == id, ct) ?? throw new Infrastructure.Errors.NotFoundException();
        db.EventParticipants.Remove(participant);
        await db.SaveChangesAsync(ct);
    }
}
