using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Email;

namespace Nastavnik.Web.Features.Accounts;

/// <summary>Setting a password through a one-time link (an invitation or a reset), and asking for a reset.</summary>
public class PasswordLinks(AppDbContext db, UserManager<AppUser> users, SiteLinks links)
{
    public const string ResetRequested = "Если такая учётная запись есть и у неё указан адрес электронной почты, на него отправлена ссылка для восстановления пароля. Проверьте почту (и папку «Спам»).";

    /// <summary>The link behind a token, marked opened on the first visit; null for an unknown token.</summary>
    public async Task<AccountLink?> OpenAsync(string token, CancellationToken ct)
    {
        var hash = OneTimeLinks.Hash(token);
        var link = await db.AccountLinks.Include(l => l.User).SingleOrDefaultAsync(l => l.TokenHash == hash, ct);
        if (link is null) return null;
        if (link.OpenedAt is null && OneTimeLinks.StateOf(link, db.Clock.GetUtcNow()) == LinkState.Active)
        {
            link.OpenedAt = db.Clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        return link;
    }

    /// <summary>Sets the password and uses the link (one transaction); other open links of the account are revoked.</summary>
    public async Task<AppUser> SetPasswordAsync(string token, string password, string confirmation, CancellationToken ct)
    {
        var link = await OpenAsync(token, ct) ?? throw new DomainException("Ссылка недействительна.");
        var now = db.Clock.GetUtcNow();
        OneTimeLinks.EnsureActive(link, now);
        if (password != confirmation) throw new DomainException("Пароль и подтверждение не совпадают.", "Confirmation");
        var user = link.User!;
        await EnsureValidAsync(user, password);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        OneTimeLinks.Use(link, now);
        await db.RevokeOpenLinksAsync(user.Id, now, ct, except: link.Id);
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.EmailConfirmed = true;
        user.ActivatedAt ??= now;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return user;
    }

    /// <summary>The password rules, with Russian messages.</summary>
    public async Task EnsureValidAsync(AppUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            if (!result.Succeeded) throw new DomainException(string.Join(" ", result.Errors.Select(e => PasswordRules.Russian(e))), "Password");
        }
    }

    /// <summary>«Забыли пароль?»: the same answer whether or not the login exists; a link only to the account's own address.</summary>
    public async Task RequestResetAsync(string loginOrEmail, CancellationToken ct)
    {
        var key = (loginOrEmail ?? "").Trim();
        if (key.Length == 0) return;
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == users.NormalizeName(key), ct)
            ?? await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == users.NormalizeEmail(key), ct);
        if (user?.Email is null || !await db.RoleGrants.AnyAsync(g => g.UserId == user.Id, ct)) return;
        var now = db.Clock.GetUtcNow();
        await db.RevokeOpenLinksAsync(user.Id, now, ct, AccountLinkKind.PasswordReset);
        var (plain, hash) = OneTimeLinks.NewToken();
        var link = new AccountLink
        {
            Kind = AccountLinkKind.PasswordReset, UserId = user.Id, Email = user.Email,
            RegionId = user.RegionId, MunicipalityId = user.MunicipalityId, OrganizationId = user.OrganizationId,
        };
        OneTimeLinks.Start(link, hash, now, AccountLink.ResetLifetime);
        db.AccountLinks.Add(link);
        var (subject, body) = EmailTemplates.PasswordReset(user.FullName, user.UserName!, links.Password(plain), link.ExpiresAt);
        db.Enqueue(new Email(user.Email, subject, body, user.RegionId, user.MunicipalityId, user.OrganizationId), now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Changes the signed-in user's own password (the current one is required).</summary>
    public async Task ChangeAsync(AppUser user, string current, string password, string confirmation)
    {
        if (password != confirmation) throw new DomainException("Новый пароль и подтверждение не совпадают.", "Confirmation");
        if (!await users.CheckPasswordAsync(user, current)) throw new DomainException("Текущий пароль указан неверно.", "Current");
        await EnsureValidAsync(user, password);
        var result = await users.ChangePasswordAsync(user, current, password);
        if (!result.Succeeded) throw new DomainException(string.Join(" ", result.Errors.Select(PasswordRules.Russian)), "Password");
    }
}

/// <summary>Identity's password errors in Russian.</summary>
public static class PasswordRules
{
    public const string Summary = "Не короче 8 символов, есть строчная и заглавная буква и цифра.";

    public static string Russian(IdentityError error) => error.Code switch
    {
        "PasswordTooShort" => "Пароль должен быть не короче 8 символов.",
        "PasswordRequiresDigit" => "В пароле должна быть хотя бы одна цифра.",
        "PasswordRequiresLower" => "В пароле должна быть хотя бы одна строчная буква.",
        "PasswordRequiresUpper" => "В пароле должна быть хотя бы одна заглавная буква.",
        "PasswordRequiresNonAlphanumeric" => "В пароле должен быть хотя бы один знак, не буква и не цифра.",
        "PasswordRequiresUniqueChars" => "В пароле слишком мало разных символов.",
        "PasswordMismatch" => "Текущий пароль указан неверно.",
        _ => error.Description,
    };
}
