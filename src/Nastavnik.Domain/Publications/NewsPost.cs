using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Publications;

/// <summary>A short news post with an optional image, published to the public «Наставничество» page of its owner.</summary>
public class NewsPost : ITerritorial
{
    public const int MaxBodyLength = 8000;

    public int Id { get; set; }
    public int RegionId { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public int? ImageFileId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public void Edit(string? title, string? body)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Укажите заголовок новости.", "Title");
        if (string.IsNullOrWhiteSpace(body)) throw new DomainException("Напишите текст новости.", "Body");
        if (body.Length > MaxBodyLength) throw new DomainException($"Текст новости длиннее {MaxBodyLength} знаков.", "Body");
        (Title, Body) = (title.Trim(), body.Trim());
    }

    public void Publish(DateTimeOffset now)
    {
        if (PublishedAt is not null) throw new DomainException("Новость уже опубликована.");
        PublishedAt = now;
    }

    public void Unpublish() => PublishedAt = null;
}
