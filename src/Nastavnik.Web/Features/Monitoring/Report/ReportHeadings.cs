using Nastavnik.Domain.Monitoring;

namespace Nastavnik.Web.Features.Monitoring.Report;

/// <summary>The report's section headings, numbered as they are emitted: without the children's section (an organization
/// has none) the numbers close up, so the page and the Word file never skip one.</summary>
public sealed record ReportHeadings(string General, string Indicators, string? Children, string Deviations, string Conclusions, string Recommendations)
{
    public static ReportHeadings For(MonitoringFigures f, bool edited)
    {
        var number = 0;
        string Next(string title) => $"{++number}. {title}";
        var general = Next("Общие сведения");
        var indicators = Next("Показатели и целевые значения");
        var children = f.Children.Count > 1
            ? Next($"{(f.Territory.Level == MonitoringLevel.Region ? "Муниципалитеты" : "Организации")}: охват молодых педагогов наставничеством")
            : null;
        return new ReportHeadings(general, indicators, children, Next("Отклонения от плана"), Next("Выводы"),
            Next(edited ? "Рекомендации" : "Рекомендации (проект, подлежит редактированию)"));
    }
}
