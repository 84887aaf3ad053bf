using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Programs;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Programs;

public sealed record PartnerInput(int? OrganizationId, string? Name, string? AgreementNumber, DateOnly? AgreementDate, string? Role);
public sealed record StepInput(string Title, ProgramStage Stage, DateOnly DueOn, string? Responsible);
public sealed record AwardInput(int PersonId, string Title, DateOnly AwardedOn);
public sealed record UploadedFile(string FileName, string? ContentType, byte[] Content);
public sealed record Participant(int PersonId, string Name, string Role);
public sealed record AwardRow(int Id, string Person, string Title, DateOnly AwardedOn);
public sealed record FileRow(int Id, string FileName, long Length);

/// <summary>The program beyond its pairs: partners with agreements, own steps, evidence files, participants and their awards.</summary>
public class ProgramLifecycle(AppDbContext db, ProgramService programs, TerritoryClock clock)
{
    public async Task<ProgramPartner?> AddPartnerAsync(UserScope scope, int programId, PartnerInput input, CancellationToken ct = default)
    {
        if (await programs.FindAsync(scope, programId, ct) is not { } program) return null;
        var name = input.Name;
        if (input.OrganizationId is { } orgId)
            name = await db.Organizations.Where(o => o.Id == orgId).Select(o => o.Name).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("Организация-партнёр не найдена.", "OrganizationId");
        var partner = new ProgramPartner
        {
            ProgramId = program.Id, OrganizationId = input.OrganizationId, Name = name?.Trim() ?? "",
            AgreementNumber = string.IsNullOrWhiteSpace(input.AgreementNumber) ? null : input.AgreementNumber.Trim(), AgreementDate = input.AgreementDate, Role = input.Role?.Trim()
        };
        partner.Validate();
        db.ProgramPartners.Add(partner);
        await db.SaveChangesAsync(ct);
        return partner;
    }

    public async Task<ProgramStep?> AddStepAsync(UserScope scope, int programId, StepInput input, CancellationToken ct = default)
    {
        if (await programs.FindAsync(scope, programId, ct) is not { } program) return null;
        var step = program.AddStep(input.Title, input.Stage, input.DueOn, input.Responsible);
        await db.SaveChangesAsync(ct);
        return step;
    }

    /// <summary>Marks a step done; an attached document (протокол, приказ, фото) is evidence by itself. All or nothing.</summary>
    public async Task<MentorshipProgram?> CompleteStepAsync(UserScope scope, int programId, int stepId, StepDoneInput input, UploadedFile? file, CancellationToken ct = default)
    {
        var program = await programs.FindAsync(scope, programId, ct);
        var step = program?.Steps.SingleOrDefault(s => s.Id == stepId);
        if (program is null || step is null) return null;
        var stored = file is null ? null : StoredFile.Create(FileOwner.ProgramStep, step.Id, file.FileName, file.ContentType, file.Content, clock.GetUtcNow());
        program.CompleteStep(step, input.DoneOn ?? clock.Today, input.Evidence, input.EvidenceLink, clock.Today, hasFile: stored is not null);
        if (stored is not null) db.Files.Add(stored);
        await db.SaveChangesAsync(ct);
        return program;
    }

    /// <summary>Everyone who is or was in a pair of the program: mentors first, then mentees.</summary>
    public async Task<List<Participant>> ParticipantsAsync(int programId, CancellationToken ct = default)
    {
        var pairs = db.Pairs.Where(p => p.ProgramId == programId);
        var mentors = await db.Mentors.Where(m => pairs.Any(p => p.MentorId == m.Id)).OrderBy(m => m.Person!.LastName)
            .Select(m => new Participant(m.PersonId, m.Person!.FullName, "наставник")).ToListAsync(ct);
        var mentees = await db.Mentees.Where(m => pairs.Any(p => p.MenteeId == m.Id)).OrderBy(m => m.Person!.LastName)
            .Select(m => new Participant(m.PersonId, m.Person!.FullName, "наставляемый")).ToListAsync(ct);
        return [.. mentors, .. mentees];
    }

    public async Task<Award?> GrantAwardAsync(UserScope scope, int programId, AwardInput input, CancellationToken ct = default)
    {
        if (await programs.FindAsync(scope, programId, ct) is not { } program) return null;
        var participants = (await ParticipantsAsync(programId, ct)).Select(p => p.PersonId).ToList();
        var award = Award.Grant(program, input.PersonId, participants, input.Title, input.AwardedOn, clock.Today);
        db.Awards.Add(award);
        await db.SaveChangesAsync(ct);
        return award;
    }

    public Task<List<AwardRow>> AwardsAsync(int programId, CancellationToken ct = default) =>
        db.Awards.AsNoTracking().Where(a => a.ProgramId == programId).OrderBy(a => a.AwardedOn).ThenBy(a => a.Id)
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new AwardRow(a.Id, p.FullName, a.Title, a.AwardedOn)).ToListAsync(ct);

    public async Task<ILookup<int, FileRow>> StepFilesAsync(MentorshipProgram program, CancellationToken ct = default)
    {
        var stepIds = program.Steps.Select(s => s.Id).ToList();
        var files = await db.Files.AsNoTracking().Where(f => f.Owner == FileOwner.ProgramStep && stepIds.Contains(f.OwnerId))
            .Select(f => new { f.OwnerId, Row = new FileRow(f.Id, f.FileName, f.Length) }).ToListAsync(ct);
        return files.ToLookup(f => f.OwnerId, f => f.Row);
    }
}
