namespace Nastavnik.Web.Infrastructure.Auth;

public static class AuthSchemes
{
    public const string CookieOrToken = "CookieOrToken";
    public const string Token = "AccessToken";
}

public static class Policies
{
    public const string EditRegistries = "EditRegistries";
    public const string ViewAudit = "ViewAudit";
    public const string ViewTerritory = "ViewTerritory";
    public const string EditTerritory = "EditTerritory";
}
