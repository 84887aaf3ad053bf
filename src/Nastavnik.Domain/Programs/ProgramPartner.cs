using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Programs;

/// <summary>A partner of a program (university, employer, another school) with the agreement that binds it.</summary>
public class ProgramPartner
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    /// <summary>The partner when it is in the catalogue of organizations.</summary>
    public int? OrganizationId { get; set; }
    public required string Name { get; set; }
    public string? AgreementNumber { get; set; }
    public DateOnly? AgreementDate { get; set; }
    /// <summary>What the partner does in the program (mentors from the enterprise, practice base, …).</summary>
    public string? Role { get; set; }

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name)) throw new DomainException("Укажите партнёра.", nameof(Name));
        if (string.IsNullOrWhiteSpace(AgreementNumber) != (AgreementDate is null))
            throw new DomainException("Для соглашения укажите и номер, и дату.", nameof(AgreementNumber));
    }
}
