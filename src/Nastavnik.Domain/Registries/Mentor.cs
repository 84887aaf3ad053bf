using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;

namespace Nastavnik.Domain.Registries;

/// <summary>A record in the base of mentors (база наставников).</summary>
public class Mentor : IPersonalData, IRegistryEntry
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    /// <summary>Free-text competences as the mentor describes them.</summary>
    public string? Competences { get; set; }
    public MentoringForms Forms { get; set; }
    public MentoringFormats Formats { get; set; } = MentoringFormats.OneToOne;
    /// <summary>How many mentees he can take at once (1 for one-to-one, more for a group).</summary>
    public int Capacity { get; set; } = 1;
    /// <summary>Set only by the mentor's training records (<see cref="MentorPreparation"/>): a course he finished with its
    /// document, or a training recorded on his card — never typed by hand, so it cannot disagree with them.</summary>
    public PreparationStatus TrainingStatus { get; set; }
    public PreparationStatus InterviewStatus { get; set; }
    /// <summary>Member of the regional base of experts, available beyond his organization.</summary>
    public bool IsExpert { get; set; }
    /// <summary>Why the organization names him among its best mentors (e.g. «Победитель конкурса «Наставник года — 2025»»);
    /// shown on the public page only with his consent to publication.</summary>
    public string? Distinction { get; set; }
    public string? Notes { get; set; }
    public bool IsArchived { get; set; }
    public DateOnly IncludedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public List<Deficit> CoveredDeficits { get; set; } = [];
    public List<MentorPreparation> Preparations { get; set; } = [];

    public void SetCapacity(int capacity)
    {
        if (capacity is < 1 or > 30)
            throw new DomainException("Число наставляемых должно быть от 1 до 30.", nameof(Capacity));
        Capacity = capacity;
    }
}
