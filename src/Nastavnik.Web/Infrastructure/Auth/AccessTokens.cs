using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Infrastructure.Auth;

/// <summary>Creates and revokes personal access tokens; only hashes are stored. Every token expires, within a year.</summary>
public class AccessTokens(AppDbContext db, TimeProvider clock)
{
    public const string PlainPrefix = "nst_";
    public const int MaxValidDays = 365;
    public const int DefaultValidDays = 90;
    public const string ValidDaysMessage = "Укажите срок действия токена: от 1 до 365 дней.";

    public static string Hash(string plain) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plain)));

    /// <returns>The plain token: shown to the user once, never stored.</returns>
    /// <exception cref="DomainException">No validity, or longer than <see cref="MaxValidDays"/>.</exception>
    public async Task<string> CreateAsync(string userId, string name, int? validDays)
    {
        if (validDays is not (> 0 and <= MaxValidDays)) throw new DomainException(ValidDaysMessage, "validDays");
        var plain = PlainPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var now = clock.GetUtcNow();
        db.AccessTokens.Add(new PersonalAccessToken
        {
            UserId = userId,
            Name = string.IsNullOrWhiteSpace(name) ? "Токен API" : name.Trim(),
            TokenHash = Hash(plain),
            Prefix = plain[..10],
            CreatedAt = now,
            ExpiresAt = now.AddDays(validDays.Value),
        });
        await db.SaveChangesAsync();
        return plain;
    }

    public Task<List<PersonalAccessToken>> ListAsync(string userId) =>
        db.AccessTokens.Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync();

    public async Task<bool> RevokeAsync(string userId, int id)
    {
        var now = clock.GetUtcNow();
        return await db.AccessTokens.Where(t => t.Id == id && t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now)) == 1;
    }
}
