using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Publications;

/// <summary>A kind of local act; the region decides which kinds every organization must publish.</summary>
public class LocalActKind
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public required string Name { get; set; }
    public bool Required { get; set; }
    public int SortOrder { get; set; }
    /// <summary>The version of the kind: the region's list is edited as one form, by several operators.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>The acts the seed documents require of every organization (its «Наставничество» section).</summary>
    public static IReadOnlyList<(string Name, bool Required)> Defaults { get; } =
    [
        ("Положение о наставничестве", true),
        ("Дорожная карта внедрения целевой модели наставничества", true),
        ("Приказ о внедрении целевой модели наставничества", true),
        ("Программа наставничества", true),
        ("Приказ о закреплении наставнических пар (групп)", false),
    ];
}

/// <summary>Локальный акт: Положение о наставничестве, дорожная карта, приказы, программа — kept with its versions.</summary>
public class LocalAct : ITerritorial
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
    public int KindId { get; set; }
    public required string Title { get; set; }
    public string? Number { get; set; }
    public DateOnly? AdoptedOn { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public static LocalAct Create(int regionId, int? municipalityId, int? organizationId, int kindId, string title, string? number, DateOnly? adoptedOn, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Укажите название документа.", "Title");
        if (adoptedOn > today) throw new DomainException("Дата принятия документа не может быть в будущем.", "AdoptedOn");
        return new LocalAct
        {
            RegionId = regionId, MunicipalityId = municipalityId, OrganizationId = organizationId, KindId = kindId, Title = title.Trim(),
            Number = string.IsNullOrWhiteSpace(number) ? null : number.Trim(), AdoptedOn = adoptedOn,
        };
    }
}

/// <summary>A version of a local act (its file); the public page shows the latest published version.</summary>
public class LocalActVersion
{
    public int Id { get; set; }
    public int ActId { get; set; }
    public int Version { get; set; }
    public int FileId { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }

    public void Publish(string by, DateTimeOffset now)
    {
        if (PublishedAt is not null) throw new DomainException($"Редакция {Version} уже опубликована.");
        (PublishedAt, PublishedBy) = (now, by);
    }

    public void Unpublish()
    {
        if (PublishedAt is null) throw new DomainException($"Редакция {Version} не опубликована.");
        (PublishedAt, PublishedBy) = (null, null);
    }
}
