using System.Data;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Files;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Features.Files;

/// <summary>What a stored file is, without its content: enough to decide who may read it and to name the download.</summary>
public sealed record StoredFileInfo(int Id, FileOwner Owner, int OwnerId, string FileName, string ContentType);

/// <summary>A download in two steps: the file's description first (for the access check), then, only for an allowed
/// request, its content streamed from the database to the response without holding the whole file in memory.</summary>
public static class FileContent
{
    public static IQueryable<StoredFileInfo> Describe(this IQueryable<StoredFile> files) =>
        files.AsNoTracking().Select(f => new StoredFileInfo(f.Id, f.Owner, f.OwnerId, f.FileName, f.ContentType));

    public static IResult Stream(AppDbContext db, StoredFileInfo file, CancellationToken ct) =>
        Results.Stream(body => CopyAsync(db, file.Id, body, ct), file.ContentType, file.FileName);

    /// <summary>Reads the content column alone, sequentially: PostgreSQL sends it in pieces, SQLite reads the blob in place
    /// (the row's id is selected beside it for that).</summary>
    private static async Task CopyAsync(AppDbContext db, int id, Stream body, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT \"Content\", \"Id\" FROM \"Files\" WHERE \"Id\" = @id";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@id";
            parameter.Value = id;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
            if (!await reader.ReadAsync(ct)) return;
            await using var content = reader.GetStream(0);
            await content.CopyToAsync(body, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
