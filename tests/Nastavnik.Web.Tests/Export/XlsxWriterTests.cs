using Nastavnik.Domain.Events;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Web.Features.Export;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Export;

/// <summary>The shared workbook writer: columns as wide as their content (capped), autofilter, frozen header, date
/// cells, Russian words for enum values and yes/no — as OpenXml and LibreOffice read them.</summary>
public class XlsxWriterTests
{
    private const string LongTitle = "Региональный форум «Наставничество в образовании: практики, модели, результаты»";

    private static async Task<byte[]> WriteAsync(params object?[][] rows)
    {
        using var buffer = new MemoryStream();
        await XlsxWriter.WriteAsync(buffer, "Мероприятия", ["ФИО", "Мероприятие", "Дата", "Вид", "Уровень", "Онлайн", "Мест"], rows.ToAsyncEnumerable());
        return buffer.ToArray();
    }

    [Fact]
    public async Task ColumnsFitTheirContentUpToACapAndTheSheetIsFilteredAndFrozen()
    {
        var bytes = await WriteAsync(
            ["Константинопольская Анастасия Александровна", "Семинар", new DateOnly(2026, 10, 1), EventKind.Forum, MonitoringLevel.Organization, true, 200],
            ["Ли Ян", LongTitle, new DateTime(2026, 10, 2, 14, 30, 0), EventKind.Seminar, MonitoringLevel.Region, false, null]);
        var book = Workbook.Read(bytes);
        book.ShouldLookOfficial();
        book.AutoFilter.ShouldBe("A1:G3");
        book.WidthOf("ФИО").ShouldBeGreaterThanOrEqualTo("Константинопольская Анастасия Александровна".Length, "a long name is not cut");
        book.WidthOf("Мероприятие").ShouldBe(60, "a very long title is capped (and wraps)");
        book.WidthOf("Мест").ShouldBeLessThan(12, "a short column stays narrow");
        book.Column("Дата").ShouldAllBe(c => c.IsDate);
        book.Column("Вид").Select(c => c.Text).ShouldBe(["форум", "семинар"]);
        book.Column("Уровень").Select(c => c.Text).ShouldBe(["образовательная организация", "регион"]);
        book.Column("Онлайн").Select(c => c.Text).ShouldBe(["да", "нет"]);

        var inLibreOffice = await LibreOffice.ReadXlsxAsync(bytes);
        inLibreOffice.ShouldContain("01.10.2026");
        inLibreOffice.ShouldContain("02.10.2026 14:30");
        inLibreOffice.ShouldContain("образовательная организация");
        inLibreOffice.ShouldNotContain("Organization");
        inLibreOffice.ShouldNotContain("Forum");
    }

    [Fact]
    public async Task MoreRowsThanTheMeasuredSampleAreAllWrittenAndFiltered()
    {
        var rows = Enumerable.Range(1, 1200).Select(i => new object?[] { $"Человек {i}", "Семинар", new DateOnly(2026, 1, 1).AddDays(i % 300), EventKind.Webinar, MonitoringLevel.Municipality, false, i }).ToArray();
        var book = Workbook.Read(await WriteAsync(rows));
        book.Rows.Count.ShouldBe(1200);
        book.AutoFilter.ShouldBe("A1:G1201");
        book.Rows[^1][0].Text.ShouldBe("Человек 1200");
    }
}
