using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Domain.Registries;

/// <summary>Формы наставничества of the Tomsk order (003) and the Seversk program (002).</summary>
[Flags]
public enum MentoringForms
{
    None = 0,
    [Display(Name = "ученик – ученик")] PupilPupil = 1,
    [Display(Name = "учитель – учитель")] TeacherTeacher = 2,
    [Display(Name = "студент – ученик")] StudentPupil = 4,
    [Display(Name = "работодатель – ученик")] EmployerPupil = 8,
    [Display(Name = "педагог – ученик")] TeacherPupil = 16,
    [Display(Name = "работодатель – студент")] EmployerStudent = 32,
    [Display(Name = "студент – студент")] StudentStudent = 64,
    [Display(Name = "преподаватель – студент")] LecturerStudent = 128,
}

/// <summary>Форматы (виды) наставничества.</summary>
[Flags]
public enum MentoringFormats
{
    None = 0,
    [Display(Name = "традиционное (один на один)")] OneToOne = 1,
    [Display(Name = "групповое")] Group = 2,
    [Display(Name = "флэш-наставничество")] Flash = 4,
    [Display(Name = "сетевое")] Network = 8,
    [Display(Name = "реверсивное")] Reverse = 16,
    [Display(Name = "виртуальное")] Virtual = 32,
}

public enum PreparationStatus
{
    [Display(Name = "не проводилось")] NotDone = 0,
    [Display(Name = "запланировано")] Planned = 1,
    [Display(Name = "пройдено")] Passed = 2,
    [Display(Name = "не пройдено")] Failed = 3,
}

/// <summary>Категории наставляемых (002, 003).</summary>
public enum MenteeCategory
{
    [Display(Name = "молодой специалист (стаж 0–3 года)")] YoungSpecialist = 0,
    [Display(Name = "педагог, осваивающий новые обязанности или технологии")] NewDuties = 1,
    [Display(Name = "педагог, перешедший из другой организации")] Transfer = 2,
    [Display(Name = "педагог с профессиональными затруднениями")] Difficulties = 3,
    [Display(Name = "обучающийся")] Pupil = 10,
    [Display(Name = "студент")] Student = 11,
}

/// <summary>Приоритетные группы обучающихся (распоряжение Томской области 003).</summary>
[Flags]
public enum PriorityGroups
{
    None = 0,
    [Display(Name = "обучающиеся с ОВЗ")] Disabilities = 1,
    [Display(Name = "проявляющие выдающиеся способности")] Gifted = 2,
    [Display(Name = "в трудной жизненной ситуации")] DifficultSituation = 4,
    [Display(Name = "из малоимущих семей")] LowIncome = 8,
    [Display(Name = "сельская местность, труднодоступные и отдалённые территории")] Rural = 16,
    [Display(Name = "дети-сироты, оставшиеся без попечения родителей")] Orphans = 32,
}

/// <summary>Группы профессиональных дефицитов.</summary>
public enum DeficitGroup
{
    [Display(Name = "Предметные")] Subject = 0,
    [Display(Name = "Методические")] Methodical = 1,
    [Display(Name = "Психолого-педагогические")] Psychological = 2,
    [Display(Name = "Цифровые")] Digital = 3,
    [Display(Name = "Нормативно-правовые")] Regulatory = 4,
    [Display(Name = "Коммуникативные")] Communicative = 5,
    [Display(Name = "Запросы обучающихся")] PupilRequest = 6,
}
