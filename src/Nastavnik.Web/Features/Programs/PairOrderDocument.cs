using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Features.Export;
using static Nastavnik.Web.Features.Export.WordParts;

namespace Nastavnik.Web.Features.Programs;

public sealed record PairOrderData(string Organization, string Municipality, string Program, string OrderNumber, DateOnly OrderDate,
    string? Curator, IReadOnlyList<PairRow> Pairs, string HeadPosition, string? HeadName);

/// <summary>Приказ о закреплении наставнических пар/групп as a DOCX the head signs; opens in Word and LibreOffice.</summary>
public static class PairOrderDocument
{
    /// <summary>«“___” ________ 20__ г.», with spaces that do not break, so the blank stays on one line.</summary>
    public const string DateBlank = "“___”\u00A0________\u00A020__\u00A0г.";

    public static byte[] Create(PairOrderData d)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            var curator = string.IsNullOrWhiteSpace(d.Curator) ? "" : " " + NameCases.Decline(d.Curator, NameCase.Dative);
            body.Append(
                Para(d.Organization.ToUpperInvariant(), bold: true, center: true),
                Para(d.Municipality, center: true),
                Para(""),
                Para("ПРИКАЗ", bold: true, center: true, size: 28),
                Layout([4700, 4655], LayoutRow($"{d.OrderDate:dd.MM.yyyy}", $"№ {d.OrderNumber}")),
                Para(""),
                Para($"О закреплении наставнических пар (групп) в рамках программы наставничества «{ProgramTitle(d.Program)}»", bold: true),
                Para(""),
                Para("В соответствии с Положением о наставничестве и программой наставничества, по итогам формирования баз наставников и наставляемых"),
                Para("ПРИКАЗЫВАЮ:", bold: true),
                Para("1. Закрепить следующие наставнические пары (группы):"),
                PairsTable(d.Pairs),
                Para($"2. Куратору программы наставничества{curator} обеспечить организацию работы наставнических пар (групп), сбор обратной связи и мониторинг программы."),
                Para("3. Наставникам разработать совместно с наставляемыми индивидуальные планы развития."),
                Para("4. Контроль за исполнением приказа оставляю за собой."),
                Para(""),
                Para("Руководитель", bold: true),
                Layout([3800, 2300, 3255], LayoutRow(d.HeadPosition, "____________",
                    string.IsNullOrWhiteSpace(d.HeadName) ? "(И.О. Фамилия)" : NameCases.Signature(d.HeadName))),
                Para(""),
                Para("С приказом ознакомлены:"));
            var names = d.Pairs.SelectMany(p => new[] { p.Mentor, p.Mentee }).Select(n => n.Trim()).Distinct();
            body.Append(Layout([4100, 2000, 3255], [.. names.Select(n => LayoutRow(n, "____________", DateBlank))]), WordParts.Page(landscape: false));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The program's own name, without the «Программа наставничества» and quotes the sentence already has:
    /// «Программа наставничества «Шаг вперёд»» is printed «…программы наставничества «Шаг вперёд»», not twice.</summary>
    public static string ProgramTitle(string name)
    {
        var title = name.Trim();
        foreach (var prefix in new[] { "программа наставничества", "программа" })
            if (title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && title.Length > prefix.Length)
            {
                title = title[prefix.Length..].Trim();
                break;
            }
        return title.Trim('«', '»', '"', '“', '”', ' ', ':', '—', '-') is { Length: > 0 } bare ? bare : name.Trim();
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
