namespace Nastavnik.Domain.Roadmaps.Import;

/// <summary>One line of a roadmap document as the importer sees it, whatever the file: a paragraph (one cell) or a
/// table row (cells in column order, merged cells expanded). <see cref="Where"/> names it for the user.</summary>
public sealed record SourceLine(IReadOnlyList<string> Cells, bool IsRow, string Where)
{
    /// <param name="text">The paragraph with its lines ("\n"-separated): a program's tasks and results are told by them.</param>
    public static SourceLine Paragraph(string text, string where) => new([text], false, where);
    /// <summary>The paragraph (or first cell) on one line, without the marker of a Word list item.</summary>
    public string Text => Cells.Count == 0 ? "" : CellText.Clean(Cells[0]).TrimStart('•', '◦').TrimStart();
    public string Lines => Cells.Count == 0 ? "" : Cells[0];
    public bool IsEmpty => Cells.All(c => c.Length == 0);
}
