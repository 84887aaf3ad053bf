using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.People;

/// <summary>A personal link by which a person (or, for a minor, his legal representative) gives a consent himself, once.
/// Revoked when the person withdraws a consent or is anonymized: an old link must not record a new consent.</summary>
public class ConsentRequest : IOneTimeLink
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public int Id { get; set; }
    public int PersonId { get; set; }
    public string TokenHash { get; set; } = "";
    public required string Purpose { get; set; }
    /// <summary>Where the link was sent (the person's or the parent's e-mail), if it was sent.</summary>
    public string? SentTo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    /// <param name="today">The date in the person's region.</param>
    /// <param name="zone">The person's region's zone, for the time written in the consent's note (UTC if not given).</param>
    public Consent Accept(Person person, string? representativeName, string? representativeRelation, bool agreed, DateTimeOffset now, DateOnly today,
        TimeZoneInfo? zone = null)
    {
        OneTimeLinks.EnsureActive(this, now, "Согласие по этой ссылке уже дано. Спасибо!");
        if (person.IsAnonymized) throw new DomainException(OneTimeLinks.NoLongerValid);
        if (!agreed) throw new DomainException("Отметьте, что вы даёте согласие.", "Agreed");
        if (person.IsMinorOn(today) && string.IsNullOrWhiteSpace(representativeRelation))
            throw new DomainException("Укажите, кем вы приходитесь ребёнку (мать, отец, опекун).", "RepresentativeRelation");
        var consent = person.GiveConsent(today, Purpose, representativeName, representativeRelation, null, today);
        consent.DocumentNote = $"Дано по персональной ссылке {TimeZoneInfo.ConvertTime(now, zone ?? TimeZoneInfo.Utc):dd.MM.yyyy HH:mm}";
        UsedAt = now;
        return consent;
    }
}
