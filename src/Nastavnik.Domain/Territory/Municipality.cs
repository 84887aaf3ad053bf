using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Domain.Territory;

public enum MunicipalityKind
{
    [Display(Name = "Муниципальный район")] District = 0,
    [Display(Name = "Муниципальный округ")] MunicipalOkrug = 1,
    [Display(Name = "Городской округ")] UrbanOkrug = 2,
    [Display(Name = "ЗАТО")] Zato = 3,
}

/// <summary>Муниципальное образование: район, городской округ, ЗАТО.</summary>
public class Municipality
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }
    public required string Name { get; set; }
    public MunicipalityKind Kind { get; set; }
    public List<Organization> Organizations { get; set; } = [];
}
