using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Web.Features.Export;

namespace Nastavnik.Web.Features.Roadmaps;

/// <summary>A roadmap in the documents' own table form, with the actuals: Word (to print and sign) and Excel (all figures).</summary>
public static class RoadmapExport
{
    public static byte[] Docx(Roadmap r, string owner, Func<ActivityIndicator, int, decimal?> actualOf)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.Append(WordParts.Para(r.Title, bold: true, center: true, size: 28));
            body.Append(WordParts.Para($"{owner} · {r.PeriodStart:dd.MM.yyyy} – {r.PeriodEnd:dd.MM.yyyy}" + (r.OrderNumber is null ? "" : $" · приказ № {r.OrderNumber}" + (r.OrderDate is { } d ? $" от {d:dd.MM.yyyy}" : "")), center: true));
            var table = WordParts.Table(700, 4200, 2600, 2200, 1800, 2600, 1400);
            table.Append(WordParts.Row(true, 20, "№", "Мероприятие", "Показатель: цель по годам", "Факт по годам", "Сроки", "Ответственные", "Статус"));
            foreach (var section in r.Sections.OrderBy(s => s.Position))
            {
                table.Append(WordParts.SpanRow((section.Number is null ? "" : section.Number + ". ") + section.Title, 7, 20));
                foreach (var a in section.Activities.OrderBy(a => a.Position))
                    table.Append(WordParts.Row(false, 20, a.Number ?? "", a.Title + (a.ExpectedResult is null ? "" : $"\nРезультат: {a.ExpectedResult}").Replace("\n", " "),
                        string.Join("; ", a.Indicators.Select(i => $"{i.Description}: " + string.Join(", ", r.Years.Select(y => (y, i.TargetFor(y))).Where(x => x.Item2 is not null).Select(x => $"{x.y} – {Num(x.Item2)}")))),
                        string.Join("; ", a.Indicators.Select(i => string.Join(", ", r.Years.Select(y => (y, actualOf(i, y))).Where(x => x.Item2 is not null).Select(x => $"{x.y} – {Num(x.Item2)}")))),
                        a.ScheduleText ?? "", a.AllResponsible ?? "", a.Status.Ru()));
            }
            body.Append(table);
            if (r.AllowedDeviationPercent > 0) body.Append(WordParts.Para($"Допустимое отклонение от показателей — не более {Num(r.AllowedDeviationPercent)} %.", size: 20));
            body.Append(WordParts.Page(landscape: true));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    public static IReadOnlyList<string> XlsxHeaders(Roadmap r) =>
        ["Раздел", "№", "Мероприятие", "Ожидаемый результат", "Форма результата", "Сроки", "Даты", "Ответственные", "Исполнители: региональные", "Исполнители: ОО",
         "Статус", "Показатель", "Единица", "Допустимое отклонение, %", .. r.Years.SelectMany(y => new[] { $"Цель {y}", $"Факт {y}" })];

    public static async IAsyncEnumerable<object?[]> XlsxRows(Roadmap r, Func<ActivityIndicator, int, decimal?> actualOf)
    {
        foreach (var section in r.Sections.OrderBy(s => s.Position))
            foreach (var a in section.Activities.OrderBy(a => a.Position))
            {
                object?[] common = [section.Title, a.Number, a.Title, a.ExpectedResult, a.ResultForm, a.ScheduleText,
                    string.Join(", ", a.DueDates.OrderBy(d => d.DueOn).Select(d => d.DueOn.ToString("dd.MM.yyyy"))), a.Responsible, a.RegionalExecutors, a.OrganizationExecutors, a.Status.Ru()];
                if (a.Indicators.Count == 0) yield return [.. common, null, null, null];
                foreach (var i in a.Indicators)
                    yield return [.. common, i.Description, i.Unit.Ru(), i.AllowedDeviationPercent ?? r.AllowedDeviationPercent,
                        .. r.Years.SelectMany(y => new object?[] { i.TargetFor(y), actualOf(i, y) })];
                await Task.CompletedTask;
            }
    }

    private static string Num(decimal? v) => v?.ToString("0.##", CultureInfo.GetCultureInfo("ru-RU")) ?? "";
}
