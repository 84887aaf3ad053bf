using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>The demo app at an instant a test chooses: its TimeProvider is a <see cref="FakeTimeProvider"/> that stands
/// still until the test sets it (the machine's own zone is UTC to it, as on a server).</summary>
public abstract class FakeClockAppFactory(DatabaseProvider provider) : AppFactory(provider)
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 31, 3, 0, 0, TimeSpan.Zero));

    protected override void ConfigureMore(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Time));
}

public sealed class PostgresFakeClockApp() : FakeClockAppFactory(DatabaseProvider.Postgres);
public sealed class SqliteFakeClockApp() : FakeClockAppFactory(DatabaseProvider.Sqlite);
