namespace Nastavnik.Domain.Common;

/// <summary>A broken business rule. The message is Russian and is shown to the user as is.</summary>
public class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
