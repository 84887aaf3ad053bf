using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Roadmaps.Import;

/// <summary>What a column of a roadmap table holds.</summary>
public enum RoadmapColumn
{
    [Display(Name = "не используется")] Ignored = 0,
    [Display(Name = "№")] Number = 1,
    [Display(Name = "Мероприятие")] Title = 2,
    [Display(Name = "Показатель (целевые значения по годам)")] Indicator = 3,
    [Display(Name = "Форма представления результата")] ResultForm = 4,
    [Display(Name = "Ожидаемый результат")] ExpectedResult = 5,
    [Display(Name = "Сроки")] Schedule = 6,
    [Display(Name = "Ответственные")] Responsible = 7,
    [Display(Name = "Исполнители: региональные")] RegionalExecutors = 8,
    [Display(Name = "Исполнители: ОО")] OrganizationExecutors = 9,
}

/// <summary>The columns of a roadmap table, recognised from its header row (and the second header row under merged
/// headings such as «Исполнители» over «региональные» / «ОО»).</summary>
public sealed partial record ColumnLayout(IReadOnlyList<RoadmapColumn> Columns, IReadOnlyList<string> Headers)
{
    public int IndexOf(RoadmapColumn column)
    {
        for (var i = 0; i < Columns.Count; i++) if (Columns[i] == column) return i;
        return -1;
    }

    public bool Has(RoadmapColumn column) => IndexOf(column) >= 0;

    /// <summary>The columns that name who does the activity: a cell there lists parties, one a line.</summary>
    public static bool IsParties(RoadmapColumn column) =>
        column is RoadmapColumn.Responsible or RoadmapColumn.RegionalExecutors or RoadmapColumn.OrganizationExecutors;

    public string Describe() => string.Join(" | ", Columns.Select((c, i) => $"«{Headers[i]}» → {c.Ru()}"));

    /// <summary>A header is a roadmap's when it names the activity and its deadline or its responsible.</summary>
    public static ColumnLayout? TryRecognize(IReadOnlyList<string> cells)
    {
        var header = cells.Select(CellText.Clean).ToList();
        var columns = header.Select(Classify).ToList();
        if (!columns.Contains(RoadmapColumn.Title) || !(columns.Contains(RoadmapColumn.Schedule) || columns.Any(IsParties)))
            return null;
        // A merged heading leaves empty cells to its right: they belong to it (filled in by the second header row).
        for (var i = 1; i < columns.Count; i++)
            if (header[i].Length == 0 && IsParties(columns[i - 1])) columns[i] = columns[i - 1];
        return new ColumnLayout(columns, header);
    }

    /// <summary>The second header row: «региональные» / «ОО» under «Исполнители».</summary>
    public bool TryApplySubHeader(IReadOnlyList<string> cells, out ColumnLayout layout)
    {
        layout = this;
        var filled = cells.Select(CellText.Clean).Select((c, i) => (c, i)).Where(x => x.c.Length > 0).ToList();
        if (filled.Count == 0 || filled.Any(x => x.i >= Columns.Count || !IsParties(Columns[x.i]) || x.c.Length > 40)) return false;
        var columns = Columns.ToList();
        var headers = Headers.ToList();
        foreach (var (text, i) in filled)
        {
            columns[i] = SubColumn(text);
            headers[i] = string.IsNullOrEmpty(headers[i]) ? text : $"{headers[i]}: {text}";
        }
        // The heading's own column, if its sub-heading is in the next cell, is the first of the pair.
        layout = new ColumnLayout(columns, headers);
        return true;
    }

    /// <summary>«региональные», «регион», «РУ» → regional; «ОО», «ОУ», «уровень ОО», «школы» → the organizations';
    /// anything else («муниципальные», «МОУО») stays a column of responsible parties, its text kept with the others.</summary>
    private static RoadmapColumn SubColumn(string text)
    {
        var lower = text.ToLowerInvariant();
        if (lower.Contains("регион")) return RoadmapColumn.RegionalExecutors;
        if (OrganizationWordRegex().IsMatch(lower) || lower.Contains("организац") || lower.Contains("школ")) return RoadmapColumn.OrganizationExecutors;
        return RoadmapColumn.Responsible;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(^|[^\p{L}])(оо|оу|ооо|доо|поо)([^\p{L}]|$)")]
    private static partial System.Text.RegularExpressions.Regex OrganizationWordRegex();

    private static RoadmapColumn Classify(string header)
    {
        var h = header.ToLowerInvariant();
        if (h.Length == 0) return RoadmapColumn.Ignored;
        if (h.StartsWith('№') || h == "n" || h.StartsWith("n п/п") || h.StartsWith("номер")) return RoadmapColumn.Number;
        if (h.Contains("мероприят") || h.Contains("наименование") || h.Contains("содержание работ")) return RoadmapColumn.Title;
        if (h.Contains("показател") || h.Contains("целев")) return RoadmapColumn.Indicator;
        if (h.Contains("форма") && h.Contains("результат")) return RoadmapColumn.ResultForm;
        if (h.Contains("результат")) return RoadmapColumn.ExpectedResult;
        if (h.Contains("срок") || h.Contains("дата") || h.Contains("период")) return RoadmapColumn.Schedule;
        // «Исполнитель (регион)» and «Исполнитель (ОО)» side by side are two columns, not one the second overwrites.
        if (h.Contains("ответствен") || h.Contains("исполнител")) return SubColumn(h);
        return RoadmapColumn.Ignored;
    }
}
