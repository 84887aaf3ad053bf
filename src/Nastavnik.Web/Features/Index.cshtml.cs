using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features;

/// <summary>The start page: staff go to their bases; a mentor or mentee sees his own record.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public Domain.People.Person? Own { get; private set; }
    public bool IsMentor { get; private set; }
    public bool IsMentee { get; private set; }
    public List<MyPair> Pairs { get; private set; } = [];
    /// <summary>Questionnaires waiting for the user's own answer (by his personal link).</summary>
    public List<(string Title, int Id)> Questionnaires { get; private set; } = [];

    public sealed record MyPair(int Id, string Program, string Role, string Partner, Domain.Programs.PairStatus Status, int Meetings, DateOnly? LastMeeting);

    public async Task<IActionResult> OnGetAsync()
    {
        var scope = this.Scope();
        if (scope.Role is UserRole.Curator or UserRole.OrganizationHead) return Redirect("/Programs");
        if (scope.CanEditRegistries) return Redirect("/Mentees");
        Own = await db.People.AsNoTracking().InScope(scope).Include(p => p.Organization).Include(p => p.Consents).SingleOrDefaultAsync();
        IsMentor = await db.Mentors.InScope(scope).AnyAsync();
        IsMentee = await db.Mentees.InScope(scope).AnyAsync();
        var myMentors = db.Mentors.InScope(scope).Select(m => m.Id);
        var myMentees = db.Mentees.InScope(scope).Select(m => m.Id);
        Pairs = await db.Pairs.AsNoTracking()
            .Where(p => p.Status != Domain.Programs.PairStatus.Ended && (myMentors.Contains(p.MentorId) || myMentees.Contains(p.MenteeId)))
            .Select(p => new MyPair(p.Id,
                db.Programs.Where(x => x.Id == p.ProgramId).Select(x => x.Name).First(),
                myMentors.Contains(p.MentorId) ? "наставник" : "наставляемый",
                myMentors.Contains(p.MentorId)
                    ? db.Mentees.Where(m => m.Id == p.MenteeId).Select(m => m.Person!.FullName).First()
                    : db.Mentors.Where(m => m.Id == p.MentorId).Select(m => m.Person!.FullName).First(),
                p.Status,
                db.Meetings.Count(m => m.PairId == p.Id),
                db.Meetings.Where(m => m.PairId == p.Id).Max(m => (DateOnly?)m.HeldOn)))
            .ToListAsync();
        Questionnaires = (await db.Invitations.AsNoTracking().Where(i => i.PersonId == scope.PersonId && i.AnsweredAt == null && i.Respondent == Domain.Questionnaires.RespondentRole.Self)
            .Where(i => i.RevokedAt == null)
            .OrderBy(i => i.Id).Select(i => new { Title = db.Questionnaires.Where(q => q.Id == i.QuestionnaireId).Select(q => q.Title).First(), i.Id }).ToListAsync())
            .Select(x => (x.Title, x.Id)).ToList();
        return Page();
    }
}
