using System.Globalization;
using System.Text;
using CsvHelper;
using ExcelDataReader;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Registries;

namespace Nastavnik.Web.Features.Import;

public sealed record SheetRow(int RowNumber, IReadOnlyList<object?> Cells);
public sealed record SheetTable(IReadOnlyList<string> Headers, IReadOnlyList<SheetRow> Rows)
{
    /// <summary>The file's row number of the header.</summary>
    public int HeaderRowNumber { get; init; }
    /// <summary>False when the reader could not tell the header for sure: the preview asks the user to check it.</summary>
    public bool HeaderSure { get; init; } = true;
    /// <summary>The first non-empty rows of the file, among which the user may choose the header.</summary>
    public IReadOnlyList<SheetRow> HeaderCandidates { get; init; } = [];
}

public class ImportFileException(string message) : DomainException(message, "File");

/// <summary>Reads a school's file as it keeps it: XLSX (date cells stay dates) or CSV in UTF-8 or Windows-1251,
/// separated by ';' or ','. The header is the row among the first ones that names most known fields (HeaderRow: title rows
/// above it — «Реестр … по состоянию на …» — are skipped), or the row the user chose. Empty rows are skipped.</summary>
public static class SheetReader
{
    static SheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SheetTable Read(string fileName, byte[] content, int? headerRow = null) => Read(fileName, content, ImportFields.All, headerRow);

    /// <param name="headerRow">The file's row the user chose as the header; null or not among the first rows — found.</param>
    public static SheetTable Read(string fileName, byte[] content, IReadOnlyList<ImportField> fields, int? headerRow = null)
    {
        if (content.Length == 0) throw new ImportFileException("Файл пустой: нет ни одной строки с данными.");
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        var rows = ext switch
        {
            ".xlsx" => ReadXlsx(content, fileName),
            ".csv" or ".txt" => ReadCsv(content, fileName),
            _ => throw new ImportFileException($"Неподдерживаемый формат файла «{fileName}»: загрузите XLSX или CSV."),
        };
        var nonEmpty = rows.Where(r => r.Cells.Any(c => c is not null && !(c is string s && string.IsNullOrWhiteSpace(s)))).ToList();
        if (nonEmpty.Count == 0) throw new ImportFileException("Файл пустой: нет ни одной строки с данными.");
        var candidates = nonEmpty.Take(Domain.Registries.HeaderRow.Window).ToList();
        var chosen = candidates.FindIndex(r => r.RowNumber == headerRow);
        var guess = chosen >= 0 ? new HeaderGuess(chosen, true) : Domain.Registries.HeaderRow.Find(candidates.Select(r => Candidate(r, fields)).ToList());
        var headers = HeaderCells(nonEmpty[guess.Index]);
        while (headers.Count > 0 && headers[^1].Length == 0) headers.RemoveAt(headers.Count - 1);
        var data = nonEmpty.Skip(guess.Index + 1).ToList();
        if (data.Count == 0) throw new ImportFileException("В файле есть только строка заголовков, а строк с данными нет.");
        return new SheetTable(headers, data)
        {
            HeaderRowNumber = nonEmpty[guess.Index].RowNumber, HeaderSure = guess.Sure, HeaderCandidates = candidates,
        };
    }

    public static List<string> HeaderCells(SheetRow row) => row.Cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)?.Trim() ?? "").ToList();

    private static HeaderCandidate Candidate(SheetRow row, IReadOnlyList<ImportField> fields)
    {
        var cells = HeaderCells(row);
        return new HeaderCandidate(ImportFields.HeaderScore(cells, fields), cells.Count(c => c.Length > 0));
    }

    private static List<SheetRow> ReadXlsx(byte[] content, string fileName)
    {
        ArchiveGuard.EnsureSafe(fileName, content);
        try
        {
            using var stream = new MemoryStream(content);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            var rows = new List<SheetRow>();
            var number = 0;
            while (reader.Read())
            {
                number++;
                var cells = new object?[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++) cells[i] = reader.GetValue(i);
                rows.Add(new SheetRow(number, cells));
            }
            // The reader takes a sheet whose XML is broken for an empty one: tell «повреждён», not «пустой».
            if (rows.Count == 0) EnsureSheetsAreWellFormed(content);
            return rows;
        }
        catch (Exception ex) when (ex is InvalidDataException or ExcelDataReader.Exceptions.ExcelReaderException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new ImportFileException($"Файл «{fileName}» не является книгой Excel (XLSX) или повреждён. Сохраните его в Excel как «Книга Excel (*.xlsx)» или как CSV.");
        }
    }

    /// <summary>Reads every worksheet part through to its end; throws XmlException for a broken one. Only for a book
    /// that looked empty, whose unpacked size ArchiveGuard has already bounded.</summary>
    private static void EnsureSheetsAreWellFormed(byte[] content)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(content), System.IO.Compression.ZipArchiveMode.Read);
        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            using var reader = System.Xml.XmlReader.Create(sheet.Open(), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit });
            while (reader.Read()) { }
        }
    }

    private static List<SheetRow> ReadCsv(byte[] content, string fileName)
    {
        if (Array.IndexOf(content, (byte)0) >= 0)
            throw new ImportFileException($"Файл «{fileName}» не похож на таблицу CSV: в нём двоичные данные. Сохраните список в Excel как «CSV (разделители — точки с запятой)» или загрузите книгу XLSX.");
        var text = Decode(content);
        // Judged on the first lines, not the first one: a title line above the table has no separators.
        var firstLines = text.Split('\n', HeaderRow.Window + 1).Take(HeaderRow.Window).ToList();
        var separator = firstLines.Sum(l => CountOutsideQuotes(l, ';')) >= firstLines.Sum(l => CountOutsideQuotes(l, ',')) ? ';' : ',';
        var options = new CsvReaderOptions { Separator = separator, HasHeader = false, SkipEmptyLines = true, TrackLineNumbers = true };
        using var csv = CsvReader.FromText(text, options);
        var rows = new List<SheetRow>();
        while (csv.Read())
        {
            var cells = new object?[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = csv.GetString(i);
            rows.Add(new SheetRow((int)csv.LineNumber, cells));
        }
        return rows;
    }

    /// <summary>UTF-8 (with or without BOM) if the bytes are valid UTF-8, otherwise Windows-1251, as Russian Excel saves CSV.</summary>
    public static string Decode(byte[] content)
    {
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
            return Encoding.UTF8.GetString(content, 3, content.Length - 3);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1251).GetString(content);
        }
    }

    private static int CountOutsideQuotes(string line, char c)
    {
        var count = 0;
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"') quoted = !quoted;
            else if (ch == c && !quoted) count++;
        }
        return count;
    }

    /// <summary>Recognises a zip container early, to give "not an XLSX" rather than a parser error.</summary>
}
