using System.Text;
using Nastavnik.Domain.Roadmaps.Import;

namespace Nastavnik.Domain.Tests.Roadmaps;

/// <summary>The five seed documents (tests/Fixtures/Roadmaps) and the field-by-field form of an imported draft.</summary>
public static class SeedRoadmaps
{
    public static readonly string[] Seeds = ["000_86a2010b6c35da95", "001_b5d290fc08d0338b", "002_90e47daf7dfdc7ff", "003_ee52e86bb97d8344", "004_281dcb6361331b8a"];

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Roadmaps", name);

    public static RoadmapDraft Import(string seed) => RoadmapTableImporter.Parse(TextTableReader.Read(File.ReadAllText(Fixture(seed + ".txt"))));

    /// <summary>One line per activity, tab-separated: section, stage, number, title, targets, result form, expected result,
    /// schedule text, due dates, responsible, regional executors, executors in organizations.</summary>
    public static IReadOnlyList<string> Rows(RoadmapDraft draft)
    {
        var rows = new List<string>();
        foreach (var section in draft.Sections)
            foreach (var a in section.Activities)
                rows.Add(string.Join('\t',
                    (section.Number is null ? "" : section.Number + " ") + section.Title, section.Stage ?? "", a.Number ?? "", a.Title,
                    a.Targets is null ? "" : $"{a.Targets.Description} [{a.Targets.Unit}] " + string.Join("; ", a.Targets.ByYear.Select(kv => $"{kv.Key}={kv.Value}")) + (a.Targets.EveryYear is { } e ? $" ежегодно={e}" : "") + (a.Targets.NeedsReview ? " (проверить)" : ""),
                    a.ResultForm ?? "", a.ExpectedResult ?? "", a.ScheduleText ?? "",
                    a.Schedule is null ? "" : string.Join(";", a.Schedule.DueDates.Select(d => d.ToString("dd.MM.yyyy"))) + (a.Schedule.NeedsReview ? " (проверить)" : ""),
                    a.Responsible ?? "", a.RegionalExecutors ?? "", a.OrganizationExecutors ?? ""));
        return rows;
    }

    public static readonly string[] Fields = ["раздел", "этап", "№", "мероприятие", "показатель", "форма результата", "ожидаемый результат", "сроки", "даты", "ответственные", "региональные исполнители", "исполнители ОО"];

    public static string Golden(string seed) =>
        Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "Fixtures", "Roadmaps", "expected", seed + ".tsv");

    public static void Write(string path, IEnumerable<string> rows) =>
        File.WriteAllText(path, string.Join('\n', rows) + "\n", new UTF8Encoding(false));
}
