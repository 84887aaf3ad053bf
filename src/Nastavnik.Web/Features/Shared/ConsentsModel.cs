using Nastavnik.Domain.People;

namespace Nastavnik.Web.Features.Shared;

public sealed record ConsentsModel(Person Person, string PostUrl, bool CanEdit);
