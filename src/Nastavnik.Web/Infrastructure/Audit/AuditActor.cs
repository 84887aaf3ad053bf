namespace Nastavnik.Web.Infrastructure.Audit;

/// <summary>Who is making the changes in this scope: the signed-in user, a job's owner, or the system.</summary>
public sealed class AuditActor
{
    public string? UserId { get; set; }
    public string UserName { get; set; } = "система";
}
