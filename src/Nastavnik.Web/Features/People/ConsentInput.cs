using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Web.Features.People;

public sealed class ConsentInput
{
    [Display(Name = "Дата согласия")] public DateOnly GivenOn { get; set; } = DateOnly.FromDateTime(DateTime.Today);
    [Display(Name = "Действует до")] public DateOnly? ValidUntil { get; set; }
    [Display(Name = "Цель обработки")] public string? Purpose { get; set; }
    [Display(Name = "ФИО законного представителя")] public string? RepresentativeName { get; set; }
    [Display(Name = "Кем приходится")] public string? RepresentativeRelation { get; set; }
}
