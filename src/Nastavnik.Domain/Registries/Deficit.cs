namespace Nastavnik.Domain.Registries;

/// <summary>An entry of the shared catalogue of professional deficits / requests; mentees have them,
/// mentors' competences cover them.</summary>
public class Deficit
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public DeficitGroup Group { get; set; }
}
