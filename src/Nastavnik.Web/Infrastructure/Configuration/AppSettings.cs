using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Nastavnik.Web.Infrastructure.Configuration;

/// <summary>Binds a configuration section to its options class and checks it when the app starts: a wrong value stops
/// the start with a Russian message naming the key, instead of failing later on the first request that reads it.</summary>
public static class AppSettings
{
    public static OptionsBuilder<T> AddCheckedOptions<T>(this IServiceCollection services, IConfiguration config, string section)
        where T : class =>
        services.AddOptions<T>().Bind(config.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();

    public static IServiceCollection AddAppSettings(this IServiceCollection services, IConfiguration config)
    {
        services.AddCheckedOptions<DatabaseOptions>(config, DatabaseOptions.Section);
        services.AddCheckedOptions<JobsOptions>(config, JobsOptions.Section);
        services.AddCheckedOptions<SecurityOptions>(config, SecurityOptions.Section);
        services.AddCheckedOptions<DemoOptions>(config, DemoOptions.Section);
        services.AddCheckedOptions<SiteOptions>(config, SiteOptions.Section);
        return services;
    }
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (the embedded default) or Postgres; anything else stops the start.</summary>
    [RegularExpression("(?i)^(sqlite|postgres)$", ErrorMessage = "Database:Provider: допустимо Sqlite или Postgres.")]
    public string Provider { get; set; } = nameof(Data.DatabaseProvider.Sqlite);
}

public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Whether this instance runs background jobs (every instance may; a lease keeps a job to one).</summary>
    public bool Enabled { get; set; } = true;

    [Range(5, 3600, ErrorMessage = "Jobs:LeaseSeconds: от {1} до {2} секунд.")]
    public int LeaseSeconds { get; set; } = 60;

    [Range(50, 60_000, ErrorMessage = "Jobs:PollMilliseconds: от {1} до {2} мс.")]
    public int PollMilliseconds { get; set; } = 500;
}

public sealed class SecurityOptions
{
    public const string Section = "Security";

    [Range(1, 100_000, ErrorMessage = "Security:LoginPerMinute: от {1} до {2} попыток входа в минуту.")]
    public int LoginPerMinute { get; set; } = 20;
}

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seeds the demo region into an empty database; off unless asked (README's first command asks).</summary>
    public bool Seed { get; set; }
}

public sealed class SiteOptions
{
    public const string Section = "App";

    /// <summary>The address people open the system at: links in e-mails and QR codes point there.</summary>
    [Url(ErrorMessage = "App:PublicUrl: нужен полный адрес, например https://nastavnik.region.ru.")]
    public string? PublicUrl { get; set; }
}
