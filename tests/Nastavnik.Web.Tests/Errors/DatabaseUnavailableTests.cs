using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Infrastructure.Errors;
using Npgsql;
using Shouldly;

namespace Nastavnik.Web.Tests.Errors;

/// <summary>Which failures mean «the database is away, try again» (503) rather than a defect (500).
/// scripts/faults.sh restarts a real PostgreSQL under load and counts the 503 answers.</summary>
public class DatabaseUnavailableTests
{
    [Fact]
    public void ALostOrRefusedConnectionIsUnavailableEvenWrappedByEntityFramework()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));
        DatabaseUnavailable.Is(refused).ShouldBeTrue();
        DatabaseUnavailable.Is(new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", refused)).ShouldBeTrue();
        DatabaseUnavailable.Is(new DbUpdateException("save failed", new NpgsqlException("Exception while reading from stream", new EndOfStreamException()))).ShouldBeTrue();
    }

    [Fact]
    public void DefectsAndDataErrorsAreNot()
    {
        DatabaseUnavailable.Is(new NpgsqlException("syntax error")).ShouldBeFalse();
        DatabaseUnavailable.Is(new DomainException("Поле обязательно")).ShouldBeFalse();
        DatabaseUnavailable.Is(new NullReferenceException()).ShouldBeFalse();
    }
}
