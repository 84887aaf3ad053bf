using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Validation;

namespace Nastavnik.Web.Features.Mentors;

public sealed class MentorInput : IRegistryInput
{
    public PersonInput Person { get; set; } = new();
    [StringLength(2000, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Компетенции")] public string? Competences { get; set; }
    [KnownValue][Display(Name = "Формы наставничества")] public List<MentoringForms> Forms { get; set; } = [];
    [KnownValue][Display(Name = "Форматы")] public List<MentoringFormats> Formats { get; set; } = [MentoringFormats.OneToOne];
    [Range(1, 30, ErrorMessage = "Число наставляемых — от 1 до 30.")]
    [Display(Name = "Число наставляемых")]
    public int Capacity { get; set; } = 1;
    [KnownValue][Display(Name = "Собеседование")] public PreparationStatus InterviewStatus { get; set; }
    [Display(Name = "В региональной базе экспертов")] public bool IsExpert { get; set; }
    [StringLength(2000, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Примечание")] public string? Notes { get; set; }
    [Display(Name = "Закрывает дефициты")] public List<int> DeficitIds { get; set; } = [];
    public Guid? ConcurrencyStamp { get; set; }
}

public sealed record MentorRow(int Id, int PersonId, string LastName, string FirstName, string? MiddleName, string Organization,
    string Municipality, string? Subjects, int? TeachingExperienceYears, int Capacity, PreparationStatus TrainingStatus,
    PreparationStatus InterviewStatus, bool IsExpert, bool HasValidConsent)
{
    public string FullName => string.Join(' ', new[] { LastName, FirstName, MiddleName }.Where(s => !string.IsNullOrEmpty(s)));
}
