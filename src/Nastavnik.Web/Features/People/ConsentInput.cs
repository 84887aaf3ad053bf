using System.ComponentModel.DataAnnotations;
using Nastavnik.Web.Infrastructure.Validation;

namespace Nastavnik.Web.Features.People;

public sealed class ConsentInput
{
    /// <summary>Today in the user's region when not given (the form sets it).</summary>
    [Display(Name = "Дата согласия")] public DateOnly? GivenOn { get; set; }
    [Display(Name = "Действует до")] public DateOnly? ValidUntil { get; set; }
    [StringLength(500, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Цель обработки")] public string? Purpose { get; set; }
    [StringLength(300, ErrorMessage = FieldMessages.TooLong)]
    [Display(Name = "ФИО законного представителя")]
    public string? RepresentativeName { get; set; }
    [StringLength(100, ErrorMessage = FieldMessages.TooLong)]
    [Display(Name = "Кем приходится")]
    public string? RepresentativeRelation { get; set; }
}
