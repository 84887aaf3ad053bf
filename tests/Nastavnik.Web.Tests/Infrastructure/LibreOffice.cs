using System.Diagnostics;
using System.Text;
using Shouldly;

namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>Opens a file the app wrote in LibreOffice (installed by scripts/test.sh) and returns what LibreOffice read
/// from it: the text of a Word document, or a workbook's first sheet as UTF-8 CSV. A file LibreOffice cannot read as
/// such gives no text with its content, so the callers assert on the content.</summary>
public static class LibreOffice
{
    private static string Soffice => Environment.GetEnvironmentVariable("NASTAVNIK_SOFFICE")
        ?? throw new InvalidOperationException("NASTAVNIK_SOFFICE is not set: run the tests with scripts/test.sh (it installs LibreOffice).");

    public static Task<string> ReadDocxAsync(byte[] docx) => ConvertAsync(docx, "docx", "txt:Text (encoded):UTF8", "txt");

    public static Task<string> ReadXlsxAsync(byte[] xlsx) => ConvertAsync(xlsx, "xlsx", "csv:Text - txt - csv (StarCalc):44,34,76", "csv");

    private static async Task<string> ConvertAsync(byte[] content, string extension, string filter, string outputExtension)
    {
        var dir = Directory.CreateTempSubdirectory("nst-lo-");
        try
        {
            var input = Path.Combine(dir.FullName, "file." + extension);
            await File.WriteAllBytesAsync(input, content);
            var start = new ProcessStartInfo(Soffice)
            {
                ArgumentList = { $"-env:UserInstallation=file://{dir.FullName}/profile", "--headless", "--norestore", "--convert-to", filter, "--outdir", dir.FullName, input },
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var output = Path.Combine(dir.FullName, "file." + outputExtension);
            File.Exists(output).ShouldBeTrue($"LibreOffice did not convert the {extension}: {await stdout} {await stderr}");
            return await File.ReadAllTextAsync(output, Encoding.UTF8);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
