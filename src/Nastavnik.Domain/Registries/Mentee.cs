using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;

namespace Nastavnik.Domain.Registries;

/// <summary>A record in the base of mentees (база наставляемых).</summary>
public class Mentee : IPersonalData, IRegistryEntry
{
    public const int YoungSpecialistMaxExperience = 3;

    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public MenteeCategory Category { get; set; }
    public PriorityGroups PriorityGroups { get; set; }
    /// <summary>Запрос наставляемого in his own words (or from a class teacher, psychologist, parent).</summary>
    public string? Request { get; set; }
    public string? Notes { get; set; }
    public bool IsArchived { get; set; }
    public DateOnly IncludedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public List<Deficit> Deficits { get; set; } = [];

    /// <summary>The category the documents imply for a person, used as the default on import and create.</summary>
    public static MenteeCategory SuggestCategory(Person person) => person.Role switch
    {
        PersonRole.Pupil => MenteeCategory.Pupil,
        PersonRole.Student => MenteeCategory.Student,
        _ when person.TeachingExperienceYears is <= YoungSpecialistMaxExperience => MenteeCategory.YoungSpecialist,
        _ => MenteeCategory.NewDuties,
    };

    /// <summary>Priority groups apply to pupils and students only.</summary>
    public void Validate()
    {
        if (PriorityGroups != PriorityGroups.None && Category is not (MenteeCategory.Pupil or MenteeCategory.Student))
            throw new DomainException("Приоритетные группы указываются только для обучающихся и студентов.", nameof(PriorityGroups));
    }
}
