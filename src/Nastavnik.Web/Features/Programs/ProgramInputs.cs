using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Infrastructure.Validation;

namespace Nastavnik.Web.Features.Programs;

public sealed class ProgramInput
{
    public int OrganizationId { get; set; }
    [Required(ErrorMessage = "Укажите название программы.")]
    [StringLength(500, ErrorMessage = FieldMessages.TooLong)]
    [Display(Name = "Название программы")] public string Name { get; set; } = "";
    [KnownValue][Display(Name = "Форма наставничества")] public MentoringForms Form { get; set; } = MentoringForms.TeacherTeacher;
    [KnownValue][Display(Name = "Формат")] public MentoringFormats Format { get; set; } = MentoringFormats.OneToOne;
    [KnownValue][Display(Name = "Элемент модели")] public ModelElement ModelElement { get; set; }
    /// <summary>Today in the user's region when not given; the end, nine months after the start.</summary>
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    [StringLength(300, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Куратор")] public string? CuratorName { get; set; }
    [StringLength(4000, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Цели и задачи")] public string? Goals { get; set; }
    [KnownValue][Display(Name = "Дорожная карта")] public RoadmapTemplateKind Template { get; set; }
    public bool RequiresMentorPreparation { get; set; } = true;
    [Range(0, 52, ErrorMessage = "Периодичность обратной связи — от 0 до 52 недель.")] public int FeedbackEveryWeeks { get; set; } = 4;
}

public sealed class StepDoneInput
{
    /// <summary>Today in the user's region when not given (the form sets it).</summary>
    public DateOnly? DoneOn { get; set; }
    [StringLength(2000, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Подтверждение")] public string? Evidence { get; set; }
    [StringLength(1000, ErrorMessage = FieldMessages.TooLong)]
    [Display(Name = "Ссылка на подтверждение")]
    public string? EvidenceLink { get; set; }
}

public sealed record ProgramSummary(int Id, string Name, string Organization, ProgramStatus Status, DateOnly StartsOn, DateOnly EndsOn,
    int Steps, int Done, int Overdue, ProgramStage? CurrentStage, string? NextStep, DateOnly? NextDue, int ActivePairs = 0, int InactivePairs = 0,
    int Mentors = 0, int Mentees = 0, int FeedbackDue = 0)
{
    public int ProgressPercent => Steps == 0 ? 0 : 100 * Done / Steps;
}
