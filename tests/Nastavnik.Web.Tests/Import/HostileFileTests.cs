using System.IO.Compression;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Features.Import;
using Nastavnik.Web.Features.Roadmaps.Import;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Import;

/// <summary>Hostile and broken files given to the importers: each is answered with a Russian error, within bounded memory.</summary>
public class HostileFileTests
{
    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        try { action(); } catch (DomainException) { }
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void AZipBombIsRefusedBeforeItIsInflated()
    {
        var xlsx = HostileFiles.ZipBomb("xl/worksheets/sheet1.xml", 300);
        xlsx.Length.ShouldBeLessThan(2 * 1024 * 1024); // 300 MB inside, under 2 MB on the wire
        Should.Throw<DomainException>(() => SheetReader.Read("список.xlsx", xlsx)).Message
            .ShouldBe("Файл «список.xlsx» не принят: он распаковывается в 300 МБ — больше допустимых 100 МБ для таблицы или документа. Похоже на повреждённый или вредоносный архив.");
        Allocated(() => SheetReader.Read("список.xlsx", xlsx)).ShouldBeLessThan(20L * 1024 * 1024);

        var docx = HostileFiles.ZipBomb("word/document.xml", 300);
        Should.Throw<DomainException>(() => RoadmapFileReader.Read("карта.docx", docx)).Message.ShouldStartWith("Файл «карта.docx» не принят: он распаковывается в 300 МБ");
        Allocated(() => RoadmapFileReader.Read("карта.docx", docx)).ShouldBeLessThan(20L * 1024 * 1024);
    }

    [Theory]
    [InlineData("список.xlsx")]
    [InlineData("карта.docx")]
    [InlineData("карта.xlsx")]
    public void ABrokenXmlPartIsAnErrorNotACrash(string fileName)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open())) w.Write("<Types><Default Extension=\"xml\" ");
            using (var w = new StreamWriter(zip.CreateEntry(fileName.EndsWith(".docx") ? "word/document.xml" : "xl/workbook.xml").Open())) w.Write("<?xml version=\"1.0\"?><broken<<");
        }
        var error = Should.Throw<DomainException>(() =>
        {
            if (fileName.StartsWith("список")) SheetReader.Read(fileName, buffer.ToArray());
            else RoadmapFileReader.Read(fileName, buffer.ToArray());
        });
        error.Message.ShouldMatch("(повреждён|не является)");
    }

    [Fact]
    public void AHugeCellAndAWrongEncodingAreReadAsText()
    {
        // A CSV whose one cell is 2 MB and whose text is Windows-1251: decoded, not a crash; the rows are there.
        var huge = new string('Я', 2 * 1024 * 1024);
        var csv = Features.Export.CsvExport.Windows1251.GetBytes($"ФИО;Комментарий\r\nИванова Анна;{huge}\r\n");
        var table = SheetReader.Read("список.csv", csv);
        table.Headers.ShouldBe(["ФИО", "Комментарий"]);
        ((string)table.Rows[0].Cells[1]!).Length.ShouldBe(huge.Length);
    }
}
