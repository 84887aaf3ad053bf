namespace Nastavnik.Domain.Roadmaps.Import;

/// <summary>One line of a roadmap document as the importer sees it, whatever the file: a paragraph (one cell) or a
/// table row (cells in column order, merged cells expanded). <see cref="Where"/> names it for the user.</summary>
public sealed record SourceLine(IReadOnlyList<string> Cells, bool IsRow, string Where)
{
    public static SourceLine Paragraph(string text, string where) => new([text], false, where);
    public string Text => Cells.Count == 0 ? "" : Cells[0];
    public bool IsEmpty => Cells.All(c => c.Length == 0);
}
