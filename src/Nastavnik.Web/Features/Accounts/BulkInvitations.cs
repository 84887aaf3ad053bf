using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Accounts;

public enum BulkOutcome { Invited, RoleAdded, NoEmail, Under14, DuplicateEmail, EmailOfAnotherAccount, AlreadyHasRole, BadEmail }

/// <summary>One person of a bulk invitation and what became of him.</summary>
public sealed record BulkRow(int PersonId, string FullName, string? Email, BulkOutcome Outcome)
{
    public string Text => Outcome switch
    {
        BulkOutcome.Invited => "приглашение отправлено",
        BulkOutcome.RoleAdded => "роль добавлена к существующей учётной записи",
        BulkOutcome.NoEmail => "нет адреса электронной почты — приглашение не отправлено",
        BulkOutcome.Under14 => "младше 14 лет — без собственного приглашения (согласие даёт родитель по ссылке)",
        BulkOutcome.DuplicateEmail => "этот адрес уже указан у другого человека из списка",
        BulkOutcome.EmailOfAnotherAccount => "адрес уже привязан к учётной записи другого человека",
        BulkOutcome.AlreadyHasRole => "учётная запись с этой ролью уже есть",
        _ => "адрес электронной почты указан неверно",
    };

    public bool Done => Outcome is BulkOutcome.Invited or BulkOutcome.RoleAdded;
}

/// <summary>Invites the people of a registry (mentors or mentees) in bulk: one transaction for all of them — accounts,
/// roles, links and the outbox; everyone not invited is listed with the reason, never skipped silently.</summary>
public class BulkInvitations(AppDbContext db, AccountService accounts, UserManager<AppUser> users)
{
    public const int PupilOwnInvitationAge = 14;

    public async Task<List<BulkRow>> InviteAsync(UserScope manager, string? managerUserId, UserRole role, IReadOnlyCollection<int> personIds,
        bool includeUnder14, CancellationToken ct = default)
    {
        if (role is not (UserRole.Mentor or UserRole.Mentee) || !GrantRules.GrantableBy(manager.Role).Contains(role))
            throw new DomainException(GrantRules.OutOfScope);
        var today = db.Today;
        var inRegistry = role == UserRole.Mentor
            ? db.Mentors.Where(m => personIds.Contains(m.PersonId)).Select(m => m.PersonId)
            : db.Mentees.Where(m => personIds.Contains(m.PersonId)).Select(m => m.PersonId);
        var people = await db.People.AsNoTracking().InScope(manager).Where(p => inRegistry.Contains(p.Id))
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
            .Select(p => new { p.Id, p.LastName, p.FirstName, p.MiddleName, p.Email, p.BirthDate, p.Role, p.OrganizationId,
                p.Organization!.MunicipalityId, p.Organization.Municipality!.RegionId })
            .ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        var emails = people.Where(p => EmailAddresses.IsValid(p.Email)).Select(p => users.NormalizeEmail(p.Email!.Trim())).Distinct().ToList();
        var byEmail = await db.Users.Include(u => u.Grants).Where(u => emails.Contains(u.NormalizedEmail!)).ToDictionaryAsync(u => u.NormalizedEmail!, ct);
        var byPerson = (await db.Users.Include(u => u.Grants).Where(u => u.Grants.Any(g => g.PersonId != null && ids.Contains(g.PersonId!.Value))).ToListAsync(ct))
            .SelectMany(u => u.Grants.Where(g => g.PersonId != null).Select(g => (g.PersonId!.Value, u))).DistinctBy(x => x.Item1).ToDictionary(x => x.Item1, x => x.u);

        var now = db.Clock.GetUtcNow();
        var seen = new HashSet<string>();
        var logins = new HashSet<string>();
        var rows = new List<BulkRow>();
        foreach (var p in people)
        {
            var name = string.Join(' ', new[] { p.LastName, p.FirstName, p.MiddleName }.Where(s => !string.IsNullOrWhiteSpace(s)));
            BulkRow Row(BulkOutcome o) => new(p.Id, name, p.Email, o);
            var target = new UserScope(role, p.RegionId, p.MunicipalityId, p.OrganizationId, p.Id);
            var age = p.BirthDate is { } b ? today.Year - b.Year - (today < b.AddYears(today.Year - b.Year) ? 1 : 0) : (int?)null;
            if (!includeUnder14 && (age is < PupilOwnInvitationAge || (age is null && p.Role == Domain.People.PersonRole.Pupil)))
            { rows.Add(Row(BulkOutcome.Under14)); continue; }
            if (string.IsNullOrWhiteSpace(p.Email)) { rows.Add(Row(BulkOutcome.NoEmail)); continue; }
            if (!EmailAddresses.IsValid(p.Email)) { rows.Add(Row(BulkOutcome.BadEmail)); continue; }
            var email = p.Email.Trim().ToLowerInvariant();
            if (!seen.Add(email)) { rows.Add(Row(BulkOutcome.DuplicateEmail)); continue; }
            byPerson.TryGetValue(p.Id, out var user);
            if (byEmail.TryGetValue(users.NormalizeEmail(email), out var owner) && (user is null || owner != user)
                && owner.Grants.Any(g => g.PersonId is not null && g.PersonId != p.Id))
            { rows.Add(Row(BulkOutcome.EmailOfAnotherAccount)); continue; }
            user ??= owner;
            if (user is not null && user.Grants.Any(g => g.Matches(target))) { rows.Add(Row(BulkOutcome.AlreadyHasRole)); continue; }
            var isNew = user is null;
            user ??= await accounts.NewUserAsync(name, email, null, logins, ct);
            accounts.AddGrant(user, target, managerUserId, now);
            if (user.ActivatedAt is null) await accounts.IssueInvitationAsync(user, email, target, managerUserId, now, ct);
            rows.Add(Row(isNew || user.ActivatedAt is null ? BulkOutcome.Invited : BulkOutcome.RoleAdded));
        }
        await db.SaveChangesAsync(ct);
        return rows;
    }
}
