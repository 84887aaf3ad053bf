using System.Globalization;
using System.Text.RegularExpressions;
using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Roadmaps.Import;

/// <summary>
/// Turns a roadmap document (paragraphs and table rows, from text, DOCX or XLSX) into a draft: finds the table by its
/// header, recognises the columns, and reads the rows the way the documents are written — section rows (a heading alone
/// in its row, or a numbered heading whose number prefixes the next rows' numbers), stage headings («ОСНОВНОЙ ЭТАП»),
/// rows without a number, rows split by a page break (a row with no title, or with no number and a title that goes on
/// in lower case, continues the row above), footnotes with the allowed deviation, several tables in one document.
/// </summary>
public static partial class RoadmapTableImporter
{
    public static RoadmapDraft Parse(IReadOnlyList<SourceLine> lines)
    {
        if (lines.Count == 0 || lines.All(l => l.IsEmpty)) throw new DomainException("Файл пуст: в нём нет ни текста, ни таблиц.");
        var headerIndex = FindHeader(lines, 0);
        if (headerIndex < 0)
            throw new DomainException("Не найдена шапка таблицы дорожной карты: нужна строка заголовков со столбцами «Мероприятие» и «Сроки» (или «Ответственные»).");

        var draft = new RoadmapDraft();
        var preamble = lines.Take(headerIndex).Where(l => !l.IsRow).ToList();
        ReadPreamble(draft, preamble.Select(l => l.Text).ToList());
        var (goal, tasks, results) = ProgramPassport.Read(preamble.Select(l => l.Lines));
        (draft.Goal, draft.Tasks) = (goal, tasks);
        var index = headerIndex;
        string? stage = null;
        while (index >= 0 && index < lines.Count)
        {
            var layout = ColumnLayout.TryRecognize(lines[index].Cells)!;
            var caption = lines.Take(index).LastOrDefault(l => !l.IsRow && !IsFootnote(l.Text))?.Text ?? "";
            draft.Layout ??= layout;
            index++;
            if (index < lines.Count && lines[index].IsRow && layout.TryApplySubHeader(lines[index].Cells, out var withSub))
            {
                layout = withSub;
                draft.Layout = layout;
                index++;
            }
            var section = new DraftSection { Title = caption, Stage = stage };
            draft.Sections.Add(section);
            index = ReadTable(draft, lines, index, layout, ref section, ref stage);
        }
        draft.Sections.RemoveAll(s => s.Activities.Count == 0);
        if (draft.Activities.Any() && results.Count > 0) AddResults(draft, results);
        if (!draft.Activities.Any()) throw new DomainException("В таблице дорожной карты нет ни одного мероприятия.");
        var hasIndicator = draft.Layout.Has(RoadmapColumn.Indicator);
        foreach (var activity in draft.Activities) activity.Interpret(hasIndicator, draft.PeriodStart, draft.PeriodEnd);
        if (draft.StartYear is null) draft.Warnings.Add("Период дорожной карты не найден в заголовке — укажите годы начала и окончания.");
        return draft;
    }

