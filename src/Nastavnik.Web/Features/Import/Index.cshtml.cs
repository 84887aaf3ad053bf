using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Imports;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Import;

/// <summary>Step 1 of an import: choose the base and the organization, upload the file.</summary>
[Authorize(Policy = Policies.EditRegistries)]
[RequestSizeLimit(MaxBytes)]
public class IndexModel(AppDbContext db, Lookups lookups, TimeProvider clock) : PageModel
{
    public const int MaxBytes = 30 * 1024 * 1024;

    [BindProperty(SupportsGet = true)] public ImportTarget Target { get; set; }
    [BindProperty] public int OrganizationId { get; set; }
    public List<Option> Organizations { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        await LoadAsync();
        if (file is null) { Error = "Выберите файл XLSX или CSV."; return Page(); }
        if (Target is not (ImportTarget.Mentees or ImportTarget.Mentors)) { Error = "Выберите базу: наставляемых или наставников."; return Page(); }
        if (Organizations.All(o => o.Id != OrganizationId)) { Error = "Выберите организацию из списка."; return Page(); }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var content = buffer.ToArray();
        try
        {
            SheetReader.Read(file.FileName, content); // wrong type or empty file: tell at once
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return Page();
        }
        var session = new ImportSession
        {
            Id = Guid.NewGuid(), UserId = User.FindFirstValue(ClaimTypes.NameIdentifier)!, OrganizationId = OrganizationId,
            Target = Target, FileName = Path.GetFileName(file.FileName), Content = content, CreatedAt = clock.GetUtcNow(),
        };
        db.ImportSessions.Add(session);
        await db.SaveChangesAsync();
        return Redirect($"/Import/Map/{session.Id}");
    }

    private async Task LoadAsync()
    {
        var scope = this.Scope();
        Organizations = await lookups.OrganizationsAsync(scope);
        if (OrganizationId == 0) OrganizationId = scope.OrganizationId ?? Organizations.FirstOrDefault()?.Id ?? 0;
    }
}
