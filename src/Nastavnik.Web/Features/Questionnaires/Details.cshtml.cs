using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Questionnaires;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Questionnaires;

/// <summary>A questionnaire: its questions (add your own), personal links to send, who answered, and the answers summed up.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class DetailsModel(QuestionnaireService questionnaires, AppDbContext db) : PageModel
{
    public Questionnaire Questionnaire { get; private set; } = null!;
    public List<InvitationRow> Invitations { get; private set; } = [];
    public List<Dictionary<string, List<string>>> Answers { get; private set; } = [];
    public List<Option> People { get; private set; } = [];
    public List<(string Person, IReadOnlyList<ParameterChange> Changes, double? Mean)> Changes { get; private set; } = [];
    public string? Error { get; private set; }
    /// <summary>Links made by this request, shown once: only their hashes are stored.</summary>
    public Dictionary<int, string> FreshLinks { get; private set; } = [];
    /// <summary>Links made by this request on the questionnaire's other version (pupils invited to the teachers' one, or back).</summary>
    public List<FreshLink> OtherVersionLinks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostQuestionAsync(int id, string text, QuestionType type, string? options, bool required) =>
        await RunAsync(id, async () => await questionnaires.AddQuestionAsync(this.Scope(), id, text, type, (options ?? "").Split('\n'), required), "Вопрос добавлен.");

    public async Task<IActionResult> OnPostInviteAsync(int id, List<int> personIds, RespondentRole respondent) =>
        await ShowLinksAsync(id, () => questionnaires.InviteAsync(this.Scope(), id, personIds, respondent),
            "Ссылки созданы: скопируйте их сейчас и отправьте участникам — позже их можно только создать заново.");

    public async Task<IActionResult> OnPostInviteProgramAsync(int id, string audience) =>
        await ShowLinksAsync(id, () => questionnaires.InviteProgramAsync(this.Scope(), id, audience != "mentors", audience != "mentees"),
            "Ссылки созданы для участников программы: они увидят анкету на своей главной странице.");

    public async Task<IActionResult> OnPostReissueAsync(int id) =>
        await ShowLinksAsync(id, () => questionnaires.ReissueAsync(this.Scope(), id),
            "Созданы новые ссылки для тех, кто ещё не ответил; прежние ссылки больше не действуют.");

    /// <summary>Makes links and answers with the page itself (no redirect): the plain links live only in this answer.</summary>
    private async Task<IActionResult> ShowLinksAsync(int id, Func<Task<List<FreshLink>?>> make, string message)
    {
        try
        {
            if (await make() is not { } made) return NotFound();
            FreshLinks = made.Where(l => l.QuestionnaireId == id).ToDictionary(l => l.InvitationId, l => l.Url);
            OtherVersionLinks = made.Where(l => l.QuestionnaireId != id).ToList();
            TempData["Message"] = message;
        }
        catch (DomainException ex) { Error = ex.Message; }
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<IActionResult> RunAsync(int id, Func<Task<bool>> action, string message)
    {
        try
        {
            if (!await action()) return NotFound();
            TempData["Message"] = message;
            return RedirectToPage(new { id });
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return await LoadAsync(id) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id)
    {
        var q = await questionnaires.FindAsync(this.Scope(), id);
        if (q is null) return false;
        Questionnaire = q;
        Invitations = await questionnaires.InvitationsAsync(id);
        Answers = await questionnaires.AnswersAsync(id);
        if (q.Kind == QuestionnaireKind.Assessment) Changes = await questionnaires.AssessmentChangesAsync(q);
        People = await db.People.AsNoTracking().Where(p => p.OrganizationId == q.OrganizationId && !p.IsArchived).OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
            .Select(p => new Option(p.Id, p.FullName)).ToListAsync();
        return true;
    }
}