    /// <returns>the index of the next table's header, or -1 when the document has no more.</returns>
    private static int ReadTable(RoadmapDraft draft, IReadOnlyList<SourceLine> lines, int index, ColumnLayout layout, ref DraftSection section, ref string? stage)
    {
        DraftActivity? last = null;
        for (; index < lines.Count; index++)
        {
            var line = lines[index];
            if (line.IsRow && ColumnLayout.TryRecognize(line.Cells) is not null) return index;
            if (!line.IsRow)
            {
                if (IsFootnote(line.Text)) { AddFootnote(draft, line.Text); continue; }
                // A heading between tables (or a section row that lost its cells): a new section, unless a header follows.
                if (NextRowIsHeader(lines, index)) continue;
                if (IsStage(line.Text)) stage = line.Text;
                section = NewSection(draft, null, line.Text, stage);
                last = null;
                continue;
            }
            if (line.Cells.All(c => c.Length == 0 || c.All(ch => ch == '-'))) continue;
            // Too few cells for this table: another table (a list of the working group, …) — the roadmap ends here.
            if (line.Cells.Count < layout.Columns.Count - 1) return FindHeader(lines, index + 1);

            var row = Align(line.Cells, layout);
            var number = Get(row, layout, RoadmapColumn.Number);
            var title = Get(row, layout, RoadmapColumn.Title);
            var others = layout.Columns.Select((c, i) => (c, i)).Where(x => x.c is not (RoadmapColumn.Number or RoadmapColumn.Title or RoadmapColumn.Ignored))
                .Any(x => row[x.i].Length > 0);

            if (title.Length > 0 && CellText.IsNumber(title) && number.Length > 0 && !CellText.IsNumber(number))
                throw new DomainException($"Столбцы сдвинуты ({line.Where}): в столбце «{layout.Headers[layout.IndexOf(RoadmapColumn.Number)]}» текст, а в столбце «{layout.Headers[layout.IndexOf(RoadmapColumn.Title)]}» — номер. Проверьте шапку таблицы.");

            if (number.Length == 0 && title.Length > 0 && !others && !CellText.StartsLowercase(title))
            {
                // A stage heading («ОСНОВНОЙ ЭТАП») opens a section of its own, replaced by the next section heading if one follows.
                if (IsStage(title)) stage = title;
                section = NewSection(draft, null, title, stage);
                last = null;
                continue;
            }
            if (number.Length > 0 && title.Length > 0 && !others && NumberedHeading(lines, index, layout, number))
            {
                section = NewSection(draft, CellText.NormalizeNumber(number), title, stage);
                last = null;
                continue;
            }
            var continues = title.Length == 0 || (number.Length == 0 && CellText.StartsLowercase(title));
            if (continues)
            {
                if (last is null) { draft.Warnings.Add($"{line.Where}: строка продолжения без мероприятия выше — пропущена."); continue; }
                for (var i = 0; i < layout.Columns.Count; i++)
                {
                    var column = layout.Columns[i];
                    if (row[i].Length == 0 || column is RoadmapColumn.Ignored || (column == RoadmapColumn.Number && row[i] == last.Number)) continue;
                    last[column] = string.IsNullOrEmpty(last[column]) ? row[i] : $"{last[column]} {row[i]}";
                }
                continue;
            }
            last = new DraftActivity { Where = line.Where };
            for (var i = 0; i < layout.Columns.Count; i++)
            {
                var column = layout.Columns[i];
                if (column == RoadmapColumn.Ignored || row[i].Length == 0) continue;
                // Two columns of one kind (executors «регион» / «ОО» both unnamed, two «Ответственные»): both texts are kept.
                var before = last[column];
                last[column] = string.IsNullOrEmpty(before) ? row[i] : $"{before}{(ColumnLayout.IsParties(column) ? "\n" : " ")}{row[i]}";
            }
            section.Activities.Add(last);
        }
        return -1;
    }

    /// <summary>A row without its number cell (fewer cells than columns, the text starting in the «№» column) is moved one
    /// column right. A line break inside a cell is a space, except in the columns of responsible parties (one a line).</summary>
    private static string[] Align(IReadOnlyList<string> raw, ColumnLayout layout)
    {
        var cells = raw.Select(CellText.Clean).ToList();
        var row = new string[layout.Columns.Count];
        var filled = cells.Count;
        while (filled > 0 && cells[filled - 1].Length == 0) filled--;
        var shift = layout.Columns[0] == RoadmapColumn.Number && filled > 0 && filled < layout.Columns.Count && cells[0].Length > 0 && !CellText.IsNumber(cells[0]) ? 1 : 0;
        for (var i = 0; i < row.Length; i++)
        {
            var source = i - shift;
            row[i] = source < 0 || source >= cells.Count ? "" : ColumnLayout.IsParties(layout.Columns[i]) ? CellText.CleanLines(raw[source]) : cells[source];
        }
        return row;
    }

    private static string Get(string[] row, ColumnLayout layout, RoadmapColumn column) => layout.IndexOf(column) is >= 0 and var i ? row[i] : "";

