using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Training;

/// <summary>The kind of a course program: the two kinds of ДПО (seeds 000 III.1, 004 2.1/2.3) and any other training.</summary>
public enum CourseKind
{
    [Display(Name = "ДПО: повышение квалификации (КПК)")] AdvancedTraining = 0,
    [Display(Name = "ДПО: профессиональная переподготовка")] Retraining = 1,
    [Display(Name = "другое обучение (семинар, стажировка, школа наставника)")] Other = 2,
}

/// <summary>The editable fields of a course program, as a form sends them.</summary>
public sealed record CourseDetails(CourseKind Kind, string? Name, string? Provider, int? Hours, DateOnly? StartsOn, DateOnly? EndsOn);

/// <summary>A course program (КПК, переподготовка or other training) for mentors and curators, run at a region's, a
/// municipality's or an organization's level; people are enrolled by an order and finish with a document.</summary>
public class TrainingCourse : ITerritorial
{
    /// <summary>The least hours of a program of повышение квалификации and of профессиональная переподготовка
    /// (Порядок организации и осуществления образовательной деятельности по ДПО, п. 12).</summary>
    public const int MinAdvancedTrainingHours = 16, MinRetrainingHours = 250, MaxHours = 2000;

    public int Id { get; set; }
    public int RegionId { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
    public CourseKind Kind { get; set; }
    public required string Name { get; set; }
    /// <summary>The organization that teaches it (ТОИПКРО, РИКП, a university), as it is written.</summary>
    public required string Provider { get; set; }
    public int Hours { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public static TrainingCourse Create(int regionId, int? municipalityId, int? organizationId, CourseDetails details)
    {
        var course = new TrainingCourse { RegionId = regionId, MunicipalityId = municipalityId, OrganizationId = organizationId, Name = "", Provider = "" };
        course.Update(details, null);
        return course;
    }

    /// <param name="firstDocument">The earliest date of a document already issued on this course, if any.</param>
    public void Update(CourseDetails d, DateOnly? firstDocument)
    {
        if (string.IsNullOrWhiteSpace(d.Name)) throw new DomainException("Укажите название программы обучения.", "Name");
        if (d.Name.Trim().Length > 500) throw new DomainException("Название программы — не длиннее 500 знаков.", "Name");
        if (string.IsNullOrWhiteSpace(d.Provider))
            throw new DomainException("Укажите организацию, которая проводит обучение (например, ТОИПКРО).", "Provider");
        if (d.Provider.Trim().Length > 500) throw new DomainException("Название организации — не длиннее 500 знаков.", "Provider");
        if (d.Hours is not { } hours) throw new DomainException("Укажите объём программы в часах.", "Hours");
        CheckHours(d.Kind, hours);
        if (d.StartsOn is not { } start) throw new DomainException("Укажите дату начала обучения.", "StartsOn");
        if (d.EndsOn is not { } end) throw new DomainException("Укажите дату окончания обучения.", "EndsOn");
        if (end < start) throw new DomainException("Дата окончания обучения раньше даты начала.", "EndsOn");
        if (firstDocument is { } issued && issued < start)
            throw new DomainException($"По программе уже выдан документ от {issued:dd.MM.yyyy}: обучение не может начинаться позже.", "StartsOn");
        (Kind, Name, Provider, Hours, StartsOn, EndsOn) = (d.Kind, d.Name.Trim(), d.Provider.Trim(), hours, start, end);
    }

    private static void CheckHours(CourseKind kind, int hours)
    {
        if (hours is < 1 or > MaxHours) throw new DomainException($"Объём программы — целое число часов от 1 до {MaxHours}.", "Hours");
        if (kind == CourseKind.AdvancedTraining && hours < MinAdvancedTrainingHours)
            throw new DomainException($"Программа повышения квалификации — не менее {MinAdvancedTrainingHours} часов.", "Hours");
        if (kind == CourseKind.Retraining && hours < MinRetrainingHours)
            throw new DomainException($"Программа профессиональной переподготовки — не менее {MinRetrainingHours} часов.", "Hours");
    }

    /// <summary>A course is deleted only while nobody has finished it: a document issued on it is evidence.</summary>
    public static void EnsureCanDelete(int completed)
    {
        if (completed > 0) throw new DomainException($"Программу нельзя удалить: по ней уже выданы документы об обучении ({completed}).");
    }
}
