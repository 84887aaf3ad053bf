using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Npgsql;

namespace Nastavnik.E2E;

/// <summary>The real app on Kestrel (a real port) over a throwaway PostgreSQL database, and Debian's chromium driven by Playwright.</summary>
/// <summary>Browser tests run one class at a time: each starts its own app and chromium.</summary>
[CollectionDefinition("Browser")]
public sealed class BrowserCollection;

public class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _database = "nst_e2e_" + Guid.NewGuid().ToString("N")[..12];
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    private static string PgServer => Environment.GetEnvironmentVariable("NASTAVNIK_TEST_PG")
        ?? throw new InvalidOperationException("NASTAVNIK_TEST_PG is not set: run the tests with scripts/test.sh.");

    /// <summary>The demo region seeded at start; a variant starting from an empty database turns it off.</summary>
    protected virtual bool SeedDemo => true;

    /// <summary>A free port chosen before the start: the app's public address (App:PublicUrl), which the links it shows
    /// and mails are built from, must be its real one for the browser to open them.</summary>
    private readonly int _port = FreePort();
    public string PublicUrl => $"http://127.0.0.1:{_port}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Nastavnik", new NpgsqlConnectionStringBuilder(PgServer) { Database = _database }.ConnectionString);
        builder.UseSetting("Demo:Seed", SeedDemo ? "true" : "false");
        builder.UseSetting("Jobs:PollMilliseconds", "100");
        builder.UseSetting("Security:LoginPerMinute", "10000");
        builder.UseSetting("App:PublicUrl", PublicUrl);
        ConfigureMore(builder);
    }

    protected virtual void ConfigureMore(IWebHostBuilder builder) { }

    /// <summary>Runs before the database and the app are started (e.g. a variant's own servers).</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    protected virtual Task DisposeMoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        await BeforeStartAsync();
        await using (var conn = new NpgsqlConnection(PgServer))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        UseKestrel(_port);
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("NASTAVNIK_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // The machine has no network but loopback; these keep chromium from trying to reach Google at start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser (its own cookies) on the app, optionally of a phone's width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 720)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        { BaseURL = BaseUrl, Locale = "ru-RU", ViewportSize = new() { Width = width, Height = height } });
        // CI runs the HTTP tests beside these on two cores: generous waits, not flaky ones.
        context.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>A minor's parent opens the consent link on her phone and gives the consent.</summary>
    public async Task ParentGivesConsentAsync(string link, string parentName, string relation = "мать")
    {
        var phone = await NewPageAsync(390, 844);
        await phone.GotoAsync(link);
        await phone.GetByLabel("Ваши фамилия, имя, отчество").FillAsync(parentName);
        await phone.GetByLabel("Кем вы приходитесь").FillAsync(relation);
        await phone.GetByLabel("Даю согласие").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Дать согласие" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#consent-done")).ToBeVisibleAsync();
    }

    public async Task<IPage> LoginAsync(string login, string password = "Nastavnik-2026")
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Логин").FillAsync(login);
        await page.GetByLabel("Пароль").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login"));
        return page;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        await DisposeMoreAsync();
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(PgServer);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
