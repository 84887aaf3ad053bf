using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Jobs;
using Nastavnik.Web.Infrastructure.Logging;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Import;

public sealed record ImportJobPayload(Guid SessionId);

public sealed class ImportJobResult
{
    public bool Succeeded { get; init; }
    public int People { get; init; }
    public int Mentors { get; init; }
    public int Mentees { get; init; }
    public List<ImportError> Errors { get; init; } = [];
}

/// <summary>Runs an import in the background: validate every row (0–30 %), then write all rows in one transaction (30–100 %).</summary>
public class ImportJobHandler(AppDbContext db, ImportValidator validator, ImportExecutor executor, TerritoryClock clock,
    ILogger<ImportJobHandler> log) : IJobHandler
{
    public const string JobKind = "registry-import";
    public string Kind => JobKind;

    public async Task<object> RunAsync(BackgroundJob job, JobProgress progress, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<ImportJobPayload>(job.Payload) ?? throw new DomainException("Пустое задание импорта.");
        var session = await db.ImportSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == payload.SessionId, ct)
            ?? throw new DomainException("Загруженный файл не найден: загрузите его заново.");
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == session.UserId, ct);
        await progress.ReportAsync(2, "Чтение файла");
        var table = SheetReader.Read(session.FileName, session.Content, session.HeaderRow);
        var mapping = ImportSessionMapping.Parse(session.Mapping);
        await progress.ReportAsync(10, $"Проверка строк: {table.Rows.Count:N0}");
        var plan = await validator.ValidateAsync(table, mapping, session.Target, session.OrganizationId, user.Scope, clock.Today, ct,
            CategoryValues.Parse(session.ValueMapping));
        if (!plan.IsValid)
            return new ImportJobResult { Succeeded = false, Errors = plan.Errors };
        await progress.ReportAsync(30, "Запись в базу");
        // The job is marked done in the import's own transaction: a crash after the commit cannot import the file twice.
        var result = await executor.ExecuteAsync(plan, (done, total) => progress.ReportAsync(30 + 70 * done / Math.Max(1, total), $"Записано {done:N0} из {total:N0}"), ct,
            written => progress.CompleteInTransactionAsync(db, Succeeded(written), ct));
        log.ImportCommitted(session.Id, session.Target.ToString(), result.People);
        return Succeeded(result);
    }

    private static ImportJobResult Succeeded(ImportResult r) => new() { Succeeded = true, People = r.People, Mentors = r.Mentors, Mentees = r.Mentees };
}

public static class ImportSessionMapping
{
    public static Dictionary<int, string> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Dictionary<int, string>>(json) ?? [];

    public static string Serialize(IReadOnlyDictionary<int, string> mapping) => JsonSerializer.Serialize(mapping);
}
