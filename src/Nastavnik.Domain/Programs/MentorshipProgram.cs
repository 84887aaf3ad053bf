using Nastavnik.Domain.Common;
using Nastavnik.Domain.Registries;

namespace Nastavnik.Domain.Programs;

/// <summary>Программа наставничества of an organization, run along its own roadmap of steps.</summary>
public class MentorshipProgram
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string Name { get; set; }
    public MentoringForms Form { get; set; } = MentoringForms.TeacherTeacher;
    public MentoringFormats Format { get; set; } = MentoringFormats.OneToOne;
    public ModelElement ModelElement { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public string? CuratorName { get; set; }
    public string? Goals { get; set; }
    public ProgramStatus Status { get; internal set; }
    public RoadmapTemplateKind Template { get; set; }
    /// <summary>Only mentors who passed training and interview can be paired.</summary>
    public bool RequiresMentorPreparation { get; set; }
    /// <summary>How often pairs give feedback (обратная связь), in weeks; 0 — not collected.</summary>
    public int FeedbackEveryWeeks { get; set; } = 4;
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public List<ProgramStep> Steps { get; set; } = [];
    public List<ProgramPartner> Partners { get; set; } = [];

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name)) throw new DomainException("Укажите название программы.", nameof(Name));
        if (EndsOn <= StartsOn) throw new DomainException("Дата окончания программы должна быть позже даты начала.", nameof(EndsOn));
        if (FeedbackEveryWeeks is < 0 or > 52) throw new DomainException("Периодичность обратной связи — от 0 до 52 недель.", nameof(FeedbackEveryWeeks));
    }

    /// <summary>Builds the roadmap from the template, with deadlines spread over the program's period.</summary>
    public void GenerateRoadmap()
    {
        Steps.Clear();
        var days = EndsOn.DayNumber - StartsOn.DayNumber;
        foreach (var t in RoadmapTemplates.For(Template))
            Steps.Add(new ProgramStep { Number = t.Number, Title = t.Title, Stage = t.Stage, Responsible = t.Responsible, DueOn = StartsOn.AddDays((int)Math.Round(days * t.ShareOfPeriod)) });
    }

    /// <summary>The first stage with unfinished steps: where the program stands.</summary>
    public ProgramStage CurrentStage =>
        Steps.Where(s => !s.IsDone).OrderBy(s => s.Stage).Select(s => (ProgramStage?)s.Stage).FirstOrDefault() ?? ProgramStage.Completion;

    public int ProgressPercent => Steps.Count == 0 ? 0 : 100 * Steps.Count(s => s.IsDone) / Steps.Count;

    public IEnumerable<ProgramStep> NextSteps(int count) => Steps.Where(s => !s.IsDone).OrderBy(s => s.Stage).ThenBy(s => s.DueOn).ThenBy(s => s.Number).Take(count);

    /// <summary>A step is done with its evidence; the stages go in order: nothing of a later stage before the earlier ones are done.</summary>
    public void CompleteStep(ProgramStep step, DateOnly doneOn, string? evidence, string? link, DateOnly today, bool hasFile = false)
    {
        if (!Steps.Contains(step)) throw new DomainException("Шаг не относится к этой программе.");
        if (step.IsDone) throw new DomainException($"Шаг {step.Number} уже выполнен.");
        if (doneOn > today) throw new DomainException("Дата выполнения не может быть в будущем.", "DoneOn");
        if (string.IsNullOrWhiteSpace(evidence) && string.IsNullOrWhiteSpace(link) && !hasFile)
            throw new DomainException("Укажите подтверждение выполнения: запись, файл документа или ссылку.", "Evidence");
        var blocking = Steps.Where(s => !s.IsDone && s.Stage < step.Stage).OrderBy(s => s.Stage).ThenBy(s => s.Number).FirstOrDefault();
        if (blocking is not null)
            throw new DomainException($"Сначала завершите этап «{blocking.Stage.Ru()}»: не выполнен шаг {blocking.Number} «{blocking.Title}».");
        step.DoneOn = doneOn;
        step.Evidence = evidence?.Trim();
        step.EvidenceLink = link?.Trim();
        if (Status == ProgramStatus.Draft) Status = ProgramStatus.Active;
        if (Steps.All(s => s.IsDone)) Status = ProgramStatus.Completed;
    }

    /// <summary>A step added by the curator to the program's own roadmap, numbered after the last one.</summary>
    public ProgramStep AddStep(string title, ProgramStage stage, DateOnly dueOn, string? responsible)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Введите название шага.", "Title");
        EnsureWithinProgram(dueOn);
        var step = new ProgramStep { Number = Steps.Count == 0 ? 1 : Steps.Max(s => s.Number) + 1, Title = title.Trim(), Stage = stage, DueOn = dueOn, Responsible = string.IsNullOrWhiteSpace(responsible) ? null : responsible.Trim() };
        Steps.Add(step);
        return step;
    }

    /// <summary>A step's deadline moved by the curator: a real date within the program (as for a new step); a done step keeps its own.</summary>
    /// <param name="dueOn">null when the form's date is empty or not a date.</param>
    public void RescheduleStep(ProgramStep step, DateOnly? dueOn)
    {
        if (!Steps.Contains(step)) throw new DomainException("Шаг не относится к этой программе.");
        if (step.IsDone) throw new DomainException($"Шаг {step.Number} уже выполнен: его срок не переносится.");
        if (dueOn is not { } due) throw new DomainException($"Укажите новый срок шага {step.Number} — дату в формате дд.мм.гггг.", "DueOn");
        EnsureWithinProgram(due);
        step.DueOn = due;
    }

    private void EnsureWithinProgram(DateOnly dueOn)
    {
        if (dueOn < StartsOn || dueOn > EndsOn.AddYears(1))
            throw new DomainException($"Срок шага должен быть в пределах программы: с {StartsOn:dd.MM.yyyy} по {EndsOn.AddYears(1):dd.MM.yyyy}.", "DueOn");
    }

    public void ReopenStep(ProgramStep step)
    {
        if (Steps.Any(s => s.IsDone && s.Stage > step.Stage))
            throw new DomainException("Нельзя вернуть шаг: уже выполнены шаги следующих этапов.");
        step.DoneOn = null;
        step.Evidence = null;
        step.EvidenceLink = null;
        if (Status == ProgramStatus.Completed) Status = ProgramStatus.Active;
    }
}
