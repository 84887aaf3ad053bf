using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Validation;

namespace Nastavnik.Web.Features.Mentees;

public sealed class MenteeInput : IRegistryInput
{
    public PersonInput Person { get; set; } = new();
    [KnownValue][Display(Name = "Категория наставляемого")] public MenteeCategory Category { get; set; }
    [KnownValue][Display(Name = "Приоритетные группы")] public List<PriorityGroups> PriorityGroups { get; set; } = [];
    [StringLength(2000, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Запрос наставляемого")] public string? Request { get; set; }
    [StringLength(2000, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Примечание")] public string? Notes { get; set; }
    [Display(Name = "Профессиональные дефициты / запросы")] public List<int> DeficitIds { get; set; } = [];
    /// <summary>The version the user edited; a save against a newer version is a conflict.</summary>
    public Guid? ConcurrencyStamp { get; set; }
}

public sealed record MenteeRow(int Id, int PersonId, string LastName, string FirstName, string? MiddleName, DateOnly? BirthDate,
    string Organization, string Municipality, MenteeCategory Category, string? Subjects, bool HasValidConsent, bool IsArchived)
{
    public string FullName => string.Join(' ', new[] { LastName, FirstName, MiddleName }.Where(s => !string.IsNullOrEmpty(s)));
}
