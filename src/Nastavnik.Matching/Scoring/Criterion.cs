using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Matching.Scoring;

/// <summary>What a pair is scored on. Each criterion has a weight (points at full match) editable per program.</summary>
public enum Criterion
{
    [Display(Name = "Компетенции наставника закрывают дефициты наставляемого")] Deficits = 0,
    [Display(Name = "Общий предмет")] Subject = 1,
    [Display(Name = "Один тип (уровень) организации")] OrganizationType = 2,
    [Display(Name = "Территория: одна организация или муниципалитет")] Territory = 3,
    [Display(Name = "Опыт наставника больше опыта наставляемого")] Experience = 4,
    [Display(Name = "Свободные места у наставника (нагрузка)")] Load = 5,
    [Display(Name = "Выбор наставляемого после встречи")] Preference = 6,
    [Display(Name = "Наставник подходит для формы наставничества")] Form = 7,
}

/// <summary>A reason a pair may not be formed at all, whatever its score.</summary>
public enum Exclusion
{
    [Display(Name = "нет действующего согласия наставляемого на обработку персональных данных")] MenteeNoConsent = 0,
    [Display(Name = "нет действующего согласия наставника на обработку персональных данных")] MentorNoConsent = 1,
    [Display(Name = "наставник не прошёл обучение или собеседование, а программа этого требует")] MentorNotPrepared = 2,
    [Display(Name = "один и тот же человек")] SamePerson = 3,
    [Display(Name = "у наставника нет свободных мест")] CapacityFull = 4,
    [Display(Name = "пара исключена вручную («не вместе»)")] NotWith = 5,
    [Display(Name = "наставляемый уже в активной паре этой программы")] AlreadyPaired = 6,
    [Display(Name = "наставник не подходит для формы наставничества программы")] FormMismatch = 7,
}

/// <summary>Who may be a mentor in a form of mentoring: the first half of «учитель – учитель», «студент – ученик», ….</summary>
public enum MentorKind
{
    [Display(Name = "педагог")] Teacher = 0,
    [Display(Name = "обучающийся")] Pupil = 1,
    [Display(Name = "студент")] Student = 2,
    [Display(Name = "работодатель")] Employer = 3,
    [Display(Name = "преподаватель")] Lecturer = 4,
}

/// <summary>Why a mentee got no mentor.</summary>
public enum UnmatchedReason
{
    [Display(Name = "исключён из подбора")] Excluded = 0,
    [Display(Name = "нет подходящего наставника")] NoCandidate = 1,
    [Display(Name = "все подходящие наставники заняты")] CapacityExhausted = 2,
}

public static class MatchingNames
{
    public static string Of<T>(T value) where T : struct, Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttributes(typeof(DisplayAttribute), false)
            .OfType<DisplayAttribute>().FirstOrDefault()?.Name ?? value.ToString();
}
