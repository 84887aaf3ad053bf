using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Nastavnik.Web.Infrastructure.Logging;

namespace Nastavnik.Web.Infrastructure.Auth;

/// <summary>The login form's check. An unknown login and a wrong password answer alike and in about the same time
/// (an unknown login is checked against a hash made once with the same hasher); failures are throttled per address
/// and login by <see cref="LoginThrottle"/>, never by locking the account.</summary>
public sealed class PasswordSignIn(
    SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher, LoginThrottle throttle, PasswordSignIn.UnknownLoginHash unknown,
    ILogger<PasswordSignIn> log)
{
    /// <summary>Why the sign-in was refused; <see cref="RetryAfter"/> is set when the client has to wait.</summary>
    public sealed record Refusal(string Message, TimeSpan? RetryAfter = null);

    public static readonly Refusal WrongLoginOrPassword = new("Неверный логин или пароль.");

    public static Refusal TooManyAttempts(TimeSpan wait)
    {
        var seconds = TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds)));
        return new($"Слишком много неудачных попыток. Повторите через {seconds.TotalSeconds:0} с.", seconds);
    }

    /// <returns>Null when signed in (the cookie is issued), otherwise why not.</returns>
    public async Task<Refusal?> SignInAsync(IPAddress? client, string login, string password)
    {
        login = login.Trim();
        if (throttle.TryBegin(client, login) is { } wait)
        {
            log.SignInRefused("too many attempts");
            return TooManyAttempts(wait);
        }
        var user = await signIn.UserManager.FindByNameAsync(login);
        if (user is null)
        {
            hasher.VerifyHashedPassword(UnknownLoginHash.Nobody, unknown.Get(hasher), password);
            log.SignInRefused("unknown login");
            return WrongLoginOrPassword;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (!result.Succeeded)
        {
            log.SignInRefused("wrong password");
            return WrongLoginOrPassword;
        }
        throttle.Succeeded(client, login);
        log.SignedIn(user.Id);
        return null;
    }

    /// <summary>A hash of a random password, made once per application with the configured hasher.</summary>
    public sealed class UnknownLoginHash
    {
        internal static readonly AppUser Nobody = new() { FullName = "", UserName = "" };
        private string? hash;

        public string Get(IPasswordHasher<AppUser> hasher) =>
            hash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }
}
