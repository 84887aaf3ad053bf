using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Configuration;

namespace Nastavnik.Web.Infrastructure.Email;

/// <summary>Delivers the outbox through SMTP (MailKit), one connection per batch. A batch is claimed with a lease
/// (LockedBy/LockedUntil), so several instances never send the same message; messages the server accepted are marked
/// sent in groups of <see cref="MarkSentEvery"/>. While the server is down the batch waits with back-off (<see cref="EmailOutbox.RetryDelay"/>).</summary>
public class OutboxSender(IServiceScopeFactory scopes, IOptionsMonitor<EmailOptions> options, TimeProvider clock, ILogger<OutboxSender> log)
    : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try { sent = await SendBatchAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception ex) { log.LogError(ex, "Outbox sender loop failed"); }
            if (sent == 0) await Task.Delay(options.CurrentValue.PollMilliseconds, stoppingToken);
        }
    }

    /// <returns>How many messages the SMTP server accepted.</returns>
    public async Task<int> SendBatchAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var batch = await ClaimAsync(db, ct);
        if (batch.Count == 0) return 0;
        var settings = options.CurrentValue;
        var sent = 0;
        var accepted = new List<OutboxMessage>(MarkSentEvery);
        // Marks run on a context of their own while the next messages are being sent (the SMTP round trips and the
        // database's overlap); at most one mark is in flight.
        using var markScope = scopes.CreateScope();
        var markDb = markScope.ServiceProvider.GetRequiredService<AppDbContext>();
        var marking = Task.CompletedTask;
        using var smtp = new SmtpClient();
        try
        {
            await smtp.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port,
                settings.Smtp.UseTls ? SecureSocketOptions.Auto : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(settings.Smtp.UserName))
                await smtp.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", ct);
            foreach (var message in batch)
            {
                if (await SendOneAsync(db, smtp, settings, message, ct))
                {
                    sent++;
                    accepted.Add(message);
                    if (accepted.Count >= MarkSentEvery)
                    {
                        await marking;
                        marking = MarkSentAsync(markDb, [.. accepted]);
                        accepted.Clear();
                    }
                }
                else if (!smtp.IsConnected) break;
            }
            if (smtp.IsConnected) await smtp.DisconnectAsync(true, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning("SMTP server {Host}:{Port} unavailable: {Error}", settings.Smtp.Host, settings.Smtp.Port, ex.Message);
        }
        finally
        {
            // What the server accepted is marked sent whatever happens next (also when stopping).
            await marking;
            await MarkSentAsync(markDb, accepted);
        }
        // Whatever this batch did not deliver (the server went away) is released for a later attempt.
        var left = batch.Where(m => m.Status == OutboxStatus.Pending && m.LockedBy == _instance).ToList();
        foreach (var message in left) await FailAsync(db, message, "SMTP-сервер недоступен", ct);
        return sent;
    }

    private async Task<List<OutboxMessage>> ClaimAsync(AppDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now
            && (m.LockedUntil == null || m.LockedUntil <= now));
        var ids = await due.OrderBy(m => m.Id).Select(m => m.Id).Take(options.CurrentValue.BatchSize).ToListAsync(ct);
        if (ids.Count == 0) return [];
        var until = now + Lease;
        await due.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LockedBy, _instance).SetProperty(m => m.LockedUntil, until), ct);
        return await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id) && m.LockedBy == _instance && m.LockedUntil == until)
            .OrderBy(m => m.Id).ToListAsync(ct);
    }

    private async Task<bool> SendOneAsync(AppDbContext db, SmtpClient smtp, EmailOptions settings, OutboxMessage message, CancellationToken ct)
    {
        try
        {
            await smtp.SendAsync(ToMime(message, settings.From), ct);
        }
        catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or IOException or ParseException)
        {
            await FailAsync(db, message, ex.Message, ct);
            return false;
        }
        message.Status = OutboxStatus.Sent;
        return true;
    }

    /// <summary>Messages accepted by the server are marked sent <see cref="MarkSentEvery"/> at a time, with one UPDATE.
    /// The trade-off: an UPDATE per message halves the throughput (a database round trip per message, see
    /// docs/benchmarks.md); in exchange, if the process dies between the server's acceptance and this UPDATE, up to
    /// this many messages (instead of one) are sent again once their lease expires. Receivers can tell such a repeat by
    /// its Message-Id (outbox-{id}@nastavnik). A failure of the connection or a stop flushes what was accepted first.</summary>
    public const int MarkSentEvery = 100;

    private async Task MarkSentAsync(AppDbContext db, List<OutboxMessage> accepted)
    {
        if (accepted.Count == 0) return;
        var now = clock.GetUtcNow();
        var ids = accepted.Select(m => m.Id).ToList();
        // Attempts + 1 in SQL: every message of the claim carries its own count.
        await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.LockedBy == _instance).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, now).SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.LockedBy, (string?)null).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null).SetProperty(m => m.LastError, (string?)null),
            CancellationToken.None);
    }

    private async Task FailAsync(AppDbContext db, OutboxMessage message, string error, CancellationToken ct)
    {
        var attempts = message.Attempts + 1;
        var next = clock.GetUtcNow() + EmailOutbox.RetryDelay(attempts, options.CurrentValue.RetryBaseSeconds);
        var status = attempts >= EmailOutbox.MaxAttempts ? OutboxStatus.Failed : OutboxStatus.Pending;
        var text = error.Length > 500 ? error[..500] : error;
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.LockedBy == _instance).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.Status, status)
            .SetProperty(m => m.LastError, text).SetProperty(m => m.LockedBy, (string?)null)
            .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), CancellationToken.None);
        message.LockedBy = null;
    }

    /// <summary>The MIME message; its Message-Id is the outbox id, so a receiver can tell a message delivered twice.</summary>
    public static MimeMessage ToMime(OutboxMessage message, string from)
    {
        var mime = new MimeMessage { Subject = message.Subject, Body = new TextPart("plain") { Text = message.Body } };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.MessageId = $"outbox-{message.Id}@nastavnik";
        return mime;
    }
}

public static class EmailRegistration
{
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration config)
    {
        services.AddCheckedOptions<EmailOptions>(config, "Email");
        services.AddSingleton<SiteLinks>();
        services.AddSingleton<OutboxSender>();
        if (config.GetValue("Email:SenderEnabled", true))
            services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return services;
    }
}
