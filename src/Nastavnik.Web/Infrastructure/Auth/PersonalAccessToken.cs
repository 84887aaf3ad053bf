namespace Nastavnik.Web.Infrastructure.Auth;

/// <summary>A token for API clients. Only its SHA-256 hash is stored; the plain value is shown once.</summary>
public class PersonalAccessToken
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
    public required string Name { get; set; }
    public required string TokenHash { get; set; }
    /// <summary>The first characters, to let the user recognise the token in the list.</summary>
    public required string Prefix { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Set on every new token; a token from before expiries were required has none.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>A token made without an expiry lasts as long as the longest allowed now.</summary>
    public DateTimeOffset ValidUntil => ExpiresAt ?? CreatedAt.AddDays(AccessTokens.MaxValidDays);

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ValidUntil > now;
}
