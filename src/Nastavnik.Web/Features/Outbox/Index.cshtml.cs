using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Features.Shared;

namespace Nastavnik.Web.Features.Outbox;

/// <summary>/Email: the regional operator's view of the e-mail outbox of his region, with «send again» for failed messages.</summary>
public class IndexModel(OutboxAdmin outbox) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public OutboxCounts Counts { get; private set; } = new(0, 0, 0);
    public PagedResult<OutboxRow> Result { get; private set; } = new([], 0, 1, OutboxAdmin.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!OutboxAdmin.CanView(this.Scope())) return Forbid();
        Counts = await outbox.CountsAsync(this.Scope(), ct);
        Result = await outbox.UndeliveredAsync(this.Scope(), PageNumber, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(int id, CancellationToken ct)
    {
        if (!OutboxAdmin.CanView(this.Scope())) return Forbid();
        return await this.RunAsync(() => outbox.RetryAsync(this.Scope(), id, ct), "Письмо поставлено в очередь на отправку.");
    }

    public async Task<IActionResult> OnPostRetryAllAsync(CancellationToken ct)
    {
        if (!OutboxAdmin.CanView(this.Scope())) return Forbid();
        var count = await outbox.RetryAsync(this.Scope(), null, ct);
        TempData["Message"] = count == 0 ? "Неотправленных писем нет." : $"Поставлено в очередь на отправку писем: {count}.";
        return Redirect(Request.Path.Value!);
    }
}
