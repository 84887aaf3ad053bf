using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Web.Infrastructure.Email;

/// <summary>Settings under "Email": the SMTP server and the sender's address.</summary>
public sealed class EmailOptions : IValidatableObject
{
    public SmtpOptions Smtp { get; set; } = new();
    [Required(ErrorMessage = "Email:From: укажите адрес отправителя.")]
    public string From { get; set; } = "Наставник <noreply@localhost>";
    /// <summary>Whether this instance runs the sender (every instance may; the lease keeps a message to one).</summary>
    public bool SenderEnabled { get; set; } = true;
    [Range(50, 60_000, ErrorMessage = "Email:PollMilliseconds: от {1} до {2} мс.")]
    public int PollMilliseconds { get; set; } = 1000;
    [Range(1, 100_000, ErrorMessage = "Email:BatchSize: от {1} до {2} писем.")]
    public int BatchSize { get; set; } = 1000;
    /// <summary>The first back-off after a failed attempt, doubled per attempt (see <see cref="EmailOutbox.RetryDelay"/>);
    /// 5 s in production, shorter in tests that play an outage.</summary>
    [Range(0.01, 3600, ErrorMessage = "Email:RetryBaseSeconds: от {1} до {2} секунд.")]
    public double RetryBaseSeconds { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Smtp.Port is < 1 or > 65_535) yield return new ValidationResult("Email:Smtp:Port: от 1 до 65535.", [nameof(Smtp)]);
        if (string.IsNullOrWhiteSpace(Smtp.Host)) yield return new ValidationResult("Email:Smtp:Host: укажите сервер почты.", [nameof(Smtp)]);
    }
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
