namespace Nastavnik.Domain.Territory;

/// <summary>Субъект РФ (область, край).</summary>
public class Region
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public List<Municipality> Municipalities { get; set; } = [];
}
