using Nastavnik.Domain.Practices;
using Nastavnik.Web.Features.Programs;

namespace Nastavnik.Web.Features.Practices;

/// <summary>What the case article partial shows: in the app (files under /files/) and on the public page (under /nastavnichestvo/files/).</summary>
public sealed record CaseArticle(PracticeCase Case, string Organization, IReadOnlyList<FileRow> Files, string FilePrefix);
