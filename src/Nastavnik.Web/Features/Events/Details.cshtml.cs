using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Events;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Events;

/// <summary>An event's card: details, registration (from the registries, by invitation, or oneself), attendance, materials, the result document.</summary>
[Authorize]
public class DetailsModel(EventService events, AppDbContext db, TerritoryClock clock) : PageModel
{
    public MentoringEvent Event { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public List<ParticipantRow> Participants { get; private set; } = [];
    public List<FileRow> Files { get; private set; } = [];
    public List<(int Id, string Name)> Candidates { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    public DateOnly Today => clock.Today;
    public int? MyPersonId => this.Scope().PersonId;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await events.FindVisibleAsync(this.Scope(), id, ct) is not { } e) return NotFound();
        Event = e;
        CanEdit = await events.CanEditAsync(this.Scope(), id, ct);
        Participants = await events.ParticipantsAsync(id, ct);
        Files = await events.FilesAsync(id, ct);
        if (CanEdit && Event.Status == EventStatus.Planned)
        {
            var words = Domain.Common.SearchText.Normalize(Search);
            var taken = Participants.Where(p => p.PersonId != null).Select(p => p.PersonId!.Value).ToList();
            Candidates = (await db.People.AsNoTracking().InScope(this.Scope()).Where(p => !p.IsArchived && !taken.Contains(p.Id) && (words == "" || p.SearchText.Contains(words)))
                .Where(p => db.Mentors.Any(m => m.PersonId == p.Id) || db.Mentees.Any(m => m.PersonId == p.Id))
                .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).Take(200)
                .Select(p => new { p.Id, Name = p.FullName }).ToListAsync(ct))
                .Select(p => (p.Id, p.Name)).ToList();
        }
        return Page();
    }

    /// <summary>The registration and attendance list (personal data: for the organizers only).</summary>
    public async Task<IActionResult> OnGetXlsxAsync(int id, CancellationToken ct)
    {
        if (!await events.CanEditAsync(this.Scope(), id, ct)) return NotFound();
        var rows = await events.ParticipantsAsync(id, ct);
        using var buffer = new MemoryStream();
        await Export.XlsxWriter.WriteAsync(buffer, "Участники", ["ФИО", "Организация", "Эл. почта", "Приглашён", "Посетил"],
            rows.Select(p => new object?[] { p.FullName, p.Organization, p.Email, p.Invited ? "да" : "", p.Attended ? "да" : "нет" }).ToAsyncEnumerable(), ct);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"uchastniki-{id}.xlsx");
    }

    public Task<IActionResult> OnPostUpdateAsync(int id, EventForm form, Guid stamp, CancellationToken ct) =>
        this.RunAsync(() => events.UpdateAsync(this.Scope(), id, form.ToDetails(), stamp, ct), "Изменения сохранены.");

    public Task<IActionResult> OnPostHeldAsync(int id, string? resultDocument, Guid stamp, CancellationToken ct) =>
        this.RunAsync(() => events.MarkHeldAsync(this.Scope(), id, resultDocument, stamp, ct), "Мероприятие отмечено проведённым.");

    public Task<IActionResult> OnPostCancelAsync(int id, Guid stamp, CancellationToken ct) =>
        this.RunAsync(() => events.CancelAsync(this.Scope(), id, stamp, ct), "Мероприятие отменено.");

    public Task<IActionResult> OnPostRegisterAsync(int id, int[] personIds, CancellationToken ct) =>
        this.RunAsync(async () =>
        {
            if (personIds.Length == 0) throw new Domain.Common.DomainException("Выберите участников из списка.");
            await events.RegisterAsync(this.Scope(), id, personIds, ct);
        }, "Участники зарегистрированы.");

    public Task<IActionResult> OnPostRegisterSelfAsync(int id, CancellationToken ct) =>
        this.RunAsync(() => events.RegisterAsync(this.Scope(), id, [this.Scope().PersonId ?? -1], ct), "Вы зарегистрированы на мероприятие.");

    public Task<IActionResult> OnPostInviteAsync(int id, string? fullName, string? email, string? organization, CancellationToken ct) =>
        this.RunAsync(() => events.InviteAsync(this.Scope(), id, fullName, email, organization, ct), "Приглашённый добавлен.");

    public Task<IActionResult> OnPostAttendanceAsync(int id, int[] attended, CancellationToken ct) =>
        this.RunAsync(() => events.SetAttendanceAsync(this.Scope(), id, attended, ct), "Посещение отмечено.");

    public Task<IActionResult> OnPostRemoveAsync(int id, int participantId, CancellationToken ct) =>
        this.RunAsync(() => events.RemoveParticipantAsync(this.Scope(), id, participantId, ct), "Регистрация отменена.");

    public async Task<IActionResult> OnPostAttachAsync(int id, IFormFile? file, CancellationToken ct) =>
        await this.RunAsync(async () =>
        {
            var upload = await UploadedFileReader.ReadAsync(file, ct) ?? throw new Domain.Common.DomainException("Выберите файл.", "File");
            await events.AttachAsync(this.Scope(), id, upload, ct);
        }, "Материал добавлен.");
}
