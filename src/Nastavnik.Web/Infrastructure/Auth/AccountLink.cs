using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;

namespace Nastavnik.Web.Infrastructure.Auth;

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
