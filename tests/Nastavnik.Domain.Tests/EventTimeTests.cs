using Nastavnik.Domain.Events;
using Shouldly;

namespace Nastavnik.Domain.Tests;

/// <summary>An event's time as organizers write it becomes a start and an end for its calendar entry.</summary>
public class EventTimeTests
{
    [Theory]
    [InlineData("10:00", "10:00", null)]
    [InlineData("10.00–12.30", "10:00", "12:30")]
    [InlineData("с 15:00 до 17:00 (регистрация с 14:30)", "15:00", "17:00")]
    [InlineData("9:05", "09:05", null)]
    [InlineData("18:00-9:00", "18:00", null)]
    public void ATimeIsReadAsOrganizersWriteIt(string text, string start, string? end)
    {
        EventTime.TryParse(text, out var s, out var e).ShouldBeTrue();
        s.ShouldBe(TimeOnly.Parse(start));
        e.ShouldBe(end is null ? null : TimeOnly.Parse(end));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("весь день")]
    [InlineData("25:00")]
    [InlineData("2026.10")]
    public void NoTimeMeansAnAllDayEntry(string? text) => EventTime.TryParse(text, out _, out _).ShouldBeFalse();
}
