using Nastavnik.Domain.Common;
using Nastavnik.Domain.Roadmaps.Import;
using Nastavnik.Web.Features.Import;

namespace Nastavnik.Web.Features.Roadmaps.Import;

/// <summary>Reads an uploaded roadmap (DOCX, XLSX, or the text form with tab-separated rows) into a draft. The kind is
/// decided by the content (a ZIP package or text), the extension only tells DOCX from XLSX.</summary>
public static class RoadmapFileReader
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static RoadmapDraft Read(string fileName, byte[] content)
    {
        if (content.Length == 0) throw new DomainException("Файл пуст.", "File");
        if (content.Length > MaxBytes) throw new DomainException($"Файл больше {MaxBytes / 1024 / 1024} МБ: дорожная карта столько не занимает — проверьте файл.", "File");
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        var zip = content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        List<SourceLine> lines;
        if (ext is ".docx" or ".xlsx" && !zip)
            throw new DomainException($"Файл «{fileName}» не является документом {(ext == ".docx" ? "Word (DOCX)" : "Excel (XLSX)")}: его содержимое не похоже на документ Office.", "File");
        if (zip && ext is ".docx" or ".xlsx") ArchiveGuard.EnsureSafe(fileName, content);
        using (var stream = new MemoryStream(content))
        {
            lines = ext switch
            {
                ".docx" => DocxRoadmapReader.Read(stream),
                ".xlsx" => XlsxRoadmapReader.Read(stream),
                ".txt" or ".tsv" or ".csv" when !zip && !content.Take(512).Contains((byte)0) => TextTableReader.Read(SheetReader.Decode(content)),
                _ => throw new DomainException($"Неподдерживаемый файл «{fileName}»: загрузите документ Word (DOCX), книгу Excel (XLSX) или текст с таблицей (TXT).", "File"),
            };
        }
        return RoadmapTableImporter.Parse(lines);
    }
}
