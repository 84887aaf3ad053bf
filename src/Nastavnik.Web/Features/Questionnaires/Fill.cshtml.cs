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
public class FillModel(QuestionnaireService questionnaires) : PageModel
{
    public Questionnaire Questionnaire { get; private set; } = null!;
    public bool Answered { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (await questionnaires.ByTokenAsync(token) is not { } found) return NotFound();
        Questionnaire = found.Questionnaire;
        Answered = found.Invitation.AnsweredAt is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await questionnaires.ByTokenAsync(token) is not { } found) return NotFound();
        Questionnaire = found.Questionnaire;
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
