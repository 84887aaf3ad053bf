using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Domain.Programs;

/// <summary>Элементы модели наставничества (Seversk program, 002).</summary>
public enum ModelElement
{
    [Display(Name = "адаптация")] Adaptation = 0,
    [Display(Name = "обучение")] Training = 1,
    [Display(Name = "сопровождение")] Accompaniment = 2,
}

public enum ProgramStatus
{
    [Display(Name = "подготовка")] Draft = 0,
    [Display(Name = "реализуется")] Active = 1,
    [Display(Name = "завершена")] Completed = 2,
    [Display(Name = "отменена")] Cancelled = 3,
}

/// <summary>The stages of a program's lifecycle, grouping the 34 steps of the sample roadmap (domain.md).</summary>
public enum ProgramStage
{
    [Display(Name = "Подготовка и информирование")] Preparation = 1,
    [Display(Name = "Формирование базы наставляемых")] MenteeBase = 2,
    [Display(Name = "Формирование базы наставников")] MentorBase = 3,
    [Display(Name = "Обучение наставников")] MentorTraining = 4,
    [Display(Name = "Формирование пар и групп")] Pairing = 5,
    [Display(Name = "Работа пар и групп")] Work = 6,
    [Display(Name = "Завершение программы")] Completion = 7,
}

/// <summary>Which sample roadmap of the Tomsk order (003) a program follows.</summary>
public enum RoadmapTemplateKind
{
    [Display(Name = "Образовательная организация (34 шага)")] School = 0,
    [Display(Name = "Профессиональная образовательная организация (10 шагов)")] College = 1,
}
