using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>The SQL statements the app runs through its DbContext, for tests of what a request reads.</summary>
public sealed class SqlLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _statements = new();

    public IReadOnlyList<string> Statements => [.. _statements];

    public void Clear() => _statements.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _statements.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        _statements.Enqueue(command.CommandText);
        return base.ReaderExecuting(command, eventData, result);
    }
}

/// <summary>The app with every statement of its DbContext recorded in <see cref="Sql"/>.</summary>
public abstract class SqlLoggingAppFactory(DatabaseProvider provider) : AppFactory(provider)
{
    public SqlLog Sql { get; } = new();

    protected override void ConfigureMore(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(s => s.ConfigureDbContext<AppDbContext>((_, o) => o.AddInterceptors(Sql)));
}

public sealed class SqlLoggingPostgresApp() : SqlLoggingAppFactory(DatabaseProvider.Postgres);
public sealed class SqlLoggingSqliteApp() : SqlLoggingAppFactory(DatabaseProvider.Sqlite);
