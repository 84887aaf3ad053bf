using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Domain.Territory;

public enum OrganizationType
{
    [Display(Name = "Общеобразовательная организация (ОО/МОУ)")] School = 0,
    [Display(Name = "Дошкольная образовательная организация (ДОУ)")] Preschool = 1,
    [Display(Name = "Организация дополнительного образования (ДО)")] AdditionalEducation = 2,
    [Display(Name = "Профессиональная образовательная организация (ПОО/СПО)")] College = 3,
    [Display(Name = "Вуз (партнёр)")] University = 10,
    [Display(Name = "Предприятие (партнёр)")] Enterprise = 11,
    [Display(Name = "Учреждение культуры и спорта (партнёр)")] CultureSport = 12,
    [Display(Name = "НКО (партнёр)")] Ngo = 13,
    [Display(Name = "Орган управления / методический центр")] Authority = 20,
}

/// <summary>Образовательная организация или организация-партнёр.</summary>
public class Organization
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public OrganizationType Type { get; set; }
    public string? Inn { get; set; }
    public string? Address { get; set; }
    public bool IsArchived { get; set; }

    public bool IsPartner => Type is OrganizationType.University or OrganizationType.Enterprise
        or OrganizationType.CultureSport or OrganizationType.Ngo;

    /// <summary>The types of educational organizations: those that run mentoring programs, owe roadmaps and answer monitoring.</summary>
    public static readonly OrganizationType[] EducationalTypes =
        [OrganizationType.School, OrganizationType.Preschool, OrganizationType.AdditionalEducation, OrganizationType.College];

    public string DisplayName => string.IsNullOrWhiteSpace(ShortName) ? Name : ShortName;
}
