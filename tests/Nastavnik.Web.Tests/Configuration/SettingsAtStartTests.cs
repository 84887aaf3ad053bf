using Microsoft.AspNetCore.Hosting;
using Nastavnik.Web.Data;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Configuration;

/// <summary>Settings are bound to options classes and checked when the app starts: a wrong value stops the start with
/// a Russian message naming its key (settings do not depend on the database, so SQLite alone is enough here).</summary>
public class SettingsAtStartTests
{
    [Theory]
    [InlineData("Jobs:LeaseSeconds", "0", "Jobs:LeaseSeconds: от 5 до 3600 секунд")]
    [InlineData("Jobs:PollMilliseconds", "1", "Jobs:PollMilliseconds: от 50 до 60000 мс")]
    [InlineData("Security:LoginPerMinute", "0", "Security:LoginPerMinute")]
    [InlineData("Database:Provider", "Oracle", "Database:Provider: допустимо Sqlite или Postgres")]
    [InlineData("App:PublicUrl", "nastavnik", "App:PublicUrl: нужен полный адрес")]
    [InlineData("Email:Smtp:Port", "70000", "Email:Smtp:Port: от 1 до 65535")]
    public void AWrongSettingStopsTheStartNamingItsKey(string key, string value, string message)
    {
        using var app = new AppWith(key, value);
        var error = Should.Throw<Exception>(() => _ = app.Server);
        Flatten(error).ShouldContain(message);
    }

    [Fact]
    public void TheDefaultsStartTheApp()
    {
        using var app = new AppWith("Jobs:LeaseSeconds", "60");
        _ = app.Server;
    }

    private static string Flatten(Exception e) => e is AggregateException a
        ? string.Join(" | ", a.InnerExceptions.Select(Flatten))
        : e.Message + (e.InnerException is { } inner ? " | " + Flatten(inner) : "");

    private sealed class AppWith(string key, string value) : EmptyAppFactory(DatabaseProvider.Sqlite)
    {
        protected override void ConfigureMore(IWebHostBuilder builder) => builder.UseSetting(key, value);
    }
}
