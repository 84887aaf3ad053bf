namespace Nastavnik.Domain.Common;

/// <summary>Marks entities whose changes go to the audit log.</summary>
public interface IPersonalData
{
    int Id { get; }
}
