using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Audit;

namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>The real app on a real, freshly created database with the demo region seeded.</summary>
public abstract class AppFactory(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public DatabaseProvider Provider { get; } = provider;
    public string ConnectionString { get; } = TestDatabases.Create(provider);
    /// <summary>The app's TimeProvider: runs with the system's unless a test stops it.</summary>
    public TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Nastavnik", ConnectionString);
        // The demo region for the tests; an EmptyAppFactory keeps the app's own default (no seed), as in production.
        if (SeedsDemo) builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Jobs:PollMilliseconds", "100");
        builder.UseSetting("Security:LoginPerMinute", "10000");
        builder.UseSetting("App:PublicUrl", "http://nastavnik.test");
        // E-mail stays in the outbox unless a test class brings an SMTP server (MailApp).
        builder.UseSetting("Email:SenderEnabled", "false");
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
        ConfigureMore(builder);
    }

    protected virtual void ConfigureMore(IWebHostBuilder builder) { }

    protected virtual bool SeedsDemo => true;

    /// <summary>A DbContext on the app's database for arranging and asserting.</summary>
    public AppDbContext NewDbContext(string actor = "тест")
    {
        var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Actor.UserName = actor;
        return db;
    }

    public virtual Task InitializeAsync()
    {
        _ = Server; // starts the host: migrations and the demo seed run now
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        TestDatabases.Drop(Provider, ConnectionString);
        await DisposeMoreAsync();
    }

    protected virtual Task DisposeMoreAsync() => Task.CompletedTask;
}

public sealed class PostgresApp() : AppFactory(DatabaseProvider.Postgres);

/// <summary>The app with its e-mail sender on, delivering to a real SMTP server of its own (<see cref="SmtpSink"/>).</summary>
public abstract class MailAppFactory(DatabaseProvider provider) : AppFactory(provider)
{
    public SmtpSink Smtp { get; private set; } = null!;

    protected override void ConfigureMore(IWebHostBuilder builder)
    {
        builder.UseSetting("Email:SenderEnabled", "true");
        builder.UseSetting("Email:PollMilliseconds", "100");
        builder.UseSetting("Email:RetryBaseSeconds", "0.2"); // an outage test sees several retries in seconds, not minutes
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", Smtp.Port.ToString());
    }

    public override async Task InitializeAsync()
    {
        Smtp = await SmtpSink.StartAsync();
        await base.InitializeAsync();
    }

    protected override async Task DisposeMoreAsync() => await Smtp.DisposeAsync();
}

/// <summary>A production start: an empty database and the default settings (no demo seed).</summary>
public abstract class EmptyAppFactory(DatabaseProvider provider) : AppFactory(provider)
{
    protected override bool SeedsDemo => false;
}

public sealed class EmptyPostgresApp() : EmptyAppFactory(DatabaseProvider.Postgres);
public sealed class EmptySqliteApp() : EmptyAppFactory(DatabaseProvider.Sqlite);

public sealed class PostgresMailApp() : MailAppFactory(DatabaseProvider.Postgres);
public sealed class SqliteMailApp() : MailAppFactory(DatabaseProvider.Sqlite);
public sealed class SqliteApp() : AppFactory(DatabaseProvider.Sqlite);
