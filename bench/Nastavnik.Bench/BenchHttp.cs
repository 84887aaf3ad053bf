using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Nastavnik.Bench;

/// <summary>Signing in over HTTP and timing (median after warm-up); a page is compared with its own recorded SQL (SqlRecorder).</summary>
public static partial class BenchHttp
{
    // A server runs warm: enough warm-up for tiered JIT to optimize the hot paths of both sides.
    public const int Warmup = 60, Runs = 40;

    public static async Task<HttpClient> LoginAsync(string url, string login)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10) };
        var page = await client.GetStringAsync("/Account/Login");
        var signedIn = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Login"] = login, ["Input.Password"] = "Nastavnik-2026", ["__RequestVerificationToken"] = Token(page),
        }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("login failed");
        return client;
    }

    /// <summary>The antiforgery token of a page's form.</summary>
    public static string Token(string html) => TokenRegex().Match(html).Groups[1].Value;

    public static async Task<double> TimeAsync(Func<Task> action)
    {
        for (var i = 0; i < Warmup; i++) await action();
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await action();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        return BenchApp.Median(times);
    }

    /// <summary>Times two actions interleaved (a, b, a, b, …) after a common warm-up, so drift of the machine hits both alike.</summary>
    public static async Task<(double A, double B)> TimeInterleavedAsync(Func<Task> a, Func<Task> b, int warmup = Warmup, int runs = Runs)
    {
        for (var i = 0; i < warmup; i++) { await a(); await b(); }
        var (timesA, timesB) = (new List<double>(), new List<double>());
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await a();
            timesA.Add(sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            await b();
            timesB.Add(sw.Elapsed.TotalMilliseconds);
        }
        return (BenchApp.Median(timesA), BenchApp.Median(timesB));
    }

    public static async Task<string> PageAsync(HttpClient client, string path, string mustContain)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || !html.Contains(mustContain)) throw new InvalidOperationException($"{path} did not render ({(int)response.StatusCode})");
        return html;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
