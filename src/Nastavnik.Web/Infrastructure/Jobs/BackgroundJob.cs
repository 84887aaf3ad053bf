namespace Nastavnik.Web.Infrastructure.Jobs;

public enum JobStatus { Queued = 0, Running = 1, Succeeded = 2, Failed = 3 }

/// <summary>Long work (imports, later matching and reports). Claimed through the database, so several
/// app instances can share the queue.</summary>
public class BackgroundJob
{
    public Guid Id { get; set; }
    public required string Kind { get; set; }
    public JobStatus Status { get; set; }
    public int ProgressPercent { get; set; }
    public string? ProgressMessage { get; set; }
    public required string Payload { get; set; }
    public string? Result { get; set; }
    public string? Error { get; set; }
    public required string CreatedByUserId { get; set; }
    public int? OrganizationId { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}
