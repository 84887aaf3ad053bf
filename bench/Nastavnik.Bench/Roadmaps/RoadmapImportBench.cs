using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Domain.Roadmaps.Import;
using Nastavnik.Web.Features.Export;
using Nastavnik.Web.Features.Roadmaps.Import;

namespace Nastavnik.Bench.Roadmaps;

/// <summary>Import of each seed document (text and Word), and of a synthetic 2,000-activity Word roadmap against just
/// reading the text of its table cells with OpenXml, in the same run.</summary>
public static class RoadmapImportBench
{
    private const int Warmup = 20, Runs = 30;

    public static int Run(string fixtures, int activities)
    {
        Console.WriteLine($"{"документ",-44} {"импорт, мс",11} {"мероприятий",12}");
        foreach (var file in Directory.GetFiles(fixtures).Where(f => f.EndsWith(".txt") || f.EndsWith(".docx")).Order())
        {
            var bytes = File.ReadAllBytes(file);
            var name = Path.GetFileName(file);
            var ms = Median(() => Understand(name, bytes));
            var count = RoadmapFileReader.Read(name, bytes).Activities.Count();
            Console.WriteLine($"{name,-44} {ms,11:F2} {count,12}");
            Console.WriteLine($"RESULT seed={name} import_ms={ms:F2} activities={count}");
        }

        var synthetic = SyntheticDocx(activities);
        var read = Median(() => ReadCells(synthetic));
        var import = Median(() => Understand("synthetic.docx", synthetic));
        var draft = RoadmapFileReader.Read("synthetic.docx", synthetic);
        if (draft.Activities.Count() != activities) throw new InvalidOperationException($"imported {draft.Activities.Count()} of {activities} activities");
        Console.WriteLine($"Синтетическая дорожная карта: {activities} мероприятий, {synthetic.Length / 1024} КБ");
        Console.WriteLine($"  только чтение ячеек таблицы: {read:F1} мс; импорт (распознавание, цели, сроки, модель): {import:F1} мс; отношение {import / read:F2}");
        Console.WriteLine($"RESULT synthetic_activities={activities} read_ms={read:F1} import_ms={import:F1} ratio={import / read:F2}");
        return 0;
    }

    /// <summary>What the import does before the user saves: read the file, recognise the layout and rows, read targets and deadlines, build the roadmap.</summary>
    private static void Understand(string name, byte[] bytes)
    {
        var draft = RoadmapFileReader.Read(name, bytes);
        if (draft.StartYear is null) (draft.StartYear, draft.EndYear) = (2025, 2026);
        DraftToRoadmap.Build(draft, RoadmapLevel.Region, 1, null, null, name);
    }

    /// <summary>The baseline: open the package and take the text of every cell of every table.</summary>
    private static void ReadCells(byte[] bytes)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var cells = 0;
        foreach (var table in doc.MainDocumentPart!.Document.Body!.Elements<Table>())
            foreach (var row in table.Elements<TableRow>())
                foreach (var cell in row.Elements<TableCell>())
                    cells += cell.InnerText.Length > 0 ? 1 : 0;
        if (cells == 0) throw new InvalidOperationException("no cells");
    }

    private static double Median(Action action)
    {
        for (var i = 0; i < Warmup; i++) action();
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        return BenchApp.Median(times);
    }

    /// <summary>A regional roadmap in the Tomsk layout: sections of 20 activities, yearly targets, deadlines in the documents' wording.</summary>
    public static byte[] SyntheticDocx(int activities)
    {
        string[] schedules = ["Май 2025", "Ежегодно", "Апрель – июнь 2026", "До 01.12.2025г", "Ноябрь, апрель ежегодно", "В течение года", "Сентябрь 2025 г., далее – обновление не реже двух раз в год"];
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body(WordParts.Para("Дорожная карта развития системы наставничества региона (2025-2028 г.г.)", bold: true));
            var table = WordParts.Table(600, 4000, 2500, 2000, 1500, 2500);
            table.Append(WordParts.Row(true, 20, "№ п/п", "Мероприятие", "Показатель реализации", "Форма представления результата", "Сроки", "Ответственные"));
            for (var i = 0; i < activities; i++)
            {
                if (i % 20 == 0) table.Append(WordParts.SpanRow($"Раздел {i / 20 + 1}. Направление работы по развитию наставничества", 6, 20));
                table.Append(WordParts.Row(false, 20, $"{i % 20 + 1}.", $"Мероприятие {i + 1}: организация работы по развитию наставничества в муниципалитетах",
                    $"2025 г. – {i % 7 + 1}; 2026 г. – {i % 7 + 2}; 2027 г. – {i % 7 + 3}; 2028 г. – {i % 7 + 4}", "Наличие отчёта", schedules[i % schedules.Length],
                    "Муниципальные органы управления образования"));
            }
            body.Append(table);
            body.Append(WordParts.Page(landscape: true));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
