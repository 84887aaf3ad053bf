using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Imports;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Import;
using Nastavnik.Web.Infrastructure.Jobs;

namespace Nastavnik.Web.Features.Territory;

public sealed class OrganizationImportJobResult
{
    public bool Succeeded { get; init; }
    public int Created { get; init; }
    public int Updated { get; init; }
    public int MunicipalitiesCreated { get; init; }
    public List<ImportError> Errors { get; init; } = [];
    /// <summary>Rows imported with a remark (an ИНН or ОГРН check digit that does not match).</summary>
    public List<ImportError> Warnings { get; init; } = [];
}

/// <summary>Runs an organization list import in the background, like the registry import: read and check every row
/// (0–30 %), then write all rows in one transaction (30–100 %), the job marked done inside it.</summary>
public class OrganizationImportJobHandler(AppDbContext db, OrganizationImport import) : IJobHandler
{
    public const string JobKind = "organization-import";
    public string Kind => JobKind;

    public async Task<object> RunAsync(BackgroundJob job, JobProgress progress, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<ImportJobPayload>(job.Payload) ?? throw new DomainException("Пустое задание импорта.");
        var session = await db.ImportSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == payload.SessionId && s.Target == ImportTarget.Organizations, ct)
            ?? throw new DomainException("Загруженный файл не найден: загрузите его заново.");
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == session.UserId, ct);
        await progress.ReportAsync(2, "Чтение файла");
        var table = SheetReader.Read(session.FileName, session.Content, OrganizationImportFields.All);
        await progress.ReportAsync(10, $"Проверка строк: {table.Rows.Count:N0}");
        var plan = await import.ValidateAsync(table, OrganizationImportFields.Suggest(table), user.Scope, ct);
        if (!plan.IsValid) return new OrganizationImportJobResult { Succeeded = false, Errors = plan.Errors };
        await progress.ReportAsync(30, "Запись в базу");
        var result = await import.ExecuteAsync(plan, (done, total) => progress.ReportAsync(30 + 70 * done / Math.Max(1, total), $"Записано {done:N0} из {total:N0}"), ct,
            written => progress.CompleteInTransactionAsync(db, Succeeded(written, plan.Warnings), ct));
        return Succeeded(result, plan.Warnings);
    }

    private static OrganizationImportJobResult Succeeded(OrganizationImportResult r, List<ImportError> warnings) =>
        new() { Succeeded = true, Created = r.Created, Updated = r.Updated, MunicipalitiesCreated = r.MunicipalitiesCreated, Warnings = warnings };
}
