using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Email;
using Nastavnik.Web.Infrastructure.Errors;

namespace Nastavnik.Web.Features.Accounts;

public sealed record InviteRequest(string FullName, string? Email, UserRole Role, int? MunicipalityId = null, int? OrganizationId = null,
    int? PersonId = null, string? Login = null);

/// <summary>Creates accounts by invitation, gives and removes roles within the manager's scope. Every change is one
/// transaction with the e-mail it causes (outbox) and the audit entries of the grants.</summary>
public class AccountService(AppDbContext db, UserManager<AppUser> users, SiteLinks links)
{
    /// <summary>Invites a person into a role: a new account (no password: the invitation sets it), or a new role of the
    /// account that already has this address.</summary>
    /// <returns>The invitation link (absolute), or null when an active account only got the new role.</returns>
    public async Task<string?> InviteAsync(UserScope manager, string? managerUserId, InviteRequest request, CancellationToken ct = default)
    {
        var email = EmailAddresses.Normalize(request.Email, "Email") ?? throw new DomainException("Укажите адрес электронной почты.", "Email");
        if (string.IsNullOrWhiteSpace(request.FullName)) throw new DomainException("Укажите фамилию, имя и отчество.", "FullName");
        var target = await TargetAsync(manager, request.Role, request.MunicipalityId, request.OrganizationId, request.PersonId, ct);
        GrantRules.EnsureCanGrant(manager, target);
        var now = db.Clock.GetUtcNow();
        var user = await db.Users.Include(u => u.Grants).SingleOrDefaultAsync(u => u.NormalizedEmail == users.NormalizeEmail(email), ct);
        if (user is not null && target.PersonId is { } person && user.Grants.Any(g => g.PersonId is not null && g.PersonId != person))
            throw new DomainException($"Адрес {email} уже привязан к учётной записи другого человека.", "Email");
        user ??= await NewUserAsync(request.FullName.Trim(), email, request.Login, new HashSet<string>(), ct);
        if (user.Grants.Any(g => g.Matches(target))) throw new DomainException($"У учётной записи {user.UserName} эта роль уже есть.");
        AddGrant(user, target, managerUserId, now);
        string? link = null;
        if (user.ActivatedAt is null) link = await IssueInvitationAsync(user, email, target, managerUserId, now, ct);
        await db.SaveChangesAsync(ct);
        return link;
    }

    /// <summary>A new account without a password; its login comes from the address (or is given) and is unique.</summary>
    public async Task<AppUser> NewUserAsync(string fullName, string email, string? login, ISet<string> takenInBatch, CancellationToken ct)
    {
        var user = NewAccount(fullName, email, await UniqueLoginAsync(string.IsNullOrWhiteSpace(login) ? email.Split('@')[0] : login.Trim(), takenInBatch, ct));
        db.Users.Add(user);
        return user;
    }

    /// <summary>A new account object (not yet added to the context) with the given login.</summary>
    public AppUser NewAccount(string fullName, string email, string userName) => new()
    {
        UserName = userName, NormalizedUserName = users.NormalizeName(userName), Email = email, NormalizedEmail = users.NormalizeEmail(email),
        FullName = fullName, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
    };

    /// <summary>How many numbered variants of each login stem <see cref="TakenLoginsAsync"/> reads at once.</summary>
    private const int PrefetchedVariants = 3;

