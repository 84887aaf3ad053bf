namespace Nastavnik.Domain.Roadmaps.Import;

/// <summary>Reads the text form of a document: tab-separated table rows, paragraphs of consecutive non-empty lines,
/// page-break separator rows ("--\t---") dropped.</summary>
public static class TextTableReader
{
    public static List<SourceLine> Read(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var result = new List<SourceLine>();
        var paragraph = new List<string>();
        var paragraphStart = 0;
        void Flush()
        {
            if (paragraph.Count > 0)
            {
                var clean = CellText.CleanLines(string.Join("\n", paragraph));
                if (clean.Length > 0) result.Add(SourceLine.Paragraph(clean, $"строка {paragraphStart}"));
                paragraph.Clear();
            }
        }
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Contains('\t'))
            {
                Flush();
                var cells = line.Split('\t').Select(CellText.Clean).ToList();
                if (cells.All(c => c.Length == 0 || c.All(ch => ch == '-'))) continue;
                result.Add(new SourceLine(cells, true, $"строка {i + 1}"));
            }
            else if (line.Trim().Length == 0) Flush();
            else
            {
                if (paragraph.Count == 0) paragraphStart = i + 1;
                paragraph.Add(line);
            }
        }
        Flush();
        return result;
    }
}