    /// <summary>"1." over "1.1.", "1.2.": the row is the heading of a numbered section.</summary>
    private static bool NumberedHeading(IReadOnlyList<SourceLine> lines, int index, ColumnLayout layout, string number)
    {
        var prefix = CellText.NormalizeNumber(number) + ".";
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (!lines[j].IsRow) continue;
            var next = Get(Align(lines[j].Cells, layout), layout, RoadmapColumn.Number);
            if (next.Length == 0) continue;
            return next.StartsWith(prefix, StringComparison.Ordinal);
        }
        return false;
    }

    private static DraftSection NewSection(RoadmapDraft draft, string? number, string title, string? stage)
    {
        var section = new DraftSection { Number = number, Title = title, Stage = stage };
        draft.Sections.Add(section);
        return section;
    }

    private static int FindHeader(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
            if (lines[i].IsRow && ColumnLayout.TryRecognize(lines[i].Cells) is not null) return i;
        return -1;
    }

    private static bool NextRowIsHeader(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
            if (lines[j].IsRow) return ColumnLayout.TryRecognize(lines[j].Cells) is not null;
            else if (!lines[j].IsEmpty) return false;
        return false;
    }

    private static bool IsStage(string text) => text.Contains("ЭТАП") && text == text.ToUpperInvariant();

    private static bool IsFootnote(string text) => text.Length > 0 && "¹²³⁴⁵⁶⁷⁸⁹*".Contains(text[0]);

    private static void AddFootnote(RoadmapDraft draft, string text)
    {
        draft.Footnotes.Add(text);
        if (DeviationRegex().Match(text) is { Success: true } m)
            draft.AllowedDeviationPercent = decimal.Parse(m.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
    }

    /// <summary>A program's expected results as a section of their own, each with its figures by year (targets), in the
    /// column the table keeps its results or indicators in (added when it has neither).</summary>
    private static void AddResults(RoadmapDraft draft, List<ProgramResult> results)
    {
        var column = draft.Layout.Has(RoadmapColumn.Indicator) ? RoadmapColumn.Indicator : RoadmapColumn.ExpectedResult;
        if (!draft.Layout.Has(column))
            draft.Layout = new ColumnLayout([.. draft.Layout.Columns, column], [.. draft.Layout.Headers, "Ожидаемые результаты"]);
        var section = NewSection(draft, null, "Ожидаемые результаты программы", null);
        for (var i = 0; i < results.Count; i++)
        {
            var activity = new DraftActivity { Where = "ожидаемые результаты программы", Number = (i + 1).ToString(CultureInfo.InvariantCulture), Title = results[i].Title };
            activity[column] = results[i].Text.Length > 0 ? results[i].Text : null;
            section.Activities.Add(activity);
        }
    }

    /// <summary>Title, period and the approving order from the paragraphs above the table.</summary>
    private static void ReadPreamble(RoadmapDraft draft, List<string> paragraphs)
    {
        var title = paragraphs.LastOrDefault(p => p.Contains("дорожн", StringComparison.OrdinalIgnoreCase) || p.Contains("план мероприятий", StringComparison.OrdinalIgnoreCase))
            ?? paragraphs.LastOrDefault() ?? "Дорожная карта";
        draft.Title = title.Length > 500 ? title[..500] : title;
        if (PeriodRegex().Match(title) is { Success: true } period)
        {
            var start = int.Parse(period.Groups[1].Value);
            var endText = period.Groups[2].Value;
            var end = endText.Length == 2 ? start / 100 * 100 + int.Parse(endText) : int.Parse(endText);
            draft.SchoolYear = title.Contains("учебн", StringComparison.OrdinalIgnoreCase);
            if (end >= start && end - start <= 10) (draft.StartYear, draft.EndYear) = (start, end);
        }
        if (ApprovingOrder.Find(paragraphs, paragraphs.IndexOf(title)) is { } order) (draft.OrderNumber, draft.OrderDate) = order;
    }

    [GeneratedRegex(@"(20\d{2})\s*[-–—]\s*(20\d{2}|\d{2})(?!\d)")]
    private static partial Regex PeriodRegex();

    [GeneratedRegex(@"отклонени\w*.*?не\s+более\s+(\d+(?:[.,]\d+)?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex DeviationRegex();
}
