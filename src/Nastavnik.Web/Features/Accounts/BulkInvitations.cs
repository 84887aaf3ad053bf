using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Import;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

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
public class BulkInvitations(AppDbContext db, AccountService accounts, UserManager<AppUser> users, TerritoryClock clock)
{
    public const int PupilOwnInvitationAge = 14;

    public async Task<List<BulkRow>> InviteAsync(UserScope manager, string? managerUserId, UserRole role, IReadOnlyCollection<int> personIds,
        bool includeUnder14, CancellationToken ct = default)
    {
        if (role is not (UserRole.Mentor or UserRole.Mentee) || !GrantRules.GrantableBy(manager.Role).Contains(role))
            throw new DomainException(GrantRules.OutOfScope);
        var today = clock.Today;
        var inRegistry = role == UserRole.Mentor
            ? db.Mentors.Where(m => personIds.Contains(m.PersonId)).Select(m => m.PersonId)
            : db.Mentees.Where(m => personIds.Contains(m.PersonId)).Select(m => m.PersonId);
        var people = await db.People.AsNoTracking().InScope(manager).Where(p => inRegistry.Contains(p.Id))
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
            .Select(p => new
            {
                p.Id, p.LastName, p.FirstName, p.MiddleName, p.Email, p.BirthDate, p.Role, p.OrganizationId,
                p.Organization!.MunicipalityId, p.Organization.Municipality!.RegionId
            })
            .ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        var emails = people.Where(p => EmailAddresses.IsValid(p.Email)).Select(p => users.NormalizeEmail(p.Email!.Trim())).Distinct().ToList();
        var byEmail = await db.Users.Include(u => u.Grants).Where(u => emails.Contains(u.NormalizedEmail!)).ToDictionaryAsync(u => u.NormalizedEmail!, ct);
        var byPerson = (await db.Users.Include(u => u.Grants).Where(u => u.Grants.Any(g => g.PersonId != null && ids.Contains(g.PersonId!.Value))).ToListAsync(ct))
            .SelectMany(u => u.Grants.Where(g => g.PersonId != null).Select(g => (g.PersonId!.Value, u))).DistinctBy(x => x.Item1).ToDictionary(x => x.Item1, x => x.u);

        // Read at once what the loop would otherwise ask per person: the taken logins and the organizations' names.
        var taken = await accounts.TakenLoginsAsync(people.Where(p => EmailAddresses.IsValid(p.Email)).Select(p => p.Email!.Trim().Split('@')[0]), ct);
        var orgIds = people.Select(p => p.OrganizationId).Distinct().ToList();
        var orgNames = await db.Organizations.Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

        var now = db.Clock.GetUtcNow();
        var seen = new HashSet<string>();
        var logins = new HashSet<string>();
        var rows = new List<BulkRow>();
        var fresh = new List<NewAccount>();
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
            var scopeName = orgNames.GetValueOrDefault(p.OrganizationId) ?? await accounts.ScopeNameAsync(target, ct);
            if (user is null)
            {
                // A new account: built here, written below with the others (binary COPY on PostgreSQL).
                var account = accounts.NewAccount(name, email, await accounts.UniqueLoginAsync(email.Split('@')[0], logins, ct, taken));
                account.Use(target);
                var (link, message, _) = accounts.NewInvitation(account, email, target, managerUserId, now, scopeName);
                fresh.Add(new NewAccount(account, RoleGrant.For(account.Id, target, now, managerUserId), link, message));
                rows.Add(Row(BulkOutcome.Invited));
                continue;
            }
            accounts.AddGrant(user, target, managerUserId, now);
            if (user.ActivatedAt is null) await accounts.IssueInvitationAsync(user, email, target, managerUserId, now, ct, scopeName);
            rows.Add(Row(user.ActivatedAt is null ? BulkOutcome.Invited : BulkOutcome.RoleAdded));
        }
        if (db.IsPostgres && fresh.Count > 0) await CopyAndSaveAsync(fresh, ct);
        else
        {
            foreach (var n in fresh)
            {
                n.User.Grants.Add(n.Grant);
                db.Users.Add(n.User);
                db.RoleGrants.Add(n.Grant);
                db.AccountLinks.Add(n.Link);
                db.OutboxMessages.Add(n.Message);
            }
            await db.SaveChangesAsync(ct);
        }
        return rows;
    }

    private sealed record NewAccount(AppUser User, RoleGrant Grant, AccountLink Link, Infrastructure.Email.OutboxMessage Message);

    /// <summary>PostgreSQL: the new accounts, their roles (with the roles' audit entries), invitation links and e-mails
    /// go in by binary COPY; the changes to accounts that already existed (a role added, an older link revoked) by EF —
    /// all in one transaction.</summary>
    private async Task CopyAndSaveAsync(List<NewAccount> fresh, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var writer = new PostgresBulkWriter(db);
            var grants = fresh.Select(n => n.Grant).ToList();
            var links = fresh.Select(n => n.Link).ToList();
            var messages = fresh.Select(n => n.Message).ToList();
            await writer.AssignIdsAsync(grants, (g, id) => g.Id = id, ct);
            await writer.AssignIdsAsync(links, (l, id) => l.Id = id, ct);
            await writer.AssignIdsAsync(messages, (m, id) => m.Id = id, ct);
            await writer.CopyAsync(fresh.Select(n => n.User).ToList(), u => u.OrganizationId, ct);
            await writer.CopyAsync(grants, g => g.OrganizationId, ct);
            await writer.CopyAsync(links, l => l.OrganizationId, ct);
            await writer.CopyAsync(messages, m => m.OrganizationId, ct);
            await writer.FlushAuditAsync(ct);
            await db.SaveChangesAsync(ct);
            if (own is not null) await own.CommitAsync(ct);
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }
}
