using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Practices;
using Nastavnik.Web.Features.Export;

namespace Nastavnik.Web.Features.Practices;

/// <summary>Электронный сборник лучших практик наставничества: the published cases chosen by the bank's filter, one after another,
/// with a contents list, as a Word document.</summary>
public static class CaseCollection
{
    public static byte[] Write(string title, IReadOnlyList<(PracticeCase Case, string Organization)> cases, DateOnly today)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.Append(WordParts.Para(title, bold: true, center: true, size: 32));
            body.Append(WordParts.Para($"Составлен {today:dd.MM.yyyy}. Практик в сборнике: {cases.Count}.", center: true));
            body.Append(WordParts.Para("Содержание", bold: true));
            foreach (var (c, i) in cases.Select((x, i) => (x.Case, i + 1))) body.Append(WordParts.Para($"{i}. {c.Title}"));
            foreach (var ((c, organization), i) in cases.Select((x, i) => (x, i + 1)))
            {
                body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                body.Append(WordParts.Para($"{i}. {c.Title}", bold: true, size: 28));
                var attributes = WordParts.Table(3000, 6300);
                attributes.Append(WordParts.Row(false, 20, "Организация", organization));
                if (c.Author is not null) attributes.Append(WordParts.Row(false, 20, "Автор", c.Author));
                attributes.Append(WordParts.Row(false, 20, "Уровень", c.Level.Ru()));
                if (c.Form is { } form) attributes.Append(WordParts.Row(false, 20, "Форма наставничества", form.Ru()));
                if (c.Format is { } format) attributes.Append(WordParts.Row(false, 20, "Формат", format.Ru()));
                if (c.Subject is not null) attributes.Append(WordParts.Row(false, 20, "Предмет, направление", c.Subject));
                if (c.Deficits.Count > 0) attributes.Append(WordParts.Row(false, 20, "Дефициты, которые закрывает", string.Join("; ", c.Deficits.Select(d => d.Name))));
                if (c.PublishedOn is { } on) attributes.Append(WordParts.Row(false, 20, "Опубликована", on.ToString("dd.MM.yyyy")));
                body.Append(attributes);
                foreach (var (heading, text) in new[] { ("Проблема (запрос)", c.Problem), ("Описание практики", c.Solution), ("Результаты", c.Results) })
                {
                    body.Append(WordParts.Para(heading, bold: true));
                    foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) body.Append(WordParts.Para(line));
                }
            }
            body.Append(WordParts.Page(landscape: false));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
