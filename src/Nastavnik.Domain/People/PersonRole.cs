using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Domain.People;

public enum PersonRole
{
    [Display(Name = "Педагог")] Teacher = 0,
    [Display(Name = "Обучающийся (ученик)")] Pupil = 1,
    [Display(Name = "Студент")] Student = 2,
    [Display(Name = "Представитель работодателя")] EmployerRepresentative = 3,
    [Display(Name = "Руководитель / административный работник")] Manager = 4,
}

public enum Sex
{
    [Display(Name = "не указан")] Unknown = 0,
    [Display(Name = "мужской")] Male = 1,
    [Display(Name = "женский")] Female = 2,
}

public enum ConsentState
{
    [Display(Name = "Нет согласия")] Missing = 0,
    [Display(Name = "Согласие получено")] Valid = 1,
    [Display(Name = "Согласие отозвано")] Withdrawn = 2,
    [Display(Name = "Срок согласия истёк")] Expired = 3,
}
