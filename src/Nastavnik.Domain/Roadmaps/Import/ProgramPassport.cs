using System.Text.RegularExpressions;

namespace Nastavnik.Domain.Roadmaps.Import;

/// <summary>An expected result of a program: its heading and the text with the figures by year.</summary>
public sealed record ProgramResult(string Title, string Text);

/// <summary>
/// What a program document says above its roadmap: the goal («II. Цель программы:», «Цель: …»), the tasks («Задачи:»
/// 1., 2., … or bullets, or one a paragraph) and the expected results («Ожидаемые результаты»: numbered results, each
/// with its figures by year). A block ends at the next heading (a Roman-numbered one, or a usual section of a program).
/// </summary>
public static partial class ProgramPassport
{
    public static (string? Goal, List<string> Tasks, List<ProgramResult> Results) Read(IEnumerable<string> paragraphs)
    {
        var blocks = new Dictionary<char, List<string>>();
        List<string>? current = null;
        foreach (var line in paragraphs.SelectMany(p => p.Split('\n')).Select(CellText.Clean).Where(l => l.Length > 0))
        {
            // A heading may be an item of a Word list («• Задачи программы:» — its number is not in the text).
            var unmarked = line.TrimStart('•', '◦', ' ');
            if (HeadingRegex().Match(unmarked) is { Success: true } heading)
            {
                current = blocks[char.ToLowerInvariant(heading.Groups["kind"].Value[0])] = [];
                if (unmarked[heading.Length..].Trim() is { Length: > 0 } rest) current.Add(rest);
            }
            else if (EndRegex().IsMatch(unmarked) || IsCapitals(unmarked)) current = null;
            else current?.Add(line);
        }
        var goal = blocks.TryGetValue('ц', out var g) && g.Count > 0 ? string.Join(" ", g) : null;
        var tasks = blocks.TryGetValue('з', out var t) ? Items(t).Select(i => string.Join(" ", i)).ToList() : [];
        var results = blocks.TryGetValue('о', out var r) ? Items(r).Select(Result).ToList() : [];
        return (goal, tasks, results);
    }

    private static ProgramResult Result(List<string> lines)
    {
        if (lines.Count > 1) return new(lines[0].TrimEnd(':', ' '), string.Join(" ", lines.Skip(1).Select(StripMarker)));
        var colon = lines[0].IndexOf(':');
        return colon > 0 && colon < lines[0].Length - 1
            ? new(lines[0][..colon].Trim(), lines[0][(colon + 1)..].Trim())
            : new(lines[0].TrimEnd(':', ' '), "");
    }

    /// <summary>The items of a block: at the numbered lines if there are any, else at the bullets, else one a line (a
    /// line that starts in lower case goes on with the one above). The items' own markers are dropped.</summary>
    private static List<List<string>> Items(List<string> lines)
    {
        var numbered = lines.Any(l => NumberRegex().IsMatch(l));
        // The first bullet is the items' one; other bullets («◦» of a Word list's second level, «-» under «•») go on an item.
        var bullet = numbered ? null : lines.FirstOrDefault(l => BulletRegex().IsMatch(l))?[..1];
        var items = new List<List<string>>();
        foreach (var line in lines)
        {
            var starts = numbered ? NumberRegex().IsMatch(line) : bullet is not null ? line.StartsWith(bullet, StringComparison.Ordinal) : !CellText.StartsLowercase(line);
            var text = starts ? StripMarker(line) : line;
            if (text.Length == 0) continue;
            if (starts || items.Count == 0) items.Add([text]);
            else items[^1].Add(text);
        }
        return items;
    }

    private static string StripMarker(string line) => MarkerRegex().Replace(line, "").Trim();

    private static bool IsCapitals(string line) => line.Length > 3 && line.Any(char.IsLetter) && line == line.ToUpperInvariant();

    [GeneratedRegex(@"^(?:[IVXІ]+\.\s*|\d{1,2}\.\s*)?(?<kind>Цел[ьи]|Задачи|Ожидаемые\s+(?:конечные\s+)?результаты)(?:\s+(?:и\s+задачи|реализации|муниципальной|региональной|программы|наставничества|развития)){0,4}\s*(?::|\.?$)", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"^(?:[IVXІ]+\.\s+\S|(?:\d{1,2}\.\s*)?(?:Механизм|Сроки и этапы|Этапы реализации|Программные мероприятия|Мероприятия программы|Дорожная карта|План мероприятий|Ресурсное обеспечение|Финансовое обеспечение|Контроль|Целевые показатели|Принятые сокращения|Основные понятия|Формы наставничества)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EndRegex();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+\S")]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"^[-–—•◦·*▪]\s*\S")]
    private static partial Regex BulletRegex();

    [GeneratedRegex(@"^(?:\d{1,2}[.)]|[-–—•◦·*▪])\s*")]
    private static partial Regex MarkerRegex();
}
