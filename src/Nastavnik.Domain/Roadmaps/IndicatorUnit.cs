using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Domain.Roadmaps;

public enum IndicatorUnit
{
    [Display(Name = "количество")] Count = 0,
    [Display(Name = "процент")] Percent = 1,
    [Display(Name = "наличие (да/нет)")] YesNo = 2,
    [Display(Name = "балл")] Score = 3,
}
