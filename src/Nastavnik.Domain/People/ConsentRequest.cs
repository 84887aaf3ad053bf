using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.People;

/// <summary>A personal link by which a person (or, for a minor, his legal representative) gives a consent himself, once.</summary>
public class ConsentRequest
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public required string Token { get; set; }
    public required string Purpose { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }

    public Consent Accept(Person person, string? representativeName, string? representativeRelation, bool agreed, DateTimeOffset now, DateOnly today)
    {
        if (UsedAt is not null) throw new DomainException("Согласие по этой ссылке уже дано. Спасибо!");
        if (!agreed) throw new DomainException("Отметьте, что вы даёте согласие.", "Agreed");
        if (person.IsMinorOn(today) && string.IsNullOrWhiteSpace(representativeRelation))
            throw new DomainException("Укажите, кем вы приходитесь ребёнку (мать, отец, опекун).", "RepresentativeRelation");
        var consent = person.GiveConsent(today, Purpose, representativeName, representativeRelation, null, today);
        consent.DocumentNote = $"Дано по персональной ссылке {now.ToLocalTime():dd.MM.yyyy HH:mm}";
        UsedAt = now;
        return consent;
    }
}
