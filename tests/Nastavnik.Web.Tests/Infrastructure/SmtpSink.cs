using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using MimeKit;

namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>A real SMTP server for a test (scripts/lib/smtp_sink.py on Debian's python3-aiosmtpd): it accepts what the
/// app sends and keeps every message as a file, read back here. It can be stopped and started again on the same port
/// to play an outage.</summary>
public sealed partial class SmtpSink : IAsyncDisposable
{
    private Process? _process;
    public int Port { get; }
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "nst-mail-" + Guid.NewGuid().ToString("N")[..10]);

    private SmtpSink(int port) => Port = port;

    public static async Task<SmtpSink> StartAsync()
    {
        var sink = new SmtpSink(FreePort());
        await sink.StartAgainAsync();
        return sink;
    }

    public async Task StartAgainAsync()
    {
        var script = Path.Combine(RepoRoot(), "scripts", "lib", "smtp_sink.py");
        var start = new ProcessStartInfo("/usr/bin/python3", [script, "--port", Port.ToString(), "--dir", Directory])
        { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        _process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var ready = await _process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
        if (ready != $"ready {Port}")
            throw new InvalidOperationException("The SMTP sink did not start (is python3-aiosmtpd installed?): " + await _process.StandardError.ReadToEndAsync());
    }

    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill();
        await _process.WaitForExitAsync();
        _process = null;
    }

    /// <summary>Every message delivered so far, in order of arrival.</summary>
    public List<MimeMessage> Messages() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.GetFiles(Directory, "*.eml").Order().Select(f => MimeMessage.Load(f)).ToList()
            : [];

    public List<MimeMessage> To(string address) =>
        Messages().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Waits for the <paramref name="count"/>-th message to the address (the sender polls the outbox).</summary>
    public async Task<MimeMessage> WaitForAsync(string address, int count = 1, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            var found = To(address);
            if (found.Count >= count) return found[count - 1];
            await Task.Delay(100);
        }
        throw new TimeoutException($"No message #{count} to {address} within {seconds} s; delivered: {Messages().Count}");
    }

    /// <summary>The first link of the site in a message's text that starts with the path (e.g. "/p/", "/c/").</summary>
    public static string LinkIn(MimeMessage message, string path)
    {
        var match = Regex.Match(message.TextBody ?? "", @"https?://\S+?" + Regex.Escape(path) + @"[A-Za-z0-9_\-]+");
        return match.Success ? match.Value : throw new InvalidOperationException($"No {path} link in: {message.TextBody}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Nastavnik.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
