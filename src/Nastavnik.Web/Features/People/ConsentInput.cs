using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Web.Features.People;

public sealed class ConsentInput
{
    /// <summary>Today in the user's region when not given (the form sets it).</summary>
    [Display(Name = "Дата согласия")] public DateOnly? GivenOn { get; set; }
    [Display(Name = "Действует до")] public DateOnly? ValidUntil { get; set; }
    [Display(Name = "Цель обработки")] public string? Purpose { get; set; }
    [Display(Name = "ФИО законного представителя")] public string? RepresentativeName { get; set; }
    [Display(Name = "Кем приходится")] public string? RepresentativeRelation { get; set; }
}
