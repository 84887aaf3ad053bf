namespace Nastavnik.Domain.Imports;

public enum ImportTarget
{
    Mentees = 0, Mentors = 1, /// <summary>The region's organization list (/Territory/Import); OrganizationId is 0.</summary>
    Organizations = 2
}

/// <summary>An uploaded file waiting to be mapped, previewed and imported.</summary>
public class ImportSession
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public int OrganizationId { get; set; }
    public ImportTarget Target { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
    /// <summary>JSON: column index → field key.</summary>
    public string? Mapping { get; set; }
    /// <summary>The file's row the user chose as the header; null — found by the reader.</summary>
    public int? HeaderRow { get; set; }
    /// <summary>JSON: a category value the system did not know (normalised) → the registry's category the user chose for it.</summary>
    public string? ValueMapping { get; set; }
    public Guid? JobId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A header the organization's users mapped by hand, remembered for their next file.</summary>
public class ImportColumnMapping
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public ImportTarget Target { get; set; }
    public required string Header { get; set; }
    public required string FieldKey { get; set; }
}
