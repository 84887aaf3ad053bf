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
}

public enum ScopeLevel { Region, Municipality, Organization, Own }
