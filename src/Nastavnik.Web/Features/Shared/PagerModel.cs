namespace Nastavnik.Web.Features.Shared;

public sealed record PagerModel(int Page, int PageCount, Func<int, string> Url)
{
    /// <summary>First, last and the neighbours of the current page; null marks a gap.</summary>
    public IEnumerable<int?> Pages()
    {
        int? previous = null;
        for (var p = 1; p <= PageCount; p++)
        {
            if (p == 1 || p == PageCount || Math.Abs(p - Page) <= 2)
            {
                if (previous is { } prev && p - prev > 1) yield return null;
                yield return p;
                previous = p;
            }
        }
    }
}
