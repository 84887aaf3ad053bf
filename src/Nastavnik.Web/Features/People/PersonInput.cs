using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.People;
using Nastavnik.Web.Infrastructure.Validation;

namespace Nastavnik.Web.Features.People;

/// <summary>The person part of a registry form and of the API's request bodies.</summary>
public sealed class PersonInput
{
    [Display(Name = "Организация")] public int OrganizationId { get; set; }
    [Required(ErrorMessage = "Укажите фамилию.")]
    [StringLength(100, ErrorMessage = FieldMessages.TooLong)]
    [Display(Name = "Фамилия")]
    public string LastName { get; set; } = "";
    [Required(ErrorMessage = "Укажите имя.")]
    [StringLength(100, ErrorMessage = FieldMessages.TooLong)]
    [Display(Name = "Имя")]
    public string FirstName { get; set; } = "";
    [StringLength(100, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Отчество")] public string? MiddleName { get; set; }
    [Display(Name = "Дата рождения")] public DateOnly? BirthDate { get; set; }
    [KnownValue][Display(Name = "Пол")] public Sex Sex { get; set; }
    [EmailAddress(ErrorMessage = "Адрес электронной почты указан неверно.")]
    [StringLength(200, ErrorMessage = FieldMessages.TooLong)]
    [Display(Name = "Электронная почта")]
    public string? Email { get; set; }
    [StringLength(50, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Телефон")] public string? Phone { get; set; }
    [KnownValue][Display(Name = "Категория")] public PersonRole Role { get; set; }
    [StringLength(200, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Должность")] public string? Position { get; set; }
    [StringLength(500, ErrorMessage = FieldMessages.TooLong)]
    [Display(Name = "Преподаваемые предметы")]
    public string? Subjects { get; set; }
    [Range(0, 70, ErrorMessage = "Общий стаж — от 0 до 70 лет.")]
    [Display(Name = "Общий стаж, лет")]
    public int? TotalExperienceYears { get; set; }
    [Range(0, 70, ErrorMessage = "Педагогический стаж — от 0 до 70 лет.")]
    [Display(Name = "Педагогический стаж, лет")]
    public int? TeachingExperienceYears { get; set; }
    [StringLength(100, ErrorMessage = FieldMessages.TooLong)]
    [Display(Name = "Квалификационная категория")]
    public string? QualificationCategory { get; set; }
    [StringLength(20, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Класс")] public string? Grade { get; set; }
    [Range(1, 6, ErrorMessage = "Курс — от 1 до 6.")][Display(Name = "Курс")] public int? Course { get; set; }
    [StringLength(200, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Специальность")] public string? Specialty { get; set; }
    /// <summary>The version of the person the form was filled against (the person is shared by both bases).</summary>
    public Guid? ConcurrencyStamp { get; set; }

    public static PersonInput From(Person p) => new()
    {
        OrganizationId = p.OrganizationId, LastName = p.LastName, FirstName = p.FirstName, MiddleName = p.MiddleName,
        BirthDate = p.BirthDate, Sex = p.Sex, Email = p.Email, Phone = p.Phone, Role = p.Role, Position = p.Position,
        Subjects = p.Subjects, TotalExperienceYears = p.TotalExperienceYears, TeachingExperienceYears = p.TeachingExperienceYears,
        QualificationCategory = p.QualificationCategory, Grade = p.Grade, Course = p.Course, Specialty = p.Specialty,
        ConcurrencyStamp = p.ConcurrencyStamp,
    };

    public void ApplyTo(Person p)
    {
        p.OrganizationId = OrganizationId; p.LastName = LastName; p.FirstName = FirstName; p.MiddleName = MiddleName;
        p.BirthDate = BirthDate; p.Sex = Sex; p.Email = Email; p.Phone = Phone; p.Role = Role; p.Position = Position;
        p.Subjects = Subjects; p.TotalExperienceYears = TotalExperienceYears; p.TeachingExperienceYears = TeachingExperienceYears;
        p.QualificationCategory = QualificationCategory; p.Grade = Grade; p.Course = Course; p.Specialty = Specialty;
    }
}
