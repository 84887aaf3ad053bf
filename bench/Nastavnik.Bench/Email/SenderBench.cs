using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Email;

namespace Nastavnik.Bench.Email;

/// <summary>The outbox sender delivering N messages to a local SMTP server (scripts/lib/smtp_sink.py) vs a bare MailKit
/// loop sending the same MIME messages over one connection to the same server. Runs alternate; before each sender run
/// the messages are made pending again.</summary>
public static class SenderBench
{
    public static async Task<int> RunAsync(string connection, string sinkScript, int messages, int runs)
    {
        var port = FreePort();
        var dir = Path.Combine(Path.GetTempPath(), "nst-bench-mail-" + Guid.NewGuid().ToString("N")[..8]);
        using var sink = Process.Start(new ProcessStartInfo("/usr/bin/python3", [sinkScript, "--port", port.ToString(), "--dir", dir])
        { RedirectStandardOutput = true, UseShellExecute = false })!;
        try
        {
            if (await sink.StandardOutput.ReadLineAsync() != $"ready {port}") throw new InvalidOperationException("smtp_sink.py did not start");
            await using var app = BenchApp.Build(connection, settings: new Dictionary<string, string?>
            {
                ["Email:SenderEnabled"] = "false", ["Email:Smtp:Host"] = "127.0.0.1", ["Email:Smtp:Port"] = port.ToString(),
                ["Email:From"] = "Наставник <noreply@bench.example>",
            });
            var sender = app.Services.GetRequiredService<OutboxSender>();
            var from = "Наставник <noreply@bench.example>";
            List<OutboxMessage> outbox;
            using (var scope = app.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await db.OutboxMessages.ExecuteDeleteAsync();
                var now = DateTimeOffset.UtcNow;
                for (var i = 0; i < messages; i++)
                {
                    var (subject, body) = EmailTemplates.Invitation($"Наставник Замеров {i}", "наставник", "МБОУ «СОШ № 1»",
                        $"http://nastavnik.example/p/{Guid.NewGuid():N}", now.AddDays(7));
                    db.Enqueue(new Nastavnik.Web.Infrastructure.Email.Email($"mentor{i}@bench.example", subject, body), now);
                }
                await db.SaveChangesAsync();
                outbox = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
            }
            var bare = new List<double>();
            var ours = new List<double>();
            for (var run = 0; run < runs * 2; run++)
            {
                var watch = new Stopwatch();
                if (run % 2 == 0)
                {
                    var mime = outbox.Select(m => OutboxSender.ToMime(m, from)).ToList();
                    watch.Start();
                    using var smtp = new SmtpClient();
                    await smtp.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
                    foreach (var m in mime) await smtp.SendAsync(m);
                    await smtp.DisconnectAsync(true);
                    watch.Stop();
                    bare.Add(messages / watch.Elapsed.TotalSeconds);
                }
                else
                {
                    using (var scope = app.Services.CreateScope())
                        await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.ExecuteUpdateAsync(s => s
                            .SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.SentAt, (DateTimeOffset?)null).SetProperty(m => m.Attempts, 0));
                    watch.Start();
                    var sent = 0;
                    while (sent < messages)
                    {
                        var batch = await sender.SendBatchAsync(CancellationToken.None);
                        if (batch == 0) throw new InvalidOperationException($"the sender stopped after {sent} of {messages}");
                        sent += batch;
                    }
                    watch.Stop();
                    ours.Add(messages / watch.Elapsed.TotalSeconds);
                    using var check = app.Services.CreateScope();
                    var left = await check.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.CountAsync(m => m.Status != OutboxStatus.Sent);
                    if (left != 0) throw new InvalidOperationException($"{left} messages not marked sent");
                }
            }
            Console.WriteLine($"Отправка {messages:N0} писем на локальный SMTP-сервер (smtp_sink.py), прогонов по {runs}:");
            Console.WriteLine($"  OutboxSender:        медиана {BenchApp.Median(ours):F0} писем/с, лучший {ours.Max():F0} писем/с");
            Console.WriteLine($"  цикл MailKit (база): медиана {BenchApp.Median(bare):F0} писем/с, лучший {bare.Max():F0} писем/с");
            Console.WriteLine($"RESULT sender_per_s={BenchApp.Median(ours):F0} bare_per_s={BenchApp.Median(bare):F0} ratio_median={BenchApp.Median(ours) / BenchApp.Median(bare):F2} ratio_best={ours.Max() / bare.Max():F2}");
            return 0;
        }
        finally
        {
            if (!sink.HasExited) sink.Kill();
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
