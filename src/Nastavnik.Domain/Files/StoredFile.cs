using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Files;

/// <summary>What a file belongs to.</summary>
public enum FileOwner
{
    ProgramStep = 0,
    PracticeCase = 1,
    /// <summary>Evidence of a roadmap indicator's actual for a year.</summary>
    IndicatorYear = 2,
    /// <summary>Materials of an event and its result document.</summary>
    Event = 3,
    /// <summary>Files of a contest application.</summary>
    ContestApplication = 4,
    /// <summary>The file of a local act's version.</summary>
    LocalActVersion = 5,
    /// <summary>The image of a news post.</summary>
    NewsImage = 6,
    /// <summary>The scan of the document (удостоверение, диплом, сертификат) a person received on finishing a course.</summary>
    CourseCompletion = 7,
}

/// <summary>A document kept in the database: evidence of a roadmap step, material of a case.</summary>
public class StoredFile
{
    public const int MaxBytes = 10 * 1024 * 1024;
    private static readonly string[] AllowedExtensions = [".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".ods", ".ppt", ".pptx", ".jpg", ".jpeg", ".png", ".txt", ".zip"];

    public int Id { get; set; }
    public FileOwner Owner { get; set; }
    public int OwnerId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public byte[] Content { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }

    public static StoredFile Create(FileOwner owner, int ownerId, string fileName, string? contentType, byte[] content, DateTimeOffset now)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length == 0) throw new DomainException("Выберите файл.", "File");
        if (content.Length == 0) throw new DomainException($"Файл «{name}» пустой.", "File");
        if (content.Length > MaxBytes) throw new DomainException($"Файл «{name}» больше 10 МБ.", "File");
        if (!AllowedExtensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
            throw new DomainException($"Файл «{name}»: допускаются документы, таблицы, презентации, изображения и архивы ({string.Join(", ", AllowedExtensions)}).", "File");
        if (!ContentMatches(Path.GetExtension(name).ToLowerInvariant(), content))
            throw new DomainException($"Файл «{name}»: содержимое не соответствует расширению {Path.GetExtension(name).ToLowerInvariant()} (файлы проверяются по содержимому, а не по имени).", "File");
        if (owner == FileOwner.NewsImage && !IsImage(content))
            throw new DomainException($"Файл «{name}» — не изображение: для новости подходят JPEG и PNG.", "Image");
        return new StoredFile
        {
            Owner = owner, OwnerId = ownerId, FileName = name.Length > 255 ? name[^255..] : name,
            ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType, Length = content.Length, Content = content, UploadedAt = now,
        };
    }

    /// <summary>Whether the bytes are a JPEG or a PNG (by their signature, not by the file name).</summary>
    public static bool IsImage(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04], Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], Pdf = "%PDF"u8.ToArray(),
        Jpeg = [0xFF, 0xD8, 0xFF], Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Whether the bytes are what the extension says: Office Open XML, OpenDocument and ZIP are ZIP archives, old
    /// Office files OLE containers, PDF/JPEG/PNG by their signatures, text has no zero bytes.</summary>
    public static bool ContentMatches(string extension, ReadOnlySpan<byte> content) => extension switch
    {
        ".pdf" => content.StartsWith(Pdf),
        ".docx" or ".xlsx" or ".pptx" or ".odt" or ".ods" or ".zip" => content.StartsWith(Zip),
        ".doc" or ".xls" or ".ppt" => content.StartsWith(Ole),
        ".jpg" or ".jpeg" => content.StartsWith(Jpeg),
        ".png" => content.StartsWith(Png),
        ".txt" => !content[..Math.Min(content.Length, 8192)].Contains((byte)0),
        _ => false,
    };
}
