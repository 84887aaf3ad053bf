using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Shouldly;

namespace Nastavnik.Web.Tests.Export;

/// <summary>What a reader of an exported workbook's first sheet sees: the columns' widths, the frozen header, the
/// autofilter, each cell's text and whether it is a date cell with a date format.</summary>
public sealed record Workbook(IReadOnlyList<string> Headers, IReadOnlyList<double> Widths, bool HeaderFrozen, string? AutoFilter,
    IReadOnlyList<IReadOnlyList<Workbook.CellInfo>> Rows)
{
    public sealed record CellInfo(string Text, bool IsDate);

    public double WidthOf(string header) => Widths[Headers.ToList().IndexOf(header)];

    public IEnumerable<CellInfo> Column(string header) => Rows.Select(r => r[Headers.ToList().IndexOf(header)]);

    public static Workbook Read(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        new OpenXmlValidator().Validate(document).Select(e => e.Description).ShouldBeEmpty();
        var part = document.WorkbookPart!;
        var formats = part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var codes = part.WorkbookStylesPart.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .ToDictionary(n => n.NumberFormatId!.Value, n => n.FormatCode!.Value!) ?? [];
        bool IsDate(Cell c) => c.StyleIndex is { } s && formats[(int)s.Value].NumberFormatId is { } id
            && codes.TryGetValue(id.Value, out var code) && code.StartsWith("dd.mm.yyyy") && double.TryParse(c.CellValue?.Text, out _);
        var sheet = part.WorksheetParts.Single().Worksheet;
        var rows = sheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => (IReadOnlyList<CellInfo>)r.Elements<Cell>().Select(c => new CellInfo(c.InlineString?.InnerText ?? c.CellValue?.Text ?? "", IsDate(c))).ToList()).ToList();
        var pane = sheet.GetFirstChild<SheetViews>()?.GetFirstChild<SheetView>()?.GetFirstChild<Pane>();
        var widths = sheet.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value).ToList();
        return new Workbook(rows[0].Select(c => c.Text).ToList(), widths, pane?.State?.Value == PaneStateValues.Frozen && pane.VerticalSplit?.Value == 1,
            sheet.GetFirstChild<AutoFilter>()?.Reference?.Value, rows.Skip(1).ToList());
    }

    /// <summary>The code names of every enum of the domain: a cell showing one («Organization», «Planned») is English.</summary>
    public static readonly HashSet<string> EnumCodeNames = typeof(Domain.Common.RussianNames).Assembly.GetTypes()
        .Where(t => t.IsEnum).SelectMany(Enum.GetNames).ToHashSet();

    /// <summary>Every workbook the app writes: header frozen, filter over all rows, no English enum value in any cell but
    /// a «Код …» column's (codes for machines, documented in docs/monitoring-export.md).</summary>
    public void ShouldLookOfficial()
    {
        HeaderFrozen.ShouldBeTrue("the header row is frozen");
        AutoFilter.ShouldBe($"A1:{Web.Features.Export.XlsxWriter.ColumnName(Headers.Count)}{Rows.Count + 1}", "the autofilter covers the header and every row");
        var codes = Headers.Select((h, i) => (h, i)).Where(x => x.h.StartsWith("Код")).Select(x => x.i).ToHashSet();
        Rows.SelectMany(r => r.Where((_, i) => !codes.Contains(i))).Select(c => c.Text).Where(EnumCodeNames.Contains).ShouldBeEmpty("enum values are written in Russian");
        for (var i = 0; i < Headers.Count; i++)
            Widths[i].ShouldBeGreaterThan(Headers[i].Length, $"column «{Headers[i]}» is wider than its title");
    }
}
