using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Web;
using Nastavnik.Web.Data;

namespace Nastavnik.Bench;

/// <summary>The real app, configured for PostgreSQL, for measuring in-process.</summary>
public static class BenchApp
{
    public static WebApplication Build(string connection, string? url = null, SqlRecorder? recorder = null, IDictionary<string, string?>? settings = null) =>
        AppBuilder.Build([], b =>
        {
            b.Configuration["Database:Provider"] = "Postgres";
            b.Configuration["ConnectionStrings:Nastavnik"] = connection;
            b.Configuration["Demo:Seed"] = "false";
            b.Configuration["Jobs:Enabled"] = "false";
            b.Configuration["Security:LoginPerMinute"] = "100000";
            b.Configuration["Logging:LogLevel:Default"] = "Warning";
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) b.Configuration[key] = value;
            if (url is not null) b.WebHost.UseUrls(url);
            if (recorder is not null) b.Services.ConfigureDbContext<AppDbContext>((_, o) => o.AddInterceptors(recorder));
        });

    public static AppDbContext Db(WebApplication app) => app.Services.CreateScope().ServiceProvider.GetRequiredService<AppDbContext>();

    public static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }

    public static long PeakRssKb() =>
        File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:")).Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1])).FirstOrDefault();
}
