using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Files;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Programs;

namespace Nastavnik.Web.Features.Files;

/// <summary>Adds documents to a record (a case, an event, an application, an act's version, a news post) and lists them.</summary>
public class FileStore(AppDbContext db, TimeProvider clock)
{
    /// <summary>Adds the file to the context (saved with the caller's next save).</summary>
    public StoredFile Add(FileOwner owner, int ownerId, UploadedFile file)
    {
        var stored = StoredFile.Create(owner, ownerId, file.FileName, file.ContentType, file.Content, clock.GetUtcNow());
        db.Files.Add(stored);
        return stored;
    }

    public async Task<List<FileRow>> ListAsync(FileOwner owner, int ownerId, CancellationToken ct = default) =>
        (await ListAsync(owner, [ownerId], ct))[ownerId].ToList();

    /// <summary>The files of several records of one kind at once, by record.</summary>
    public async Task<ILookup<int, FileRow>> ListAsync(FileOwner owner, IReadOnlyCollection<int> ownerIds, CancellationToken ct = default) =>
        (await db.Files.AsNoTracking().Where(f => f.Owner == owner && ownerIds.Contains(f.OwnerId)).OrderBy(f => f.Id)
            .Select(f => new { f.OwnerId, Row = new FileRow(f.Id, f.FileName, f.Length) }).ToListAsync(ct)).ToLookup(f => f.OwnerId, f => f.Row);
}
