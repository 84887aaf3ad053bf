using System.Security.Claims;

namespace Nastavnik.Web.Infrastructure.Audit;

/// <summary>Tells the audit log who the signed-in user of this request is.</summary>
public class AuditActorMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, AuditActor actor)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            actor.UserId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
            actor.UserName = context.User.FindFirstValue("nst:fullname") ?? context.User.Identity.Name ?? "пользователь";
        }
        return next(context);
    }
}
