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
        var message = new OutboxMessage
        {
            To = email.To, Subject = email.Subject, Body = email.Body, Status = OutboxStatus.Pending, CreatedAt = now,
            NextAttemptAt = now, RegionId = email.RegionId, MunicipalityId = email.MunicipalityId, OrganizationId = email.OrganizationId,
        };
        db.OutboxMessages.Add(message);
        return message;
    }

    /// <summary>The back-off after a failed attempt: 5 s, 10 s, 20 s … at most 10 minutes.</summary>
    public static TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(600, 5 * Math.Pow(2, Math.Max(0, attempts - 1))));

    /// <summary>After this many attempts a message is marked failed; the administrator can send it again.</summary>
    public const int MaxAttempts = 30;
}
