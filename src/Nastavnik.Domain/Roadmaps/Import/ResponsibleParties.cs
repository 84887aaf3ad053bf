using System.Text;
using System.Text.RegularExpressions;

namespace Nastavnik.Domain.Roadmaps.Import;

/// <summary>
/// The responsible parties of one cell as a list: «МОУО, ОО», «Харитонова С.И.; куратор», one party a line. A line
/// break and «;» always separate parties; a comma does unless it is inside brackets or quotes, or what follows it
/// describes the party before it («Кураторы (далее – кураторы), ответственные за обучение» is one party). Stored
/// joined by «; » — the activity keeps one text, and the list is read back from it.
/// </summary>
public static partial class ResponsibleParties
{
    public const string Separator = "; ";

    public static IReadOnlyList<string> Split(string? text)
    {
        var parties = new List<string>();
        foreach (var part in (text ?? "").Split('\n', ';'))
            foreach (var piece in SplitCommas(part))
            {
                var clean = CellText.Clean(piece).Trim(',', ' ');
                if (clean.Length == 0) continue;
                if (parties.Count > 0 && DescribesPrevious(clean)) parties[^1] = $"{parties[^1]}, {clean}";
                else parties.Add(clean);
            }
        return parties;
    }

    /// <summary>The parties joined for storing and display, null when the cell is empty.</summary>
    public static string? Join(string? text) => Split(text) is { Count: > 0 } list ? string.Join(Separator, list) : null;

    private static IEnumerable<string> SplitCommas(string text)
    {
        var depth = 0;
        var quoted = false;
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (ch is '(' or '[') depth++;
            else if (ch is ')' or ']') depth = Math.Max(0, depth - 1);
            else if (ch is '«' or '»' or '"') quoted = ch == '«' || (ch == '"' && !quoted);
            if (ch == ',' && depth == 0 && !quoted)
            {
                yield return current.ToString();
                current.Clear();
            }
            else current.Append(ch);
        }
        yield return current.ToString();
    }

    /// <summary>«ответственные за …», «назначенный приказом …», «в том числе …»: words that go on describing the party
    /// before the comma, not a party of their own.</summary>
    private static bool DescribesPrevious(string piece) => char.IsLower(piece[0]) && DescriptionRegex().IsMatch(piece);

    [GeneratedRegex(@"^(\w+(ый|ий|ой|ая|яя|ое|ее|ые|ие|щий|щая|щие|вший|вшие|нный|нная|нные)\b\s+\S|в том числе|а также|при участии|по согласованию|совместно)")]
    private static partial Regex DescriptionRegex();
}
