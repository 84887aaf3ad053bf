namespace Nastavnik.Domain.Audit;

/// <summary>One change to personal data: who, when, what.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    public required string EntityType { get; set; }
    public int EntityId { get; set; }
    /// <summary>Создание / Изменение / Удаление.</summary>
    public required string Action { get; set; }
    /// <summary>JSON: field → [old, new].</summary>
    public required string Changes { get; set; }
    /// <summary>The organization the record belongs to, for scoping the log.</summary>
    public int? OrganizationId { get; set; }
}
