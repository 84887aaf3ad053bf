namespace Nastavnik.Web.Infrastructure.Jobs;

public enum JobStatus { Queued = 0, Running = 1, Succeeded = 2, Failed = 3 }

/// <summary>Long work (imports, matching). Claimed through the database, so several app instances can share the
/// queue; a job whose instance died (its lease ran out) is queued again, at most <see cref="JobRunner.MaxAttempts"/> times.</summary>
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
    /// <summary>How many times an instance has claimed the job; also the fencing token of the current claim.</summary>
    public int Attempts { get; set; }
    /// <summary>Renewed by the claiming instance while it runs the job; a job whose lease ran out lost its instance.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}
