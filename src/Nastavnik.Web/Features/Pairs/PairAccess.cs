using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Programs;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Pairs;

/// <summary>Who the user is to a pair: staff of the program's organization (in scope), its mentor, or its mentee.</summary>
public enum PairRole { Staff, Mentor, Mentee }

public sealed record PairContext(MentoringPair Pair, MentorshipProgram Program, PairRole Role)
{
    /// <summary>Meetings and the development plan are kept by the curator or the pair's mentor.</summary>
    public void EnsureCanKeepWork()
    {
        if (Role == PairRole.Mentee) throw new DomainException("Встречи и план развития ведёт наставник или куратор программы.");
    }

    public void EnsureStaff()
    {
        if (Role != PairRole.Staff) throw new DomainException("Это действие доступно куратору программы.");
    }
}

/// <summary>Finds a pair for a user; null when the pair is outside his scope and he is not in it (the caller answers 404).</summary>
public class PairAccess(AppDbContext db)
{
    public async Task<PairContext?> FindAsync(UserScope scope, int pairId, CancellationToken ct = default)
    {
        var pair = await db.Pairs.SingleOrDefaultAsync(p => p.Id == pairId, ct);
        if (pair is null) return null;
        var program = await db.Programs.SingleAsync(p => p.Id == pair.ProgramId, ct);
        if (scope.CanEditRegistries)
            return await db.Organizations.InScope(scope).AnyAsync(o => o.Id == program.OrganizationId, ct) ? new PairContext(pair, program, PairRole.Staff) : null;
        if (scope.PersonId is not { } person) return null;
        if (await db.Mentors.AnyAsync(m => m.Id == pair.MentorId && m.PersonId == person, ct)) return new PairContext(pair, program, PairRole.Mentor);
        if (await db.Mentees.AnyAsync(m => m.Id == pair.MenteeId && m.PersonId == person, ct)) return new PairContext(pair, program, PairRole.Mentee);
        return null;
    }
}
