using Microsoft.EntityFrameworkCore;

namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>Facts about the seeded demo region, read from the database rather than assumed.</summary>
public static class DemoData
{
    /// <summary>A new, empty school of ZATO Seversk (the demo municipality) for a test's own records.</summary>
    public static async Task<int> NewSchoolAsync(this AppFactory app, string name)
    {
        await using var db = app.NewDbContext();
        var municipality = await db.Municipalities.SingleAsync(m => m.Name == "ЗАТО Северск");
        var org = new Domain.Territory.Organization { Name = name, MunicipalityId = municipality.Id };
        db.Organizations.Add(org);
        await db.SaveChangesAsync();
        return org.Id;
    }

    public static async Task<int> OrganizationIdAsync(this AppFactory app, string nameFragment)
    {
        await using var db = app.NewDbContext();
        return await db.Organizations.Where(o => o.Name.Contains(nameFragment)).Select(o => o.Id).SingleAsync();
    }

    public static async Task<int> AnyMenteeOfAsync(this AppFactory app, string organizationFragment)
    {
        await using var db = app.NewDbContext();
        return await db.Mentees.Where(m => m.Person!.Organization!.Name.Contains(organizationFragment)).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
    }

    public static async Task<int> AnyMentorOfAsync(this AppFactory app, string organizationFragment)
    {
        await using var db = app.NewDbContext();
        return await db.Mentors.Where(m => m.Person!.Organization!.Name.Contains(organizationFragment)).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
    }

    public const string School76 = "СОШ № 76";
    public const string School2Tomsk = "МАОУ СОШ № 2 г. Томска";
}
