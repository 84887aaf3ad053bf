using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Imports;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Jobs;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Import;

/// <summary>Step 2: map the columns, check every row, see the preview and the errors, then start the import job.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class MapModel(AppDbContext db, ImportMappings mappings, ImportValidator validator, JobQueue jobs, TerritoryClock clock) : PageModel
{
    public ImportSession Session { get; private set; } = null!;
    public SheetTable Table { get; private set; } = null!;
    public Dictionary<int, string> Mapping { get; private set; } = [];
    public ImportPlan? Plan { get; private set; }
    /// <summary>The registry categories the user chose for category values the system did not know.</summary>
    public Dictionary<string, string> CategoryChoices { get; private set; } = [];

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Mapping = Session.Mapping is null ? await mappings.SuggestAsync(Table, Session.Target, Session.OrganizationId) : ImportSessionMapping.Parse(Session.Mapping);
        return Page();
    }

    /// <summary>Another row taken for the header: the columns are mapped afresh.</summary>
    public async Task<IActionResult> OnPostHeaderAsync(Guid id, int headerRow)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Table.HeaderCandidates.All(r => r.RowNumber != headerRow)) return BadRequest();
        await db.ImportSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.HeaderRow, headerRow).SetProperty(x => x.Mapping, (string?)null).SetProperty(x => x.ValueMapping, (string?)null));
        return Redirect($"/Import/Map/{id}");
    }

    /// <summary>Validates every row with the chosen mapping and shows the result; writes nothing.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid id, Dictionary<int, string>? columns, List<string>? categoryValue, List<string>? categoryChoice)
    {
        if (!await LoadAsync(id)) return NotFound();
        await SaveChoicesAsync(id, columns, categoryValue, categoryChoice);
        Plan = await validator.ValidateAsync(Table, Mapping, Session.Target, Session.OrganizationId, this.Scope(), clock.Today, categoryChoices: CategoryChoices);
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(Guid id, Dictionary<int, string>? columns, List<string>? categoryValue, List<string>? categoryChoice)
    {
        if (!await LoadAsync(id)) return NotFound();
        await SaveChoicesAsync(id, columns, categoryValue, categoryChoice);
        await mappings.RememberAsync(Session.OrganizationId, Session.Target, Table.Headers, Mapping);
        var job = await jobs.EnqueueAsync(ImportJobHandler.JobKind, new ImportJobPayload(id), UserId, Session.OrganizationId);
        await db.ImportSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.JobId, job.Id));
        return Redirect($"/Import/Job/{job.Id}");
    }

    /// <summary>Keeps the columns' fields and the category values' choices with the session (the job reads them there).</summary>
    private async Task SaveChoicesAsync(Guid id, Dictionary<int, string>? columns, List<string>? values, List<string>? choices)
    {
        Mapping = Clean(columns);
        foreach (var text in values ?? []) CategoryChoices.Remove(Domain.Registries.CategoryWords.Normalize(text));
        foreach (var (value, choice) in CategoryValues.FromForm(values, choices)) CategoryChoices[value] = choice;
        await db.ImportSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Mapping, ImportSessionMapping.Serialize(Mapping)).SetProperty(x => x.ValueMapping, CategoryValues.Serialize(CategoryChoices)));
    }

    /// <summary>A row of the file in one line, for the choice of the header.</summary>
    public static string Preview(SheetRow row)
    {
        var text = string.Join(" | ", SheetReader.HeaderCells(row).Where(c => c.Length > 0));
        return text.Length <= 100 ? text : text[..100] + "…";
    }

    private static Dictionary<int, string> Clean(Dictionary<int, string>? columns) =>
        (columns ?? []).Where(c => !string.IsNullOrEmpty(c.Value) && ImportFields.Find(c.Value) is not null)
            .GroupBy(c => c.Value).SelectMany(g => g.Key == ImportFields.Ignore ? g : g.Take(1)).ToDictionary(c => c.Key, c => c.Value);

    private async Task<bool> LoadAsync(Guid id)
    {
        var session = await db.ImportSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.UserId == UserId);
        if (session is null) return false;
        Session = session;
        Table = SheetReader.Read(session.FileName, session.Content, session.HeaderRow);
        CategoryChoices = CategoryValues.Parse(session.ValueMapping);
        return true;
    }
}
