using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Events;

public enum EventKind
{
    [Display(Name = "семинар")] Seminar = 0,
    [Display(Name = "вебинар")] Webinar = 1,
    [Display(Name = "конференция")] Conference = 2,
    [Display(Name = "форум")] Forum = 3,
    [Display(Name = "мастер-класс")] MasterClass = 4,
    [Display(Name = "педагогический десант")] PedagogicalLanding = 5,
    [Display(Name = "круглый стол")] RoundTable = 6,
    [Display(Name = "обучение наставников")] Training = 7,
    [Display(Name = "другое")] Other = 8,
}

public enum EventStatus
{
    [Display(Name = "запланировано")] Planned = 0,
    [Display(Name = "проведено")] Held = 1,
    [Display(Name = "отменено")] Cancelled = 2,
}

/// <summary>The editable fields of an event, as a form sends them.</summary>
public sealed record EventDetails(EventKind Kind, string Title, string? Organizer, DateOnly StartsOn, DateOnly? EndsOn, string? Time,
    string? Place, string? OnlineUrl, string? Audience, int? Capacity, string? Description, bool IsPublic);

/// <summary>Мероприятие: a seminar, webinar, conference, the forum «Наставник38», a master-class, a «педагогический десант»;
/// held at a region's, a municipality's or an organization's level.</summary>
public class MentoringEvent : ITerritorial
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
    public EventKind Kind { get; internal set; }
    public string Title { get; internal set; } = "";
    public string? Organizer { get; internal set; }
    public DateOnly StartsOn { get; internal set; }
    public DateOnly? EndsOn { get; internal set; }
    public string? Time { get; internal set; }
    public string? Place { get; internal set; }
    public string? OnlineUrl { get; internal set; }
    public string? Audience { get; internal set; }
    public int? Capacity { get; internal set; }
    public string? Description { get; internal set; }
    public bool IsPublic { get; internal set; }
    public EventStatus Status { get; internal set; }
    /// <summary>Распоряжение/приказ об итогах: its number and date, as printed.</summary>
    public string? ResultDocument { get; internal set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public DateOnly LastDay => EndsOn ?? StartsOn;

    public static MentoringEvent Create(int regionId, int? municipalityId, int? organizationId, EventDetails details)
    {
        var e = new MentoringEvent { RegionId = regionId, MunicipalityId = municipalityId, OrganizationId = organizationId, Title = "" };
        e.Update(details);
        return e;
    }

    public void Update(EventDetails d)
    {
        if (Status == EventStatus.Cancelled) throw new DomainException("Мероприятие отменено и не редактируется.");
        if (string.IsNullOrWhiteSpace(d.Title)) throw new DomainException("Укажите название мероприятия.", "Title");
        if (d.EndsOn is { } end && end < d.StartsOn) throw new DomainException("Дата окончания раньше даты начала.", "EndsOn");
        if (string.IsNullOrWhiteSpace(d.Place) && string.IsNullOrWhiteSpace(d.OnlineUrl))
            throw new DomainException("Укажите место проведения или ссылку на онлайн-трансляцию.", "Place");
        if (!string.IsNullOrWhiteSpace(d.OnlineUrl) && !(Uri.TryCreate(d.OnlineUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            throw new DomainException("Ссылка на онлайн-участие должна начинаться с https:// или http://.", "OnlineUrl");
        if (d.Capacity is <= 0) throw new DomainException("Число мест — целое число больше нуля (или оставьте пустым, если мест не ограничено).", "Capacity");
        (Kind, Title, Organizer, StartsOn, EndsOn, Time, Place, OnlineUrl, Audience, Capacity, Description, IsPublic) =
            (d.Kind, d.Title.Trim(), Trim(d.Organizer), d.StartsOn, d.EndsOn, Trim(d.Time), Trim(d.Place), Trim(d.OnlineUrl), Trim(d.Audience), d.Capacity, Trim(d.Description), d.IsPublic);
    }

    /// <summary>An event is held once its day has come and the document about its results is named.</summary>
    public void MarkHeld(string? resultDocument, DateOnly today)
    {
        if (Status != EventStatus.Planned) throw new DomainException("Отметить проведённым можно только запланированное мероприятие.");
        if (StartsOn > today) throw new DomainException($"Мероприятие ещё не началось ({StartsOn:dd.MM.yyyy}).");
        if (string.IsNullOrWhiteSpace(resultDocument))
            throw new DomainException("Укажите распоряжение (приказ) об итогах мероприятия: номер и дату.", "ResultDocument");
        ResultDocument = resultDocument.Trim();
        Status = EventStatus.Held;
    }

    public void Cancel()
    {
        if (Status != EventStatus.Planned) throw new DomainException("Отменить можно только запланированное мероприятие.");
        Status = EventStatus.Cancelled;
    }

    /// <summary>New participants (<paramref name="adding"/> of them): only while the event is planned, and while there are seats for all.</summary>
    public void EnsureCanRegister(int registered, int adding = 1)
    {
        if (Status != EventStatus.Planned) throw new DomainException("Регистрация закрыта: мероприятие " + (Status == EventStatus.Held ? "уже проведено." : "отменено."));
        if (Capacity is not { } seats || registered + adding <= seats) return;
        throw new DomainException(registered >= seats ? $"Мест нет: зарегистрировано {registered} из {seats}."
            : $"Мест не хватит: свободно {seats - registered}, а выбрано {adding}.");
    }

    /// <summary>Attendance is marked from the event's first day.</summary>
    public void EnsureCanMarkAttendance(DateOnly today)
    {
        if (Status == EventStatus.Cancelled) throw new DomainException("Мероприятие отменено.");
        if (StartsOn > today) throw new DomainException($"Посещение отмечается с даты мероприятия ({StartsOn:dd.MM.yyyy}).");
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>A registered participant: a person from the registries, or someone invited by name and e-mail (personal data: audited).</summary>
public class EventParticipant : IPersonalData
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int? PersonId { get; set; }
    public required string FullName { get; set; }
    public string? Email { get; set; }
    public string? Organization { get; set; }
    public bool Invited { get; set; }
    public bool Attended { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
}
