using System.Diagnostics;

namespace Nastavnik.Bench.Faults;

/// <summary>The app as a separate process, started as in production (Release build, PostgreSQL), so that it can be
/// killed with SIGKILL exactly as a crashing host would lose it.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    public string Url { get; }
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;

    private static readonly List<Process> Started = [];

    private AppProcess(Process process, string url) => (_process, Url) = (process, url);

    /// <summary>Kills every app process a driver started (called when the driver ends, however it ends).</summary>
    public static void KillAll()
    {
        foreach (var p in Started)
        {
            try { if (!p.HasExited) p.Kill(); } catch (InvalidOperationException) { } // already disposed
        }
    }

    /// <param name="web">The app's dll; its project folder is the content root (wwwroot, pages).</param>
    public static async Task<AppProcess> StartAsync(FaultSetup setup, int port, string logName, params string[] extra)
    {
        var url = $"http://127.0.0.1:{port}";
        using (var probe = new System.Net.Sockets.TcpClient())
        {
            try { await probe.ConnectAsync("127.0.0.1", port); throw new InvalidOperationException($"port {port} is taken: a leftover app?"); }
            catch (System.Net.Sockets.SocketException) { }
        }
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = setup.ContentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in (string[])[setup.WebDll, "--urls", url, "--Database:Provider=Postgres", $"--ConnectionStrings:Nastavnik={setup.Connection}",
                     "--Logging:LogLevel:Default=Warning", "--Jobs:LeaseSeconds=6", "--Jobs:PollMilliseconds=200", "--Security:LoginPerMinute=100000", .. extra])
            info.ArgumentList.Add(a);
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        Started.Add(process);
        var log = new StreamWriter(Path.Combine(setup.LogDir, logName + ".log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, url);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 240; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"the app exited with {process.ExitCode}; see {logName}.log");
            try { if ((await http.GetAsync(url + "/health")).IsSuccessStatusCode) return app; } catch (HttpRequestException) { } catch (TaskCanceledException) { }
            await Task.Delay(500);
        }
        throw new TimeoutException("the app did not answer /health in 120 s");
    }

    /// <summary>SIGKILL: no shutdown hooks, no finally blocks, open transactions left to PostgreSQL.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) { _process.Kill(); await _process.WaitForExitAsync(); }
        _process.Dispose();
    }
}

/// <summary>Where the app and its database are, for the fault and two-instance drivers.</summary>
public sealed record FaultSetup(string Connection, string WebDll, string ContentRoot, string LogDir);
