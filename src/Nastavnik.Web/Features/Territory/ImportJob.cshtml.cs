using Microsoft.AspNetCore.Authorization;
using Nastavnik.Web.Features.Import;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Jobs;

namespace Nastavnik.Web.Features.Territory;

/// <summary>The organization import's progress bar and, when it ends, its result or every error with row and column.</summary>
[Authorize(Policy = Policies.EditTerritory)]
public class ImportJobModel(JobQueue jobs) : JobResultPage<OrganizationImportJobResult>(jobs, OrganizationImportJobHandler.JobKind);
