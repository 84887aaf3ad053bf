using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Domain.Questionnaires;

public enum QuestionType
{
    [Display(Name = "один вариант")] Single = 0,
    [Display(Name = "несколько вариантов")] Multiple = 1,
    [Display(Name = "шкала")] Scale = 2,
    [Display(Name = "свободный ответ")] Text = 3,
    [Display(Name = "ранжирование")] Ranking = 4,
}

/// <summary>A question of a questionnaire; options for choice and ranking, a range for a scale.</summary>
public sealed record Question(string Key, string Text, QuestionType Type, IReadOnlyList<string> Options, bool Required = true, int ScaleMin = 1, int ScaleMax = 5);
