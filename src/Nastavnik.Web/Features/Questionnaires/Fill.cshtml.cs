using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Questionnaires;

namespace Nastavnik.Web.Features.Questionnaires;

/// <summary>The public questionnaire form behind a personal link: no login, works on a phone, answered once.</summary>
[AllowAnonymous]
[EnableRateLimiting(AppBuilder.LoginRateLimit)]
public class FillModel(QuestionnaireService questionnaires, TimeProvider clock) : PageModel
{
    public Questionnaire Questionnaire { get; private set; } = null!;
    public bool Answered { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    /// <summary>Why the link can no longer be used: revoked (a newer link, a withdrawn consent) or expired.</summary>
    public string? Refusal { get; private set; }

    /// <summary>A token that was never issued, or was replaced by a newer link: 404, with a Russian page.</summary>
    private IActionResult Unknown()
    {
        Questionnaire = new Questionnaire { Title = "Анкета" };
        Refusal = "Ссылка недействительна или заменена новой. Попросите куратора прислать действующую ссылку.";
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private void Check(QuestionnaireInvitation invitation) => Refusal = OneTimeLinks.Refusal(invitation, clock.GetUtcNow(), usedMessage: null);

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (await questionnaires.ByTokenAsync(token) is not { } found) return Unknown();
        Questionnaire = found.Questionnaire;
        Answered = found.Invitation.AnsweredAt is not null;
        Check(found.Invitation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await questionnaires.ByTokenAsync(token) is not { } found) return Unknown();
        Questionnaire = found.Questionnaire;
        Check(found.Invitation);
        if (Refusal is not null) return Page();
        var answers = Questionnaire.Questions.ToDictionary(q => q.Key, q => (IReadOnlyList<string>)Request.Form[q.Key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList());
        try
        {
            Errors = await questionnaires.SubmitAsync(token, answers);
        }
        catch (DomainException ex)
        {
            Errors = [ex.Message];
        }
        Answered = Errors.Count == 0;
        return Page();
    }
}
