using System.Linq.Expressions;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Territory;

namespace Nastavnik.Domain.People;

/// <summary>A person in an organization: teacher, pupil, student or employer representative.
/// Personal data; every change is audited.</summary>
public class Person : IPersonalData
{
    public const int AdultAge = 18;

    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    public required string LastName { get; set; }
    public required string FirstName { get; set; }
    public string? MiddleName { get; set; }
    public DateOnly? BirthDate { get; set; }
    public Sex Sex { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    public PersonRole Role { get; set; }
    /// <summary>Должность (for teachers and employer representatives).</summary>
    public string? Position { get; set; }
    /// <summary>Subjects taught, separated by "; ".</summary>
    public string? Subjects { get; set; }
    public int? TotalExperienceYears { get; set; }
    public int? TeachingExperienceYears { get; set; }
    public string? QualificationCategory { get; set; }
    /// <summary>Класс for a pupil, e.g. "7Б".</summary>
    public string? Grade { get; set; }
    public int? Course { get; set; }
    public string? Specialty { get; set; }

    /// <summary>Denormalised from the consents so that lists filter on it with an index.</summary>
    public ConsentState ConsentState { get; set; }
    public DateOnly? ConsentValidUntil { get; set; }

    /// <summary>Normalised "фамилия имя отчество e-mail" for case-insensitive search.</summary>
    public string SearchText { get; set; } = string.Empty;
    public string? SubjectsSearch { get; set; }
    public bool IsArchived { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<Consent> Consents { get; set; } = [];

    /// <summary>«Фамилия Имя Отчество»: the one definition, for pages and for SQL (see <see cref="QueryableAsAttribute"/>).</summary>
    public static readonly Expression<Func<Person, string>> FullNameExpression =
        p => p.LastName + " " + p.FirstName + (p.MiddleName == null ? "" : " " + p.MiddleName);
    private static readonly Func<Person, string> fullName = FullNameExpression.Compile();

    [QueryableAs(nameof(FullNameExpression))]
    public string FullName => fullName(this);

    public int? AgeOn(DateOnly date)
    {
        if (BirthDate is not { } birth) return null;
        var age = date.Year - birth.Year;
        if (date < birth.AddYears(age)) age--;
        return age;
    }

    /// <summary>A person without a known birth date is treated as a minor only if he is a pupil.</summary>
    public bool IsMinorOn(DateOnly date) => AgeOn(date) is { } age ? age < AdultAge : Role == PersonRole.Pupil;

    /// <summary>A consent to take part that is in force on the date: the one definition, for pages and for SQL.</summary>
    public static readonly Expression<Func<Person, DateOnly, bool>> HasValidConsentOnExpression =
        (p, date) => p.ConsentState == ConsentState.Valid && (p.ConsentValidUntil == null || p.ConsentValidUntil >= date);
    private static readonly Func<Person, DateOnly, bool> hasValidConsentOn = HasValidConsentOnExpression.Compile();

    [QueryableAs(nameof(HasValidConsentOnExpression))]
    public bool HasValidConsentOn(DateOnly date) => hasValidConsentOn(this, date);

    /// <summary>Recomputes the derived columns; called before every save.</summary>
    public void Normalize()
    {
        LastName = LastName.Trim();
        FirstName = FirstName.Trim();
        MiddleName = string.IsNullOrWhiteSpace(MiddleName) ? null : MiddleName.Trim();
        Subjects = PersonSubjects.Join(PersonSubjects.Split(Subjects));
        SearchText = Common.SearchText.Of(LastName, FirstName, MiddleName, Email);
        SubjectsSearch = Subjects is null ? null : Common.SearchText.Normalize(Subjects);
    }

    /// <summary>Records a consent; for a minor it must come from a legal representative.</summary>
    public Consent GiveConsent(DateOnly givenOn, string purpose, string? representativeName, string? representativeRelation, DateOnly? validUntil, DateOnly today)
    {
        if (IsMinorOn(today) && string.IsNullOrWhiteSpace(representativeName))
            throw new DomainException("Для несовершеннолетнего нужно согласие законного представителя: укажите его ФИО.", "RepresentativeName");
        if (givenOn > today)
            throw new DomainException("Дата согласия не может быть в будущем.", "GivenOn");
        var consent = new Consent
        {
            Person = this,
            Purpose = purpose,
            GivenOn = givenOn,
            ValidUntil = validUntil,
            RepresentativeName = string.IsNullOrWhiteSpace(representativeName) ? null : representativeName.Trim(),
            RepresentativeRelation = string.IsNullOrWhiteSpace(representativeRelation) ? null : representativeRelation.Trim(),
        };
        Consents.Add(consent);
        RefreshConsentState(today);
        return consent;
    }

    public void WithdrawConsent(Consent consent, DateOnly today)
    {
        consent.WithdrawnOn = today;
        RefreshConsentState(today);
    }

    public void RefreshConsentState(DateOnly today)
    {
        var active = Consents.Where(c => c.WithdrawnOn is null).OrderByDescending(c => c.GivenOn).FirstOrDefault();
        if (active is not null)
        {
            ConsentValidUntil = active.ValidUntil;
            ConsentState = active.ValidUntil is { } until && until < today ? ConsentState.Expired : ConsentState.Valid;
        }
        else
        {
            ConsentValidUntil = null;
            ConsentState = Consents.Count > 0 ? ConsentState.Withdrawn : ConsentState.Missing;
        }
    }

    /// <summary>Обезличивание (152-ФЗ, ст. 21): after the consent is withdrawn and no other ground remains, the data that
    /// identify the person are erased; what is left (role, organization, counts) serves statistics only.</summary>
    public void Anonymize()
    {
        LastName = "Обезличено";
        FirstName = $"№ {Id}";
        MiddleName = null;
        BirthDate = null;
        Email = null;
        Phone = null;
        Position = null;
        Grade = null;
        Specialty = null;
        IsArchived = true;
        foreach (var c in Consents)
        {
            c.RepresentativeName = null;
            c.RepresentativeRelation = null;
            c.DocumentNote = null;
        }
        Normalize();
    }

    public bool IsAnonymized => LastName == "Обезличено" && MiddleName is null && Email is null;

    /// <summary>The rule every later pairing step calls.</summary>
    public void EnsureCanBePaired(DateOnly today)
    {
        if (IsArchived)
            throw new DomainException($"{FullName}: запись в архиве, включить в пару нельзя.");
        if (!HasValidConsentOn(today))
            throw new DomainException($"{FullName}: нет действующего согласия на обработку персональных данных, включить в пару нельзя.");
    }
}
