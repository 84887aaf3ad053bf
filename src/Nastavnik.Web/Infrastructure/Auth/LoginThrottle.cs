using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Identity;

namespace Nastavnik.Web.Infrastructure.Auth;

/// <summary>Slows down password guessing per client address and login (docs/decisions/0009): the first
/// <see cref="FreeAttempts"/> failures are free, then each next attempt waits 2, 4, 8… seconds, at most
/// <see cref="MaxDelay"/>. The account itself is never locked, so a stranger elsewhere cannot shut its owner out.
/// Kept in this instance's memory, at most <see cref="MaxEntries"/> pairs.</summary>
public sealed class LoginThrottle(TimeProvider clock, ILookupNormalizer normalizer)
{
    public const int FreeAttempts = 5;
    public const int MaxEntries = 100_000;
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(15);
    /// <summary>A pair with no attempt for this long starts afresh.</summary>
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(1);

    private readonly record struct Entry(int Failures, DateTimeOffset NextAllowed, DateTimeOffset LastAttempt);

    private readonly ConcurrentDictionary<string, Entry> entries = new();

    /// <summary>The wait after <paramref name="failures"/> failures in a row.</summary>
    public static TimeSpan Delay(int failures)
    {
        if (failures < FreeAttempts) return TimeSpan.Zero;
        var delay = TimeSpan.FromSeconds(1L << Math.Min(failures - FreeAttempts + 1, 20));
        return delay < MaxDelay ? delay : MaxDelay;
    }

    /// <summary>Starts an attempt: null when it may go on (it counts as a failure until <see cref="Succeeded"/>),
    /// otherwise how long the client has to wait. Checking and counting are one step, so parallel requests
    /// cannot slip past the limit together.</summary>
    public TimeSpan? TryBegin(IPAddress? client, string login)
    {
        var key = Key(client, login);
        var now = clock.GetUtcNow();
        while (true)
        {
            if (entries.TryGetValue(key, out var current))
            {
                var failures = now - current.LastAttempt > ForgetAfter ? 0 : current.Failures;
                if (failures > 0 && current.NextAllowed > now) return current.NextAllowed - now;
                if (entries.TryUpdate(key, Next(failures, now), current)) return null;
            }
            else if (entries.TryAdd(key, Next(0, now)))
            {
                if (entries.Count > MaxEntries) Trim(now);
                return null;
            }
        }
    }

    /// <summary>The password was right: the pair starts afresh.</summary>
    public void Succeeded(IPAddress? client, string login) => entries.TryRemove(Key(client, login), out _);

    private static Entry Next(int failures, DateTimeOffset now) => new(failures + 1, now + Delay(failures + 1), now);

    private string Key(IPAddress? client, string login)
    {
        var address = client is { IsIPv4MappedToIPv6: true } ? client.MapToIPv4() : client;
        return (address?.ToString() ?? "unknown") + "\n" + normalizer.NormalizeName(login.Trim());
    }

    /// <summary>Drops forgotten pairs; when a flood of addresses still overfills the store, the least recent half.</summary>
    private void Trim(DateTimeOffset now)
    {
        foreach (var (key, entry) in entries)
            if (now - entry.LastAttempt > ForgetAfter) entries.TryRemove(key, out _);
        if (entries.Count <= MaxEntries) return;
        foreach (var (key, _) in entries.OrderBy(e => e.Value.LastAttempt).Take(entries.Count - MaxEntries / 2).ToList())
            entries.TryRemove(key, out _);
    }
}
