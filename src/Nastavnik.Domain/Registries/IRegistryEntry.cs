using Nastavnik.Domain.People;

namespace Nastavnik.Domain.Registries;

/// <summary>What the two bases (mentors, mentees) have in common: a person and an archive flag.</summary>
public interface IRegistryEntry
{
    int Id { get; }
    int PersonId { get; }
    Person? Person { get; }
    bool IsArchived { get; set; }
    Guid ConcurrencyStamp { get; set; }
}
