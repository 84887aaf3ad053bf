using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Web.Infrastructure.Auth;

public enum UserRole
{
    [Display(Name = "Региональный оператор")] RegionalOperator = 0,
    [Display(Name = "Муниципальный координатор")] MunicipalCoordinator = 1,
    [Display(Name = "Руководитель организации")] OrganizationHead = 2,
    [Display(Name = "Куратор")] Curator = 3,
    [Display(Name = "Наставник")] Mentor = 4,
    [Display(Name = "Наставляемый")] Mentee = 5,
    [Display(Name = "Эксперт")] Expert = 6,
    [Display(Name = "Представитель партнёра")] PartnerRepresentative = 7,
    [Display(Name = "Педагог-навигатор")] Navigator = 8,
    [Display(Name = "Сотрудник регионального наставнического центра")] RegionalCenterStaff = 9,
}

public enum ScopeLevel { Region, Municipality, Organization, Own }
