using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Nastavnik.Web.Features.Export;

/// <summary>Building blocks of the Word documents the app writes (orders, roadmaps): Times New Roman paragraphs and
/// bordered tables, in the element order the OpenXml schema requires, so Word and LibreOffice open them.</summary>
public static class WordParts
{
    public static Paragraph Para(string text, bool bold = false, bool center = false, int size = 24, bool right = false)
    {
        // Schema order inside w:rPr: fonts, bold, size.
        var runProps = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" });
        if (bold) runProps.Append(new Bold());
        runProps.Append(new FontSize { Val = size.ToString() });
        var run = new Run(runProps);
        var parts = text.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) run.Append(new TabChar());
            run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        var props = new ParagraphProperties(new SpacingBetweenLines { After = "60" });
        if (center || right) props.Append(new Justification { Val = center ? JustificationValues.Center : JustificationValues.Right });
        return new Paragraph(props, run);
    }

    /// <summary>A full-width table with single borders and the given column widths (twentieths of a point).</summary>
    public static Table Table(params int[] columnWidths)
    {
        // Schema order: top, left, bottom, right, inside; width before borders; a grid before the rows.
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        return new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, border),
            new TableGrid(columnWidths.Select(w => new GridColumn { Width = w.ToString() })));
    }

    /// <summary>A table without borders: lays out a line of a form (a signature, a date blank) that must not wrap.</summary>
    public static Table Layout(int[] columnWidths, params TableRow[] rows)
    {
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }),
            new TableGrid(columnWidths.Select(w => new GridColumn { Width = w.ToString() })));
        table.Append(rows);
        return table;
    }

    /// <summary>A row of a layout table: the last cell is aligned right.</summary>
    public static TableRow LayoutRow(params string[] cells) =>
        new(cells.Select((c, i) => new TableCell(Para(c, right: i > 0 && i == cells.Length - 1))));

    public static TableRow Row(bool header, int size, params string[] cells) =>
        new(cells.Select(c => new TableCell(Para(c, bold: header, size: size))));

    /// <summary>A row with one cell across the whole table (a section heading).</summary>
    public static TableRow SpanRow(string text, int columns, int size) =>
        new(new TableCell(new TableCellProperties(new GridSpan { Val = columns }), Para(text, bold: true, size: size)));

    public static SectionProperties Page(bool landscape) => landscape
        ? new SectionProperties(new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }, new PageMargin { Top = 851, Bottom = 851, Left = 1134, Right = 851 })
        : new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850 });
}
