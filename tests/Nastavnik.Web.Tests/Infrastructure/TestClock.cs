namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>The app's clock in tests: the system's, unless a test stops it to step time itself.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset? stopped;

    public override DateTimeOffset GetUtcNow() => stopped ?? System.GetUtcNow();

    /// <summary>Stops the clock at the present moment until the returned handle is disposed.</summary>
    public IDisposable Stop()
    {
        stopped = System.GetUtcNow();
        return new Restart(this);
    }

    public void Advance(TimeSpan by) => stopped = (stopped ?? throw new InvalidOperationException("Stop the clock first")) + by;

    private sealed class Restart(TestClock clock) : IDisposable
    {
        public void Dispose() => clock.stopped = null;
    }
}