    private static string LoginStem(string wanted)
    {
        var stem = new string(wanted.Where(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-').ToArray()).ToLowerInvariant();
        return stem.Length < 3 ? "user" + stem : stem;
    }

    private static string Variant(string stem, int n) => n == 0 ? stem : $"{stem}{n + 1}";

    /// <summary>The taken logins (normalized) among the first variants of the wanted logins, read in one query, so a
    /// bulk invitation does not ask the database once per person (<see cref="UniqueLoginAsync"/> with <c>known</c>).</summary>
    public async Task<IReadOnlySet<string>> TakenLoginsAsync(IEnumerable<string> wanted, CancellationToken ct)
    {
        var candidates = wanted.Select(LoginStem).Distinct()
            .SelectMany(stem => Enumerable.Range(0, PrefetchedVariants).Select(n => users.NormalizeName(Variant(stem, n)))).ToList();
        return (await db.Users.Where(u => candidates.Contains(u.NormalizedUserName!)).Select(u => u.NormalizedUserName!).ToListAsync(ct)).ToHashSet();
    }

    /// <param name="known">The taken logins from <see cref="TakenLoginsAsync"/>: the first variants are checked there, not in the database.</param>
    public async Task<string> UniqueLoginAsync(string wanted, ISet<string> takenInBatch, CancellationToken ct, IReadOnlySet<string>? known = null)
    {
        var stem = LoginStem(wanted);
        for (var n = 0; ; n++)
        {
            var candidate = Variant(stem, n);
            if (takenInBatch.Contains(candidate)) continue;
            var taken = known is not null && n < PrefetchedVariants
                ? known.Contains(users.NormalizeName(candidate))
                : await db.Users.AnyAsync(u => u.NormalizedUserName == users.NormalizeName(candidate), ct);
            if (!taken)
            {
                takenInBatch.Add(candidate);
                return candidate;
            }
        }
    }

    public void AddGrant(AppUser user, UserScope target, string? grantedBy, DateTimeOffset now)
    {
        var grant = RoleGrant.For(user.Id, target, now, grantedBy);
        user.Grants.Add(grant);
        db.RoleGrants.Add(grant);
        if (user.Grants.Count == 1 || !user.Grants.Any(g => g != grant && g.Matches(user.Scope))) user.Use(target);
    }

    /// <summary>A new invitation link (older ones of the account are revoked) and its e-mail, in the caller's transaction.</summary>
    /// <param name="scopeName">The name of the target's scope when the caller knows it (a bulk invitation reads them all at once).</param>
    public async Task<string> IssueInvitationAsync(AppUser user, string email, UserScope target, string? createdBy, DateTimeOffset now, CancellationToken ct,
        string? scopeName = null)
    {
        await db.RevokeOpenLinksAsync(user.Id, now, ct, AccountLinkKind.Invitation);
        var (link, message, url) = NewInvitation(user, email, target, createdBy, now, scopeName ?? await ScopeNameAsync(target, ct));
        db.AccountLinks.Add(link);
        db.OutboxMessages.Add(message);
        return url;
    }

    /// <summary>An invitation link and its e-mail as new objects, not yet added to the context.</summary>
    public (AccountLink Link, OutboxMessage Message, string Url) NewInvitation(AppUser user, string email, UserScope target, string? createdBy,
        DateTimeOffset now, string scopeName)
    {
        var (plain, hash) = OneTimeLinks.NewToken();
        var link = new AccountLink
        {
            Kind = AccountLinkKind.Invitation, UserId = user.Id, Email = email, CreatedByUserId = createdBy,
            RegionId = target.RegionId, MunicipalityId = target.MunicipalityId, OrganizationId = target.OrganizationId,
        };
        OneTimeLinks.Start(link, hash, now, AccountLink.InvitationLifetime);
        var url = links.Password(plain);
        var (subject, body) = EmailTemplates.Invitation(user.FullName, target.Role.Ru(), scopeName, url, link.ExpiresAt);
        return (link, EmailOutbox.NewMessage(new Email(email, subject, body, target.RegionId, target.MunicipalityId, target.OrganizationId), now), url);
    }

    /// <summary>Sends an invitation again: a new link (the old one is revoked) and a new e-mail.</summary>
    public async Task ResendAsync(UserScope manager, string? managerUserId, AccountLink link, CancellationToken ct = default)
    {
        var user = link.User!;
        if (user.ActivatedAt is not null) throw new DomainException("Учётная запись уже активирована: приглашение не нужно.");
        var grant = user.Grants.FirstOrDefault(g => GrantRules.Within(manager, g.Scope)) ?? throw new NotFoundException();
        await IssueInvitationAsync(user, link.Email, grant.Scope, managerUserId, db.Clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task RevokeAsync(AccountLink link, CancellationToken ct = default)
    {
        if (OneTimeLinks.StateOf(link, db.Clock.GetUtcNow()) != LinkState.Active) throw new DomainException("Приглашение уже не действует.");
        OneTimeLinks.Revoke(link, db.Clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Gives one more role to an account the manager sees.</summary>
    public async Task GrantAsync(UserScope manager, string? managerUserId, string userId, UserRole role, int? municipalityId, int? organizationId, int? personId, CancellationToken ct = default)
    {
        var user = await db.Users.Include(u => u.Grants).SingleOrDefaultAsync(u => u.Id == userId, ct) ?? throw new NotFoundException();
        if (!user.Grants.Any(g => GrantRules.Within(manager, g.Scope))) throw new NotFoundException();
        var target = await TargetAsync(manager, role, municipalityId, organizationId, personId, ct);
        GrantRules.EnsureCanGrant(manager, target);
        if (user.Grants.Any(g => g.Matches(target))) throw new DomainException("Эта роль у учётной записи уже есть.");
        AddGrant(user, target, managerUserId, db.Clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Removes a role. The account's sessions in that role end at once (the cookie names its grant, checked on
    /// every request) and its API tokens are revoked; with roles left, another one becomes the one in use.</summary>
    public async Task RemoveGrantAsync(UserScope manager, int grantId, CancellationToken ct = default)
    {
        var grant = await db.RoleGrants.Include(g => g.User!).ThenInclude(u => u.Grants).SingleOrDefaultAsync(g => g.Id == grantId, ct);
        if (grant is null || !GrantRules.Within(manager, grant.Scope)) throw new NotFoundException();
        if (!GrantRules.GrantableBy(manager.Role).Contains(grant.Role)) throw new DomainException(GrantRules.OutOfScope);
        var user = grant.User!;
        var now = db.Clock.GetUtcNow();
        db.RoleGrants.Remove(grant);
        user.Grants.Remove(grant);
        if (grant.Matches(user.Scope) && user.Grants.FirstOrDefault() is { } other) user.Use(other.Scope);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.AccessTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The complete scope of a role from what the form names (the organization gives its municipality and region).</summary>
    public async Task<UserScope> TargetAsync(UserScope manager, UserRole role, int? municipalityId, int? organizationId, int? personId, CancellationToken ct)
    {
        switch (GrantRules.BindingOf(role))
        {
            case ScopeLevel.Region:
                return new UserScope(role, manager.RegionId, null, null, null);
            case ScopeLevel.Municipality:
                var region = await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => (int?)m.RegionId).SingleOrDefaultAsync(ct);
                return new UserScope(role, region, region is null ? null : municipalityId, null, null);
            case ScopeLevel.Organization:
                var org = await db.Organizations.Where(o => o.Id == organizationId)
                    .Select(o => new { o.Id, o.MunicipalityId, o.Municipality!.RegionId }).SingleOrDefaultAsync(ct);
                return new UserScope(role, org?.RegionId, org?.MunicipalityId, org?.Id, null);
            default:
                var person = await db.People.Where(p => p.Id == personId)
                    .Select(p => new { p.Id, p.OrganizationId, p.Organization!.MunicipalityId, p.Organization.Municipality!.RegionId }).SingleOrDefaultAsync(ct);
                return new UserScope(role, person?.RegionId, person?.MunicipalityId, person?.OrganizationId, person?.Id);
        }
    }

    public async Task<string> ScopeNameAsync(UserScope scope, CancellationToken ct)
    {
        if (scope.OrganizationId is { } o) return await db.Organizations.Where(x => x.Id == o).Select(x => x.Name).SingleAsync(ct);
        if (scope.MunicipalityId is { } m) return await db.Municipalities.Where(x => x.Id == m).Select(x => x.Name).SingleAsync(ct);
        return await db.Regions.Where(x => x.Id == scope.RegionId).Select(x => x.Name).SingleOrDefaultAsync(ct) ?? "";
    }
}
