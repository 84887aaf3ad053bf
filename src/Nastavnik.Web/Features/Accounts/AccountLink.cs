using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Accounts;

public enum AccountLinkKind
{
    [Display(Name = "Приглашение")] Invitation = 0,
    [Display(Name = "Восстановление пароля")] PasswordReset = 1,
}

/// <summary>A one-time link to set a password: an invitation to a new account or a reset of a forgotten password.
/// Revoked when a newer link of the same kind is sent, when the password is set otherwise, or by hand.</summary>
public class AccountLink : IOneTimeLink, IAccountScoped
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(2);

    public int Id { get; set; }
    public AccountLinkKind Kind { get; set; }
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
    public required string Email { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? OpenedAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? CreatedByUserId { get; set; }
    /// <summary>The scope the invitation was made for: the invitation list of each level is filtered by it.</summary>
    public int? RegionId { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
}

public static class AccountLinks
{
    /// <summary>Revokes the account's open links (of one kind, or all but <paramref name="except"/>) in the caller's transaction.</summary>
    public static async Task RevokeOpenLinksAsync(this AppDbContext db, string userId, DateTimeOffset now, CancellationToken ct,
        AccountLinkKind? kind = null, int? except = null)
    {
        var open = db.AccountLinks.Where(l => l.UserId == userId && l.UsedAt == null && l.RevokedAt == null);
        if (kind is { } k) open = open.Where(l => l.Kind == k);
        if (except is { } id) open = open.Where(l => l.Id != id);
        foreach (var link in await open.ToListAsync(ct)) OneTimeLinks.Revoke(link, now);
    }
}
