using Nastavnik.Domain.Common;
using Nastavnik.Domain.Files;
using Nastavnik.Web.Features.Programs;

namespace Nastavnik.Web.Features.Shared;

public static class UploadedFileReader
{
    /// <returns>null when no file was chosen.</returns>
    public static async Task<UploadedFile?> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return null;
        if (file.Length > StoredFile.MaxBytes) throw new DomainException($"Файл «{file.FileName}» больше 10 МБ.", "File");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return new UploadedFile(file.FileName, file.ContentType, buffer.ToArray());
    }
}
