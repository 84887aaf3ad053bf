namespace Nastavnik.Web.Infrastructure.Email;

/// <summary>Settings under "Email": the SMTP server and the sender's address.</summary>
public sealed class EmailOptions
{
    public SmtpOptions Smtp { get; set; } = new();
    public string From { get; set; } = "Наставник <noreply@localhost>";
    /// <summary>Whether this instance runs the sender (every instance may; the lease keeps a message to one).</summary>
    public bool SenderEnabled { get; set; } = true;
    public int PollMilliseconds { get; set; } = 1000;
    public int BatchSize { get; set; } = 1000;
    /// <summary>The first back-off after a failed attempt, doubled per attempt (see <see cref="EmailOutbox.RetryDelay"/>);
    /// 5 s in production, shorter in tests that play an outage.</summary>
    public double RetryBaseSeconds { get; set; } = 5;
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>true: TLS (STARTTLS or implicit on 465) is required; false: plain SMTP (a local relay).</summary>
    public bool UseTls { get; set; }
}
