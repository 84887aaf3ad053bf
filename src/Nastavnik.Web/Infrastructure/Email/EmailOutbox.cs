using Nastavnik.Web.Data;

namespace Nastavnik.Web.Infrastructure.Email;

/// <summary>A message to one address, with the territory it belongs to (for the administrator's list).</summary>
public sealed record Email(string To, string Subject, string Body, int? RegionId = null, int? MunicipalityId = null, int? OrganizationId = null);

/// <summary>Puts e-mails into the outbox of the caller's DbContext: they are saved by the caller's SaveChanges, in the
/// same transaction as the change that causes them, and delivered by <see cref="OutboxSender"/>.</summary>
public static class EmailOutbox
{
    public static OutboxMessage Enqueue(this AppDbContext db, Email email, DateTimeOffset now)
    {
        var message = NewMessage(email, now);
        db.OutboxMessages.Add(message);
        return message;
    }

    /// <summary>A pending message, due now, not yet added to any context (a bulk writer COPYs it).</summary>
    public static OutboxMessage NewMessage(Email email, DateTimeOffset now) => new()
    {
        To = email.To, Subject = email.Subject, Body = email.Body, Status = OutboxStatus.Pending, CreatedAt = now,
        NextAttemptAt = now, RegionId = email.RegionId, MunicipalityId = email.MunicipalityId, OrganizationId = email.OrganizationId,
    };

    /// <summary>The back-off after a failed attempt: 5 s, 10 s, 20 s … (from <see cref="EmailOptions.RetryBaseSeconds"/>),
    /// at most 10 minutes.</summary>
    public static TimeSpan RetryDelay(int attempts, double baseSeconds = 5) =>
        TimeSpan.FromSeconds(Math.Min(600, baseSeconds * Math.Pow(2, Math.Max(0, attempts - 1))));

    /// <summary>After this many attempts a message is marked failed; the administrator can send it again.</summary>
    public const int MaxAttempts = 30;
}
