using System.Text.RegularExpressions;
using Shouldly;

namespace Nastavnik.Web.Tests.Time;

/// <summary>One clock (Infrastructure/Time/TerritoryClock): nothing else in src/ reads the machine's clock or its zone.
/// The date "today" depends on the region, so a DateTime.Today anywhere is a page that is a day off around midnight.</summary>
public partial class OneClockTests
{
    private static readonly string Clock = Path.Combine("Infrastructure", "Time", "TerritoryClock.cs");

    [GeneratedRegex(@"\bDateTime(Offset)?\s*\.\s*(Now|Today|UtcNow)\b|\bGetLocalNow\s*\(|\.ToLocalTime\s*\(|\bTimeZoneInfo\s*\.\s*Local\b|\.LocalTimeZone\b")]
    private static partial Regex MachineTime();

    [Theory]
    [InlineData("var today = DateOnly.FromDateTime(DateTime.Today);")]
    [InlineData("stored.UpdatedAt = DateTimeOffset.UtcNow;")]
    [InlineData("@DateTime.Now.ToString(\"yyyy-MM-dd\")")]
    [InlineData("var now = DateTimeOffset.Now;")]
    [InlineData("clock.GetLocalNow().DateTime")]
    [InlineData("@p.PublishedAt.ToLocalTime().ToString(\"dd.MM.yyyy\")")]
    [InlineData("TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone)")]
    public void TheScanRecognisesTheMachinesClock(string line) => MachineTime().IsMatch(line).ShouldBeTrue();

    [Fact]
    public void NothingInSrcButTheClockReadsTheMachinesTime()
    {
        var root = RepoRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs") || f.EndsWith(".cshtml"))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();
        files.Count.ShouldBeGreaterThan(300, "the scan reads the sources");
        var found = files.Where(f => !f.EndsWith(Clock))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(x => MachineTime().IsMatch(x.Text))
            .Select(x => $"{Path.GetRelativePath(root, x.File)}:{x.Line}: {x.Text.Trim()}")
            .ToList();
        found.ShouldBeEmpty("use TerritoryClock (Today, TodayIn, GetUtcNow, Local) instead");
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Nastavnik.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }
}
