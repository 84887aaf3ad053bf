using System.IO.Compression;

namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>Files made to hurt the importers.</summary>
public static class HostileFiles
{
    /// <summary>An Office-looking archive whose one part inflates to <paramref name="megabytes"/> MB of zeros (a zip bomb).</summary>
    public static byte[] ZipBomb(string part, int megabytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var stream = zip.CreateEntry(part, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++) stream.Write(zeros);
        }
        return buffer.ToArray();
    }
}
