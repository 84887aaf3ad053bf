using System.IO.Compression;
using Nastavnik.Domain.Common;

namespace Nastavnik.Web.Features.Import;

/// <summary>Refuses an Office file (XLSX, DOCX — ZIP archives) that would unpack into far more than any school's list or
/// roadmap: a «zip bomb» or a broken archive is answered before a reader inflates it into memory.</summary>
public static class ArchiveGuard
{
    public const long MaxUnpackedBytes = 100L * 1024 * 1024;
    public const int MaxEntries = 5000;

    public static void EnsureSafe(string fileName, byte[] content)
    {
        long total = 0;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) throw Refused(fileName, $"в архиве {zip.Entries.Count} частей");
            foreach (var entry in zip.Entries) total += entry.Length;
        }
        catch (InvalidDataException)
        {
            return; // not a readable archive at all: the reader that follows says so in its own words
        }
        if (total > MaxUnpackedBytes) throw Refused(fileName, $"он распаковывается в {total / 1024 / 1024} МБ");
    }

    private static DomainException Refused(string fileName, string why) =>
        new($"Файл «{fileName}» не принят: {why} — больше допустимых {MaxUnpackedBytes / 1024 / 1024} МБ для таблицы или документа. Похоже на повреждённый или вредоносный архив.", "File");
}
