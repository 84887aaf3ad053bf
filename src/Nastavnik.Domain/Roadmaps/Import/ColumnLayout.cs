using Nastavnik.Domain.Common;
using System.ComponentModel.DataAnnotations;

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
public sealed record ColumnLayout(IReadOnlyList<RoadmapColumn> Columns, IReadOnlyList<string> Headers)
{
    public int IndexOf(RoadmapColumn column)
    {
        for (var i = 0; i < Columns.Count; i++) if (Columns[i] == column) return i;
        return -1;
    }

    public bool Has(RoadmapColumn column) => IndexOf(column) >= 0;

    public string Describe() => string.Join(" | ", Columns.Select((c, i) => $"«{Headers[i]}» → {c.Ru()}"));

    /// <summary>A header is a roadmap's when it names the activity and its deadline or its responsible.</summary>
    public static ColumnLayout? TryRecognize(IReadOnlyList<string> header)
    {
        var columns = header.Select(Classify).ToList();
        if (!columns.Contains(RoadmapColumn.Title) || !(columns.Contains(RoadmapColumn.Schedule) || columns.Contains(RoadmapColumn.Responsible)))
            return null;
        // A merged heading leaves empty cells to its right: they belong to it (filled in by the second header row).
        for (var i = 1; i < columns.Count; i++)
            if (header[i].Length == 0 && columns[i - 1] == RoadmapColumn.Responsible) columns[i] = RoadmapColumn.Responsible;
        return new ColumnLayout(columns, header.ToList());
    }

    /// <summary>The second header row: «региональные» / «ОО» under «Исполнители».</summary>
    public bool TryApplySubHeader(IReadOnlyList<string> row, out ColumnLayout layout)
    {
        layout = this;
        var filled = row.Select((c, i) => (c, i)).Where(x => x.c.Length > 0).ToList();
        if (filled.Count == 0 || filled.Any(x => x.i >= Columns.Count || Columns[x.i] != RoadmapColumn.Responsible || x.c.Length > 40)) return false;
        var columns = Columns.ToList();
        var headers = Headers.ToList();
        foreach (var (text, i) in filled)
        {
            var lower = text.ToLowerInvariant();
            columns[i] = lower.Contains("регион") ? RoadmapColumn.RegionalExecutors
                : lower == "оо" || lower.Contains("организац") || lower.Contains("оу") ? RoadmapColumn.OrganizationExecutors
                : RoadmapColumn.Responsible;
            headers[i] = string.IsNullOrEmpty(headers[i]) ? text : $"{headers[i]}: {text}";
        }
        // The heading's own column, if its sub-heading is in the next cell, is the first of the pair.
        layout = new ColumnLayout(columns, headers);
        return true;
    }

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
        if (h.Contains("ответствен") || h.Contains("исполнител")) return RoadmapColumn.Responsible;
        return RoadmapColumn.Ignored;
    }
}
