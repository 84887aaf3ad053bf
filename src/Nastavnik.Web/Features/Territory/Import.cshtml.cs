using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Imports;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Import;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Jobs;

namespace Nastavnik.Web.Features.Territory;

/// <summary>Upload of the region's organization list (XLSX or CSV): the file is kept as an import session and checked and
/// written by a background job (/Territory/ImportJob/{id}), all rows or none.</summary>
[Authorize(Policy = Policies.EditTerritory)]
[RequestSizeLimit(Import.IndexModel.MaxBytes)]
public class ImportModel(AppDbContext db, JobQueue jobs, TimeProvider clock) : PageModel
{
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (file is null) { Error = "Выберите файл XLSX или CSV."; return Page(); }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var content = buffer.ToArray();
        try
        {
            SheetReader.Read(file.FileName, content, OrganizationImportFields.All); // wrong type or empty file: tell at once
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return Page();
        }
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var session = new ImportSession
        {
            Id = Guid.NewGuid(), UserId = userId, OrganizationId = 0, Target = ImportTarget.Organizations,
            FileName = Path.GetFileName(file.FileName), Content = content, CreatedAt = clock.GetUtcNow(),
        };
        db.ImportSessions.Add(session);
        await db.SaveChangesAsync();
        var job = await jobs.EnqueueAsync(OrganizationImportJobHandler.JobKind, new ImportJobPayload(session.Id), userId, null);
        return Redirect($"/Territory/ImportJob/{job.Id}");
    }
}
