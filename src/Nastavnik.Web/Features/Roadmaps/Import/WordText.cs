using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Nastavnik.Web.Features.Roadmaps.Import;

/// <summary>The text of a Word paragraph as a reader sees it: a line break (Shift+Enter) or a tab is a separator, never
/// glued («…(дорожная карта)» ↵ «внедрения…» is two words); a non-breaking hyphen is a hyphen; deleted text (tracked
/// changes), field codes and the fallback copy of a text box are not text.</summary>
public static class WordText
{
    public static string Of(OpenXmlElement element)
    {
        var text = new StringBuilder();
        Append(element, text);
        return text.ToString();
    }

    /// <summary>A paragraph of a Word list (its number or bullet is not in its text): «• » on the first level, «◦ » below,
    /// so that a program's tasks and results stay apart.</summary>
    public static string ListMarker(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.NumberingProperties is not { } numbering || numbering.NumberingId?.Val?.Value == 0 ? ""
            : (numbering.NumberingLevelReference?.Val?.Value ?? 0) == 0 ? "• " : "◦ ";

    /// <summary>A table cell: its paragraphs one a line.</summary>
    public static string OfCell(TableCell cell) => Of(cell);

    private static void Append(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t: text.Append(t.Text); break;
                case TabChar or PositionalTab: text.Append(' '); break;
                case Break or CarriageReturn: text.Append('\n'); break;
                case NoBreakHyphen: text.Append('-'); break;
                case DeletedText or FieldCode or DeletedFieldCode or SoftHyphen: break;
                case AlternateContentFallback: break;
                case Paragraph when (element is not Paragraph) && text.Length > 0: text.Append('\n'); Append(child, text); break;
                default: Append(child, text); break;
            }
        }
    }
}
