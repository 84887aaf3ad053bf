using Nastavnik.Domain.Common;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Roadmaps;

namespace Nastavnik.Web.Features.Monitoring.Report;

/// <param name="Basis">Whose target and from which document («дорожная карта «…», п. 4»).</param>
public sealed record ReportIndicator(string Name, string Value, string Target, string State, decimal? Gap, string? Basis = null);

/// <summary>What the analytic report says, drafted from the figures: the summary, the indicators against their targets,
/// the deviations, conclusions and recommendations (the last two are a draft the coordinator edits: <see cref="With"/>
/// puts the edited text in, with who edited it and when).</summary>
public sealed record ReportContent(string Title, string Summary, IReadOnlyList<ReportIndicator> Indicators, IReadOnlyList<string> Deviations,
    IReadOnlyList<string> Conclusions, IReadOnlyList<string> Recommendations, string? EditedBy = null, DateTimeOffset? EditedAt = null)
{
    public bool IsEdited => EditedBy is not null;

    public ReportContent With(Domain.Reports.ReportText? text) => text is null ? this : this with
    {
        Conclusions = Domain.Reports.ReportText.Items(text.Conclusions),
        Recommendations = Domain.Reports.ReportText.Items(text.Recommendations),
        EditedBy = text.EditedBy,
        EditedAt = text.EditedAt,
    };

    public static ReportContent From(MonitoringFigures f)
    {
        var t = f.Territory;
        var year = f.Filter.Year;
        string Show(MetricDefinition m, decimal? v) => v is not { } x ? "нет данных" : m.Unit switch
        {
            IndicatorUnit.Percent => $"{x:0.#} %",
            IndicatorUnit.Score => x.ToString("0.##"),
            _ => x.ToString("N0"),
        };
        decimal? Value(MetricCode c) => f.Values.TryGetValue(c, out var v) ? v.Value : null;
        var indicators = IndicatorCatalogue.For(t.Level).Select(m =>
        {
            var v = Value(m.Code);
            var resolved = f.Targets.For(m.Code, year);
            var target = resolved?.Value;
            var state = target is null || v is null ? (v is null ? "нет данных" : "цель не установлена") : v >= target ? "достигнут" : "не достигнут";
            return (m, new ReportIndicator(m.Name, Show(m, v), target is { } tg ? Show(m, tg) : "—", state, target is { } g && v is { } x ? x - g : null, resolved?.Basis));
        }).ToList();
        var deviations = indicators.Where(i => i.Item2.State == "не достигнут")
            .Select(i => $"«{i.m.Name}»: {i.Item2.Value} при цели {i.Item2.Target} (отставание {Math.Abs(i.Item2.Gap!.Value):0.#}{(i.m.Unit == IndicatorUnit.Percent ? " п. п." : "")}).").ToList();

        var summary = $"На {f.AsOf:dd.MM.yyyy} в базе наставников {Show(IndicatorCatalogue.Get(MetricCode.Mentors), Value(MetricCode.Mentors))} записей, в базе наставляемых — " +
            $"{Show(IndicatorCatalogue.Get(MetricCode.Mentees), Value(MetricCode.Mentees))}; действуют {Show(IndicatorCatalogue.Get(MetricCode.ActivePairs), Value(MetricCode.ActivePairs))} наставнических пар " +
            $"и {Show(IndicatorCatalogue.Get(MetricCode.Groups), Value(MetricCode.Groups))} групп. Охват молодых педагогов наставничеством — {Show(IndicatorCatalogue.Get(MetricCode.YoungTeachersCovered), Value(MetricCode.YoungTeachersCovered))}.";

        var conclusions = new List<string>();
        conclusions.Add(deviations.Count == 0 ? "Все показатели с установленными целями достигнуты." : $"Не достигнуто показателей: {deviations.Count} из {indicators.Count(i => i.Item2.Target != "—")} с целевыми значениями.");
        var weakest = f.Children.Where(c => c.Values.TryGetValue(MetricCode.YoungTeachersCovered, out var v) && v.Value is not null)
            .OrderBy(c => c.Values[MetricCode.YoungTeachersCovered].Value).Take(3).ToList();
        if (weakest.Count > 0 && f.Children.Count > 1)
            conclusions.Add("Наименьший охват молодых педагогов: " + string.Join(", ", weakest.Select(c => $"{c.Name} ({c.Values[MetricCode.YoungTeachersCovered].Value:0.#} %)")) + ".");
        var shortages = f.Deficits.Where(d => d.Mentees > 0 && (d.Mentors == 0 || d.Mentees > 3 * d.Mentors)).Take(3).ToList();
        if (shortages.Count > 0)
            conclusions.Add("Не хватает наставников по дефицитам: " + string.Join(", ", shortages.Select(d => $"«{d.Deficit}» ({d.Mentees} наставляемых, {d.Mentors} наставников)")) + ".");

        var recommendations = new List<string>();
        if (deviations.Count > 0) recommendations.Add("Рассмотреть причины отставания по показателям, не достигшим целевых значений, и внести изменения в дорожную карту на следующий период.");
        if (weakest.Count > 0 && f.Children.Count > 1) recommendations.Add($"Оказать адресную методическую поддержку: {string.Join(", ", weakest.Select(c => c.Name))}.");
        foreach (var d in shortages) recommendations.Add($"Организовать подготовку наставников (или привлечь экспертов региональной базы) по дефициту «{d.Deficit}».");
        if (recommendations.Count == 0) recommendations.Add("Сохранить достигнутые показатели; распространить успешные практики в банке практик.");

        return new ReportContent($"Аналитический отчёт о реализации целевой модели наставничества: {t.Name}, {year} год", summary,
            indicators.Select(i => i.Item2).ToList(), deviations, conclusions, recommendations);
    }
}
