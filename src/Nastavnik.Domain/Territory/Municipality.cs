using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Domain.Territory;

public enum MunicipalityKind
{
    [Display(Name = "Муниципальный район")] District = 0,
    [Display(Name = "Муниципальный округ")] MunicipalOkrug = 1,
    [Display(Name = "Городской округ")] UrbanOkrug = 2,
    [Display(Name = "ЗАТО")] Zato = 3,
}

/// <summary>Муниципальное образование: район, городской округ, ЗАТО. Never deleted: a closed one (e.g. joined into a
/// municipal okrug) keeps its date.</summary>
public class Municipality
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }
    public required string Name { get; set; }
    public MunicipalityKind Kind { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public List<Organization> Organizations { get; set; } = [];

    /// <summary>The kind a name implies («ЗАТО Северск», «Город Томск», «Томский район»), for a municipality created by an import.</summary>
    public static MunicipalityKind KindOf(string name)
    {
        var n = name.ToLowerInvariant();
        return n.Contains("зато") ? MunicipalityKind.Zato
            : n.Contains("город") || n.StartsWith("г.") || n.Contains("городской округ") ? MunicipalityKind.UrbanOkrug
            : n.Contains("округ") ? MunicipalityKind.MunicipalOkrug
            : MunicipalityKind.District;
    }
}
