using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Training;

namespace Nastavnik.Domain.Registries;

public enum PreparationKind
{
    [Display(Name = "обучение наставника")] Training = 0,
    [Display(Name = "собеседование")] Interview = 1,
}

/// <summary>A record of a mentor's training or interview with its outcome. The records set the mentor's status: the
/// latest interview sets the interview's; a training once passed (a course finished with its document, or a training
/// recorded on the mentor's card) makes «обучение пройдено» for good, a failed one only while none has been passed.</summary>
public class MentorPreparation : IPersonalData
{
    public int Id { get; set; }
    public int MentorId { get; set; }
    public PreparationKind Kind { get; set; }
    public DateOnly HeldOn { get; set; }
    public bool Passed { get; set; }
    /// <summary>Programme of the training or who conducted the interview, and the conclusion.</summary>
    public string? Outcome { get; set; }

    public static MentorPreparation Record(Mentor mentor, PreparationKind kind, DateOnly heldOn, bool passed, string? outcome, DateOnly today)
    {
        if (heldOn > today) throw new DomainException("Дата не может быть в будущем.", "HeldOn");
        if (!passed && string.IsNullOrWhiteSpace(outcome))
            throw new DomainException("Укажите, почему не пройдено.", "Outcome");
        return Apply(mentor, new MentorPreparation
        {
            MentorId = mentor.Id, Kind = kind, HeldOn = heldOn, Passed = passed, Outcome = string.IsNullOrWhiteSpace(outcome) ? null : outcome.Trim(),
        });
    }

    /// <summary>The training a mentor finished on a course, on the date of his document (called by <see cref="CourseEnrolment.Complete"/>).</summary>
    public static MentorPreparation FromCourse(Mentor mentor, TrainingCourse course, CourseEnrolment enrolment) => Apply(mentor, new MentorPreparation
    {
        MentorId = mentor.Id, Kind = PreparationKind.Training, HeldOn = enrolment.DocumentDate!.Value, Passed = true,
        Outcome = $"{course.Kind.Ru()} «{course.Name}», {course.Hours} ч, {course.Provider}; {enrolment.Document}",
    });

    private static MentorPreparation Apply(Mentor mentor, MentorPreparation record)
    {
        var status = record.Passed ? PreparationStatus.Passed : PreparationStatus.Failed;
        if (record.Kind == PreparationKind.Interview) mentor.InterviewStatus = status;
        else if (mentor.TrainingStatus != PreparationStatus.Passed) mentor.TrainingStatus = status;
        mentor.Preparations.Add(record);
        return record;
    }
}
