using Nastavnik.Web.Features.People;

namespace Nastavnik.Web.Features.Shared;

/// <summary>The person block of the mentor and mentee forms. Prefix is the form name of the bound PersonInput.</summary>
public sealed record PersonFieldsModel(PersonInput Person, IReadOnlyList<Option> Organizations, PersonFieldNames Prefix);

public sealed record PersonFieldNames(string Root)
{
    public string LastName => Root + ".LastName";
    public string FirstName => Root + ".FirstName";
    public string MiddleName => Root + ".MiddleName";
    public string BirthDate => Root + ".BirthDate";
    public string Sex => Root + ".Sex";
    public string Email => Root + ".Email";
    public string Phone => Root + ".Phone";
    public string OrganizationId => Root + ".OrganizationId";
    public string Role => Root + ".Role";
    public string Position => Root + ".Position";
    public string Subjects => Root + ".Subjects";
    public string TotalExperienceYears => Root + ".TotalExperienceYears";
    public string TeachingExperienceYears => Root + ".TeachingExperienceYears";
    public string QualificationCategory => Root + ".QualificationCategory";
    public string Grade => Root + ".Grade";
    public string Course => Root + ".Course";
    public string Specialty => Root + ".Specialty";
    public string ConcurrencyStamp => Root + ".ConcurrencyStamp";
    public override string ToString() => Root.Replace('.', '_');
}
