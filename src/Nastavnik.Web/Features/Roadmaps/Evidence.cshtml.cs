using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Web.Features.Roadmaps.Facts;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Roadmaps;

/// <summary>The list behind a fact the system counted for a roadmap indicator and year: the events and their participants,
/// the applications, the practices, the news, the registry records not updated. Names in it are the roadmap's territory's:
/// only those who keep that roadmap (its level or above) open it.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class EvidenceModel(RoadmapService roadmaps, SystemFacts facts) : PageModel
{
    public Roadmap Roadmap { get; private set; } = null!;
    public RoadmapActivity Activity { get; private set; } = null!;
    public ActivityIndicator Indicator { get; private set; } = null!;
    public int Year { get; private set; }
    public Fact Fact { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int indicator, int year, CancellationToken ct)
    {
        var roadmap = await roadmaps.FindAsync(this.Scope(), id, ct);
        var activity = roadmap?.Activities.FirstOrDefault(a => a.Indicators.Any(i => i.Id == indicator));
        if (roadmap is null || activity is null || !roadmap.Years.Contains(year) || !RoadmapService.CanEdit(this.Scope(), roadmap)) return NotFound();
        (Roadmap, Activity, Indicator, Year) = (roadmap, activity, activity.Indicators.Single(i => i.Id == indicator), year);
        if (!Indicator.Source.IsFact()) return NotFound();
        Fact = await facts.ForAsync(roadmap, Indicator, year, ct);
        return Page();
    }
}
