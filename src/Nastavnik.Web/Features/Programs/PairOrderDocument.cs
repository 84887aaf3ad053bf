using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Nastavnik.Web.Features.Programs;

public sealed record PairOrderData(string Organization, string Municipality, string Program, string OrderNumber, DateOnly OrderDate,
    string? Curator, IReadOnlyList<PairRow> Pairs);

/// <summary>Приказ о закреплении наставнических пар/групп as a DOCX the head signs; opens in Word and LibreOffice.</summary>
public static class PairOrderDocument
{
    public static byte[] Create(PairOrderData d)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.Append(
                Para(d.Organization.ToUpperInvariant(), bold: true, center: true),
                Para(d.Municipality, center: true),
                Para(""),
                Para("ПРИКАЗ", bold: true, center: true, size: 28),
                Para($"{d.OrderDate:dd.MM.yyyy}\t\t\t\t\t\t\t№ {d.OrderNumber}"),
                Para(""),
                Para($"О закреплении наставнических пар (групп) в рамках программы наставничества «{d.Program}»", bold: true),
                Para(""),
                Para("В соответствии с Положением о наставничестве и программой наставничества, по итогам формирования баз наставников и наставляемых"),
                Para("ПРИКАЗЫВАЮ:", bold: true),
                Para("1. Закрепить следующие наставнические пары (группы):"),
                PairsTable(d.Pairs),
                Para($"2. Куратору программы{(d.Curator is null ? "" : " " + d.Curator)} обеспечить организацию работы наставнических пар (групп), сбор обратной связи и мониторинг программы."),
                Para("3. Наставникам разработать совместно с наставляемыми индивидуальные планы развития."),
                Para("4. Контроль за исполнением приказа оставляю за собой."),
                Para(""),
                Para("Руководитель\t\t\t\t\t\t____________________"),
                Para(""),
                Para("С приказом ознакомлены:"));
            foreach (var name in d.Pairs.SelectMany(p => new[] { p.Mentor, p.Mentee }).Distinct())
                body.Append(Para($"{name.Trim()}\t\t\t\t____________ «___» __________ 20__ г."));
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Para(string text, bool bold = false, bool center = false, int size = 24)
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
        if (center) props.Append(new Justification { Val = JustificationValues.Center });
        return new Paragraph(props, run);
    }

    private static Table PairsTable(IReadOnlyList<PairRow> pairs)
    {
        // Schema order: top, left, bottom, right, inside; width before borders; a grid before the rows.
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, border),
            new TableGrid(new GridColumn { Width = "600" }, new GridColumn { Width = "3700" }, new GridColumn { Width = "3700" }, new GridColumn { Width = "1400" }));
        table.Append(Row(true, "№", "Наставник", "Наставляемый", "Группа"));
        var n = 0;
        foreach (var p in pairs) table.Append(Row(false, (++n).ToString(), p.Mentor.Trim(), p.Mentee.Trim(), p.GroupName ?? "—"));
        return table;
    }

    private static TableRow Row(bool header, params string[] cells) =>
        new(cells.Select(c => new TableCell(Para(c, bold: header))));
}
