using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Web.Infrastructure.Email;

public enum OutboxStatus
{
    [Display(Name = "ожидает отправки")] Pending = 0,
    [Display(Name = "отправлено")] Sent = 1,
    [Display(Name = "не отправлено")] Failed = 2,
}

/// <summary>An e-mail written in the same transaction as the change that causes it; the sender delivers it later
/// and retries with back-off while the SMTP server is down.</summary>
public class OutboxMessage
{
    public int Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    /// <summary>While a sender holds the message (a lease): another instance does not take it before this time.</summary>
    public DateTimeOffset? LockedUntil { get; set; }
    public string? LockedBy { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>Whose message it is, for the administrator's list of each level.</summary>
    public int? RegionId { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
}
