using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;

namespace Nastavnik.Domain.Training;

/// <summary>Whom a person is trained as: a mentor of the base of mentors, or a curator (куратор, педагог-навигатор,
/// municipal curator) — a member of staff who runs mentoring programs.</summary>
public enum TraineeRole
{
    [Display(Name = "наставник")] Mentor = 0,
    [Display(Name = "куратор")] Curator = 1,
}

public enum TrainingDocumentKind
{
    [Display(Name = "удостоверение о повышении квалификации")] Certificate = 0,
    [Display(Name = "диплом о профессиональной переподготовке")] Diploma = 1,
    [Display(Name = "сертификат")] Attestation = 2,
}

/// <summary>A person enrolled in a course by an order (приказ о зачислении); he has finished it once his document
/// (удостоверение, диплом, сертификат) is recorded. Personal data: audited.</summary>
public class CourseEnrolment : IPersonalData
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public int PersonId { get; set; }
    public TraineeRole Role { get; set; }
    public required string OrderNumber { get; set; }
    public DateOnly OrderDate { get; set; }
    public TrainingDocumentKind? DocumentKind { get; set; }
    public string? DocumentNumber { get; set; }
    /// <summary>The date of the document: the day the person has finished the course.</summary>
    public DateOnly? DocumentDate { get; set; }
    /// <summary>The mentor's training record that the completion wrote into the base of mentors (a mentor's only).</summary>
    public int? PreparationId { get; set; }
    public MentorPreparation? Preparation { get; set; }

    public bool IsCompleted => DocumentDate is not null;

    /// <param name="isMentor">Whether the person is in the base of mentors (not archived).</param>
    public static CourseEnrolment Enrol(TrainingCourse course, Person person, TraineeRole role, bool isMentor, string? orderNumber, DateOnly? orderDate, DateOnly today)
    {
        if (role == TraineeRole.Mentor && !isMentor)
            throw new DomainException($"{person.FullName}: нет в базе наставников — сначала включите в базу наставников.", "PersonIds");
        if (role == TraineeRole.Curator && person.Role is PersonRole.Pupil or PersonRole.Student)
            throw new DomainException($"{person.FullName} — обучающийся: куратором может быть педагог или руководитель.", "PersonIds");
        if (string.IsNullOrWhiteSpace(orderNumber)) throw new DomainException("Укажите номер приказа о зачислении.", "OrderNumber");
        if (orderNumber.Trim().Length > 100) throw new DomainException("Номер приказа — не длиннее 100 знаков.", "OrderNumber");
        if (orderDate is not { } date) throw new DomainException("Укажите дату приказа о зачислении.", "OrderDate");
        if (date > today) throw new DomainException("Дата приказа о зачислении не может быть в будущем.", "OrderDate");
        if (date > course.EndsOn)
            throw new DomainException($"Приказ от {date:dd.MM.yyyy} издан после окончания обучения ({course.EndsOn:dd.MM.yyyy}).", "OrderDate");
        return new CourseEnrolment { CourseId = course.Id, PersonId = person.Id, Role = role, OrderNumber = orderNumber.Trim(), OrderDate = date };
    }

    /// <summary>Records the document the person received. A mentor's completion writes his training into the base of
    /// mentors (see <see cref="MentorPreparation.FromCourse"/>): that is the only way a course makes «обучение пройдено».</summary>
    /// <param name="mentor">The person's record in the base of mentors, for a mentor's enrolment.</param>
    public void Complete(TrainingCourse course, TrainingDocumentKind kind, string? number, DateOnly? date, Mentor? mentor, DateOnly today)
    {
        if (IsCompleted) throw new DomainException($"Обучение уже завершено: {Document}.");
        if (string.IsNullOrWhiteSpace(number)) throw new DomainException("Укажите номер документа об обучении.", "DocumentNumber");
        if (number.Trim().Length > 100) throw new DomainException("Номер документа — не длиннее 100 знаков.", "DocumentNumber");
        if (date is not { } issued) throw new DomainException("Укажите дату выдачи документа.", "DocumentDate");
        if (issued > today) throw new DomainException("Дата выдачи документа не может быть в будущем.", "DocumentDate");
        if (issued < course.StartsOn)
            throw new DomainException($"Документ не может быть выдан раньше начала обучения ({course.StartsOn:dd.MM.yyyy}).", "DocumentDate");
        if (Role == TraineeRole.Mentor && mentor is null)
            throw new DomainException("Этого человека больше нет в базе наставников: обучение наставника некуда записать.");
        (DocumentKind, DocumentNumber, DocumentDate) = (kind, number.Trim(), issued);
        if (Role == TraineeRole.Mentor) Preparation = MentorPreparation.FromCourse(mentor!, course, this);
    }

    /// <summary>«удостоверение о повышении квалификации № 123 от 01.02.2026».</summary>
    public string? Document => DocumentDate is { } d ? $"{DocumentKind?.Ru()} № {DocumentNumber} от {d:dd.MM.yyyy}" : null;

    /// <summary>Only an enrolment not yet finished is removed: a finished one is evidence.</summary>
    public void EnsureCanRemove()
    {
        if (IsCompleted) throw new DomainException($"Нельзя убрать из программы: обучение завершено ({Document}).");
    }
}
