using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Registries;

public enum PreparationKind
{
    [Display(Name = "обучение наставника")] Training = 0,
    [Display(Name = "собеседование")] Interview = 1,
}

/// <summary>A record of a mentor's training or interview with its outcome; the latest one sets the mentor's status.</summary>
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
        var status = passed ? PreparationStatus.Passed : PreparationStatus.Failed;
        if (kind == PreparationKind.Training) mentor.TrainingStatus = status; else mentor.InterviewStatus = status;
        return new MentorPreparation { MentorId = mentor.Id, Kind = kind, HeldOn = heldOn, Passed = passed, Outcome = string.IsNullOrWhiteSpace(outcome) ? null : outcome.Trim() };
    }
}
