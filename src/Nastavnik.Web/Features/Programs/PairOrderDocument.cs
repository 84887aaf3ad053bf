using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nastavnik.Web.Features.Export;
using static Nastavnik.Web.Features.Export.WordParts;

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
            body.Append(WordParts.Page(landscape: false));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Table PairsTable(IReadOnlyList<PairRow> pairs)
    {
        var table = WordParts.Table(600, 3700, 3700, 1400);
        table.Append(WordParts.Row(true, 24, "№", "Наставник", "Наставляемый", "Группа"));
        var n = 0;
        foreach (var p in pairs) table.Append(WordParts.Row(false, 24, (++n).ToString(), p.Mentor.Trim(), p.Mentee.Trim(), p.GroupName ?? "—"));
        return table;
    }
}
