using System.Net;
using Microsoft.AspNetCore.Identity;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Access;

/// <summary>The back-off on its own clock: five free failures, then 2, 4, 8… seconds up to 15 minutes, per address
/// and login; a success starts afresh.</summary>
public class LoginThrottleTests
{
    private readonly TestClock clock = new();
    private readonly LoginThrottle throttle;
    private static readonly IPAddress Attacker = IPAddress.Parse("203.0.113.1");
    private static readonly IPAddress Owner = IPAddress.Parse("198.51.100.2");

    public LoginThrottleTests()
    {
        clock.Stop();
        throttle = new LoginThrottle(clock, new UpperInvariantLookupNormalizer());
    }

    [Fact]
    public void AfterFiveFailuresEachNextAttemptWaitsTwiceAsLongUpToFifteenMinutes()
    {
        for (var i = 0; i < LoginThrottle.FreeAttempts; i++) throttle.TryBegin(Attacker, "curator2").ShouldBeNull();
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 12; i++)
        {
            var wait = throttle.TryBegin(Attacker, " Curator2 ").ShouldNotBeNull("the login is compared trimmed, in any case");
            waits.Add(wait);
            clock.Advance(wait - TimeSpan.FromMilliseconds(1));
            throttle.TryBegin(Attacker, "curator2").ShouldNotBeNull("still waiting a moment before the end");
            clock.Advance(TimeSpan.FromMilliseconds(1));
            throttle.TryBegin(Attacker, "curator2").ShouldBeNull("the wait is over: one more attempt");
        }
        waits.Select(w => w.TotalSeconds).ShouldBe([2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]);
    }

    [Fact]
    public void OtherAddressesAndLoginsAreNotHeldUpAndASuccessStartsAfresh()
    {
        for (var i = 0; i < LoginThrottle.FreeAttempts; i++) throttle.TryBegin(Attacker, "curator2");
        throttle.TryBegin(Attacker, "curator2").ShouldNotBeNull();
        throttle.TryBegin(Owner, "curator2").ShouldBeNull();
        throttle.TryBegin(Attacker, "curator76").ShouldBeNull();

        throttle.Succeeded(Attacker, "curator2");
        for (var i = 0; i < LoginThrottle.FreeAttempts; i++) throttle.TryBegin(Attacker, "curator2").ShouldBeNull();
    }

    [Fact]
    public void AnAddressQuietForAnHourStartsAfresh()
    {
        for (var i = 0; i < 20; i++) throttle.TryBegin(Attacker, "curator2");
        clock.Advance(LoginThrottle.ForgetAfter + TimeSpan.FromSeconds(1));
        for (var i = 0; i < LoginThrottle.FreeAttempts; i++) throttle.TryBegin(Attacker, "curator2").ShouldBeNull();
    }
}
