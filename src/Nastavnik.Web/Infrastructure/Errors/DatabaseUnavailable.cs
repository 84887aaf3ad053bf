using Npgsql;

namespace Nastavnik.Web.Infrastructure.Errors;

/// <summary>Whether a request failed because PostgreSQL could not be reached or cut the connection (restart,
/// failover, network): a 503 «try again», not a 500. The connection pool recovers by itself once the server is back.</summary>
public static class DatabaseUnavailable
{
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is NpgsqlException { IsTransient: true } or PostgresException { SqlState: "57P01" or "57P02" or "57P03" })
                return true;
        return false;
    }
}
