using System.Security.Cryptography;
using System.Text;

namespace Nastavnik.Domain.Common;

/// <summary>What every one-time link (invitation, password reset, consent, questionnaire) has: only the hash of its
/// random token is stored; it expires; it is used once where its action is single; an event can revoke it.</summary>
public interface IOneTimeLink
{
    string TokenHash { get; set; }
    DateTimeOffset CreatedAt { get; set; }
    DateTimeOffset ExpiresAt { get; set; }
    DateTimeOffset? UsedAt { get; set; }
    DateTimeOffset? RevokedAt { get; set; }
}

public enum LinkState { Active, Used, Expired, Revoked }

/// <summary>The one lifecycle of one-time links.</summary>
public static class OneTimeLinks
{
    public const string NoLongerValid = "Ссылка больше не действует.";
    public const string Expired = "Срок действия ссылки истёк. Попросите прислать новую.";
    public const string AlreadyUsed = "Ссылка уже использована.";

    /// <summary>A new random token: the plain value goes into the link (once), the hash into the database.</summary>
    public static (string Plain, string Hash) NewToken()
    {
        var plain = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        return (plain, Hash(plain));
    }

    public static string Hash(string plain) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plain ?? "")));

    public static void Start(IOneTimeLink link, string hash, DateTimeOffset now, TimeSpan lifetime)
    {
        link.TokenHash = hash;
        link.CreatedAt = now;
        link.ExpiresAt = now + lifetime;
    }

    public static LinkState StateOf(IOneTimeLink link, DateTimeOffset now) =>
        link.RevokedAt is not null ? LinkState.Revoked
        : link.UsedAt is not null ? LinkState.Used
        : link.ExpiresAt <= now ? LinkState.Expired
        : LinkState.Active;

    /// <summary>The Russian reason the link can no longer be used, or null while it can (a used link gives
    /// <paramref name="usedMessage"/>: pages that show a used link's outcome pass null).</summary>
    public static string? Refusal(IOneTimeLink link, DateTimeOffset now, string? usedMessage = AlreadyUsed) => StateOf(link, now) switch
    {
        LinkState.Revoked => NoLongerValid,
        LinkState.Expired => Expired,
        LinkState.Used => usedMessage,
        _ => null,
    };

    /// <summary>Throws the Russian reason when the link can no longer be used.</summary>
    public static void EnsureActive(IOneTimeLink link, DateTimeOffset now, string usedMessage = AlreadyUsed)
    {
        if (Refusal(link, now, usedMessage) is { } reason) throw new DomainException(reason);
    }

    /// <summary>Uses a single-action link: checked and marked in one step.</summary>
    public static void Use(IOneTimeLink link, DateTimeOffset now, string usedMessage = AlreadyUsed)
    {
        EnsureActive(link, now, usedMessage);
        link.UsedAt = now;
    }

    public static void Revoke(IOneTimeLink link, DateTimeOffset now)
    {
        if (link.UsedAt is null && link.RevokedAt is null) link.RevokedAt = now;
    }
}
