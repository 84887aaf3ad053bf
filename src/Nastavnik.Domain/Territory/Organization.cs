using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Territory;

public enum OrganizationType
{
    [Display(Name = "Общеобразовательная организация (ОО/МОУ)")] School = 0,
    [Display(Name = "Дошкольная образовательная организация (ДОУ)")] Preschool = 1,
    [Display(Name = "Организация дополнительного образования (ДО)")] AdditionalEducation = 2,
    [Display(Name = "Профессиональная образовательная организация (ПОО/СПО)")] College = 3,
    [Display(Name = "Вуз (партнёр)")] University = 10,
    [Display(Name = "Предприятие (партнёр)")] Enterprise = 11,
    [Display(Name = "Учреждение культуры и спорта (партнёр)")] CultureSport = 12,
    [Display(Name = "НКО (партнёр)")] Ngo = 13,
    [Display(Name = "Орган управления / методический центр")] Authority = 20,
}

/// <summary>Образовательная организация или организация-партнёр. Never deleted: a closed organization keeps its date
/// (<see cref="ClosedOn"/>, and <see cref="IsArchived"/> with it), a merged one also names where its records went.</summary>
public class Organization
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public OrganizationType Type { get; set; }
    public string? Inn { get; set; }
    public string? Ogrn { get; set; }
    public string? Address { get; set; }
    public string? Site { get; set; }
    /// <summary>Руководитель: ФИО.</summary>
    public string? HeadName { get; set; }
    /// <summary>Kept equal to <c>ClosedOn != null</c> by <see cref="Close"/> and <see cref="Reopen"/>; stored because
    /// every list of live organizations filters on it.</summary>
    public bool IsArchived { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public int? MergedIntoId { get; set; }
    public Organization? MergedInto { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public bool IsPartner => Type is OrganizationType.University or OrganizationType.Enterprise
        or OrganizationType.CultureSport or OrganizationType.Ngo;

    /// <summary>The types of educational organizations: those that run mentoring programs, owe roadmaps and answer monitoring.</summary>
    public static readonly OrganizationType[] EducationalTypes =
        [OrganizationType.School, OrganizationType.Preschool, OrganizationType.AdditionalEducation, OrganizationType.College];

    public string DisplayName => string.IsNullOrWhiteSpace(ShortName) ? Name : ShortName;

    /// <summary>The head's position as an order prints it under «Руководитель»: a kindergarten has a «заведующий»
    /// (заведующая, by the head's name), a school or college a «директор».</summary>
    public string HeadPosition => Type switch
    {
        OrganizationType.Preschool => NameCases.SexOf(HeadName) == People.Sex.Female ? "Заведующая" : "Заведующий",
        OrganizationType.School or OrganizationType.AdditionalEducation or OrganizationType.College => "Директор",
        _ => "Руководитель",
    };

    public void Close(DateOnly on)
    {
        ClosedOn = on;
        IsArchived = true;
    }

    public void Reopen()
    {
        if (MergedIntoId is not null) throw new DomainException("Организация присоединена к другой: её нельзя открыть снова.", nameof(ClosedOn));
        ClosedOn = null;
        IsArchived = false;
    }

    /// <summary>Closes this organization as merged into <paramref name="target"/> (its records are moved by the caller).</summary>
    public void MergeInto(Organization target, DateOnly on)
    {
        if (target.Id == Id) throw new DomainException("Организацию нельзя присоединить к самой себе.", "TargetId");
        if (target.ClosedOn is not null) throw new DomainException($"Организация «{target.DisplayName}» закрыта: присоединять можно только к действующей.", "TargetId");
        if (ClosedOn is not null) throw new DomainException($"Организация «{DisplayName}» уже закрыта.", "TargetId");
        MergedIntoId = target.Id;
        Close(on);
    }
}
