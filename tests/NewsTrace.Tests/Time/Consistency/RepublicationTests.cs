using System.Globalization;
using FsCheck.Xunit;
using NewsTrace.Time;
using NewsTrace.Time.Consistency;

namespace NewsTrace.Tests.Time.Consistency;

/// <summary>Old content shown under a later publish date. Every text here is written for the test.</summary>
public sealed class RepublicationTests
{
    private const string CopiedWire =
        "Town council rebuilds the old mill\n\n"
        + "Posted on: 12/05/2025 Time: 10:00 By Desk\n\n"
        + "HALVERN, March 3 (Meridian) — The town council voted on Tuesday to rebuild the old mill, which burned down in June 2023.\n\n"
        + "The mayor said work would start next month.\n";

    [Fact]
    public void A_copy_whose_dateline_is_months_old_is_flagged_at_its_shown_date()
    {
        var tagging = TimexAssert.Tag(CopiedWire, "2025-05-12");

        var anomaly = Assert.Single(tagging.Anomalies);
        Assert.Equal(DateAnomaly.Republished, anomaly.Kind);
        Assert.Equal("Posted on: 12/05/2025", anomaly.Span.Of(CopiedWire));
        Assert.Contains("dateline is 2025-03-03 (70 days earlier)", anomaly.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_with_a_dateline_has_its_relative_dates_resolved_against_the_dateline()
    {
        var tagging = TimexAssert.Tag(CopiedWire, "2025-05-12");

        Assert.Equal("2025-02-25", Assert.Single(tagging.Timexes, t => t.Span.Of(CopiedWire) == "Tuesday").Value);
        Assert.Equal("2025-04", Assert.Single(tagging.Timexes, t => t.Span.Of(CopiedWire) == "next month").Value);
    }

    [Fact]
    public void A_page_naming_last_years_day_without_a_year_and_no_relative_day_is_flagged()
    {
        const string text = "Date: May 30, 2024 Time: 08:00\n\n"
            + "The two delegations sat down at the harbour office. The summit on August 18 was a turning point, the analyst argued.\n";

        var tagging = TimexAssert.Tag(text, "2024-05-30");

        var anomaly = Assert.Single(tagging.Anomalies);
        Assert.Equal(DateAnomaly.Republished, anomaly.Kind);
        Assert.Equal("Date: May 30, 2024", anomaly.Span.Of(text));
        Assert.Contains("2023-08-18", anomaly.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DORVAN, Oct. 17 (Meridian) — The minister arrived on Wednesday. The bridge collapsed in March 2022.", "2024-10-17")]
    [InlineData("The bridge collapsed on 14 March 2022. On Monday the ministers met again to discuss it.", "2024-10-21")]
    [InlineData("The summit on August 18 set the tone. On Tuesday the minister said the pact would hold.", "2024-05-30")]
    [InlineData("The wall fell on 9 November 1989, and the city has changed since.", "2024-11-09")]
    [InlineData("The river flooded in March 2022 and again in June 2023.", "2024-10-16")]
    [InlineData("Posted 17 October 2024\n\nThe ferry sank in June 2023; the inquiry reported in January 2024.", "2024-10-17")]
    [InlineData("HALVERN, March 3 (Meridian) — The town council voted on Tuesday to rebuild the mill.", "2025-03-04")]
    [InlineData("HALVERN, March 3 (Meridian) — The council voted to rebuild the mill, and work begins on April 20.", "2025-05-12")]
    public void Current_articles_are_not_flagged(string text, string published)
    {
        Assert.DoesNotContain(TimexAssert.Tag(text, published).Anomalies, a => a.Kind == DateAnomaly.Republished);
    }

    [Fact]
    public void Without_a_publish_date_nothing_is_republished()
    {
        Assert.Empty(TimexAssert.Tag(CopiedWire, "").Anomalies);
    }

    [Property(MaxTest = 200)]
    public bool A_written_out_date_within_the_threshold_keeps_an_article_current(ushort seed)
    {
        // Any day from StaleAfterDays before the publish date to a year after it is recent evidence.
        var published = new DateOnly(2025, 5, 12);
        var offset = (seed % (RepublicationCheck.StaleAfterDays + 366)) - RepublicationCheck.StaleAfterDays;
        var day = published.AddDays(offset);
        var text = string.Create(CultureInfo.InvariantCulture, $"HALVERN, March 3 (Meridian) — The council voted on Tuesday. The mill reopened on {day:MMMM d, yyyy}.");
        return !TimexTagger.Tag(text, published).Anomalies.Any(a => a.Kind == DateAnomaly.Republished);
    }
}
