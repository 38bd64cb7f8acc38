namespace NewsTrace.Tests.Time;

public sealed class TimexTaggerTests
{
    [Theory]
    // Absolute dates in their common forms.
    [InlineData("The vote took place on September 13.", "2023-09-20", "September 13", "DATE", "2023-09-13")]
    [InlineData("It was signed on 13 September 2023 in Geneva.", "", "13 September 2023", "DATE", "2023-09-13")]
    [InlineData("The talks on Sept. 13 were short.", "2023-09-20", "Sept. 13", "DATE", "2023-09-13")]
    [InlineData("It happened on 9/13/2023 at dawn.", "", "9/13/2023", "DATE", "2023-09-13")]
    [InlineData("It happened on 13/9/2023 at dawn.", "", "13/9/2023", "DATE", "2023-09-13")]
    [InlineData("Published 2023-09-13 by the ministry.", "", "2023-09-13", "DATE", "2023-09-13")]
    [InlineData("The deadline is the 13th, officials said.", "2023-09-04", "the 13th", "DATE", "2023-09-13")]
    [InlineData("It was signed on the 13th of September 2023.", "", "the 13th of September 2023", "DATE", "2023-09-13")]
    [InlineData("The minister resigned on October 17, 2024.", "", "October 17, 2024", "DATE", "2024-10-17")]
    [InlineData("The bridge collapsed in March 2022.", "", "March 2022", "DATE", "2022-03")]
    [InlineData("The bridge collapsed in March of 2022.", "", "March of 2022", "DATE", "2022-03")]
    [InlineData("The commission first met in 2019.", "", "2019", "DATE", "2019")]
    [InlineData("Prices were stable in the 1990s.", "", "the 1990s", "DATE", "199")]
    [InlineData("He arrived in the early 2000s.", "", "the early 2000s", "DATE", "200")]
    [InlineData("The war ended in 16.10.2024 according to the file.", "", "16.10.2024", "DATE", "2024-10-16")]
    // Months without a year, resolved by the document's year and the tense.
    [InlineData("They met in May.", "2024-10-16", "May", "DATE", "2024-05")]
    [InlineData("The group will meet in January.", "2024-11-20", "January", "DATE", "2025-01")]
    [InlineData("The group met in November.", "2024-02-10", "November", "DATE", "2023-11")]
    [InlineData("The summit is planned for December 20.", "2024-10-17", "December 20", "DATE", "2024-12-20")]
    [InlineData("He toured China this past week.", "2024-10-17", "this past week", "DATE", "2024-W41")]
    [InlineData("Prices peaked in mid-October.", "2024-11-02", "mid-October", "DATE", "2024-10")]
    [InlineData("Cases have risen since October, and officials expect a peak soon.", "2022-11-30", "October", "DATE", "2022-10")]
    [InlineData("Organisers said next year's edition would start in early July.", "2024-06-10", "early July", "DATE", "2025-07")]
    [InlineData("Profit fell in the fourth quarter.", "2019-11-04", "the fourth quarter", "DATE", "2019-Q4")]
    [InlineData("A recovery is due in the second half of next year.", "2019-11-04", "the second half of next year", "DATE", "2020-H2")]
    [InlineData("Third-quarter profit rose.", "2019-11-04", "Third-quarter", "DATE", "2019-Q3")]
    [InlineData("The dispute ended a year earlier.", "2019-11-04", "a year earlier", "DATE", "2018")]
    [InlineData("A joint body begins work this spring.", "2025-01-16", "this spring", "DATE", "2025-SP")]
    [InlineData("The quake struck at 19:57 on Wednesday.", "2023-09-14", "19:57", "TIME", "2023-09-13T19:57")]
    [InlineData("The buyers were arrested on the 13th and released.", "2020-02-28", "the 13th", "DATE", "2020-02-13")]
    // Relative expressions against the document creation time.
    [InlineData("Velichko arrived on Wednesday.", "2024-10-18", "Wednesday", "DATE", "2024-10-16")]
    [InlineData("Velichko arrived on Wednesday.", "2024-10-16", "Wednesday", "DATE", "2024-10-16")]
    [InlineData("Thursday's drill was cancelled.", "2023-10-20", "Thursday", "DATE", "2023-10-19")]
    [InlineData("Schools will stay shut until Monday.", "2024-10-16", "Monday", "DATE", "2024-10-21")]
    [InlineData("Officials said the road would stay closed until at least Friday.", "2024-10-16", "Friday", "DATE", "2024-10-18")]
    [InlineData("The rain would ease on Thursday but warned of more showers.", "2024-10-16", "Thursday", "DATE", "2024-10-17")]
    [InlineData("The fleet sailed last week.", "2024-11-20", "last week", "DATE", "2024-W46")]
    [InlineData("Experts meet next week.", "2024-10-17", "next week", "DATE", "2024-W43")]
    [InlineData("The fire started a month ago.", "2024-10-16", "a month ago", "DATE", "2024-09")]
    [InlineData("The dispute began three years ago.", "2024-10-18", "three years ago", "DATE", "2021")]
    [InlineData("The quarrel began two days ago.", "2024-10-18", "two days ago", "DATE", "2024-10-16")]
    [InlineData("The commission meets next month.", "2024-10-17", "next month", "DATE", "2024-11")]
    [InlineData("Trade fell last month.", "2024-01-10", "last month", "DATE", "2023-12")]
    [InlineData("Growth slowed this year.", "2024-10-17", "this year", "DATE", "2024")]
    [InlineData("Trade fell last year.", "2024-10-17", "last year", "DATE", "2023")]
    [InlineData("He will visit early next year.", "2024-10-17", "early next year", "DATE", "2025")]
    [InlineData("Talks stalled earlier this week.", "2024-10-17", "earlier this week", "DATE", "2024-W42")]
    [InlineData("The report is due before the end of the year.", "2024-10-17", "the end of the year", "DATE", "2024")]
    [InlineData("It will be paid by the end of the month.", "2024-11-21", "the end of the month", "DATE", "2024-11")]
    [InlineData("More showers are due over the weekend.", "2024-10-16", "the weekend", "DATE", "2024-W42-WE")]
    [InlineData("Protests continued last weekend.", "2024-10-16", "last weekend", "DATE", "2024-W41-WE")]
    [InlineData("He flew home yesterday.", "2024-10-17", "yesterday", "DATE", "2024-10-16")]
    [InlineData("The envoy lands today.", "2024-10-17", "today", "DATE", "2024-10-17")]
    [InlineData("The envoy lands tomorrow.", "2024-10-17", "tomorrow", "DATE", "2024-10-18")]
    [InlineData("They met last Monday.", "2024-10-16", "last Monday", "DATE", "2024-10-14")]
    [InlineData("They meet next Wednesday.", "2024-10-16", "next Wednesday", "DATE", "2024-10-23")]
    [InlineData("The ferry sank last March.", "2024-10-16", "last March", "DATE", "2024-03")]
    // Seasons.
    [InlineData("The crossing could reopen this winter.", "2024-10-18", "this winter", "DATE", "2024-WI")]
    [InlineData("Fuel ran short last winter.", "2024-10-17", "last winter", "DATE", "2023-WI")]
    [InlineData("Work would begin in the spring.", "2024-11-20", "the spring", "DATE", "2025-SP")]
    [InlineData("It delayed dredging in the summer of 2022.", "", "the summer of 2022", "DATE", "2022-SU")]
    [InlineData("Construction starts in spring 2025.", "", "spring 2025", "DATE", "2025-SP")]
    // Times of day.
    [InlineData("The quake struck at 19:57 on Wednesday.", "2023-09-13", "19:57", "TIME", "2023-09-13T19:57")]
    [InlineData("The quake struck at 7:57 pm, officials said.", "2023-09-13", "7:57 pm", "TIME", "2023-09-13T19:57")]
    [InlineData("The briefing starts at 9 a.m. sharp.", "2023-09-13", "9 a.m.", "TIME", "2023-09-13T09:00")]
    [InlineData("Polls close at noon.", "2023-09-13", "noon", "TIME", "2023-09-13T12:00")]
    [InlineData("The curfew begins at midnight.", "2023-09-13", "midnight", "TIME", "2023-09-13T24:00")]
    [InlineData("They dined on Wednesday evening.", "2024-10-17", "Wednesday evening", "TIME", "2024-10-16TEV")]
    [InlineData("Yesterday evening the ministers dined together.", "2024-10-17", "Yesterday evening", "TIME", "2024-10-16TEV")]
    [InlineData("He landed this morning.", "2024-10-16", "this morning", "TIME", "2024-10-16TMO")]
    [InlineData("Residents were moved overnight.", "2024-10-16", "overnight", "TIME", "2024-10-15TNI")]
    [InlineData("The wall held last night.", "2024-10-16", "last night", "TIME", "2024-10-15TNI")]
    [InlineData("The vote is tonight.", "2024-10-16", "tonight", "TIME", "2024-10-16TNI")]
    // Durations.
    [InlineData("He began a two-day visit.", "", "two-day", "DURATION", "P2D")]
    [InlineData("It was a 48-hour strike.", "", "48-hour", "DURATION", "PT48H")]
    [InlineData("The talks lasted three hours.", "", "three hours", "DURATION", "PT3H")]
    [InlineData("The vote took more than an hour.", "", "more than an hour", "DURATION", "PT1H")]
    [InlineData("It ended more than two years of closure.", "", "more than two years", "DURATION", "P2Y")]
    [InlineData("Rain fell for 36 hours.", "", "36 hours", "DURATION", "PT36H")]
    [InlineData("Construction will last 18 months.", "", "18 months", "DURATION", "P18M")]
    [InlineData("Rain fell for several days.", "", "several days", "DURATION", "PXD")]
    [InlineData("It was the first visit in years.", "", "years", "DURATION", "PXY")]
    [InlineData("Work could begin within weeks.", "", "weeks", "DURATION", "PXW")]
    [InlineData("Hauliers need at least a year to recover.", "", "a year", "DURATION", "P1Y")]
    [InlineData("Prices rose over the past week.", "", "the past week", "DURATION", "P1W")]
    [InlineData("Prices rose over the last two years.", "", "the last two years", "DURATION", "P2Y")]
    [InlineData("The crew worked twenty-four hours straight.", "", "twenty-four hours", "DURATION", "PT24H")]
    // Sets.
    [InlineData("The ferry runs daily.", "", "daily", "SET", "P1D")]
    [InlineData("The council meets every week.", "", "every week", "SET", "P1W")]
    [InlineData("The report is published annually.", "", "annually", "SET", "P1Y")]
    [InlineData("The market opens every Monday.", "", "every Monday", "SET", "XXXX-WXX-1")]
    [InlineData("The crossing carried 4,000 lorries a week.", "", "a week", "SET", "P1W")]
    // Vague references.
    [InlineData("The mine is now closed.", "", "now", "DATE", "PRESENT_REF")]
    [InlineData("The mine recently closed.", "", "recently", "DATE", "PAST_REF")]
    [InlineData("Ties were better in the past.", "", "the past", "DATE", "PAST_REF")]
    [InlineData("Ties may improve in the future.", "", "the future", "DATE", "FUTURE_REF")]
    public void Recognises_and_normalises(string text, string dct, string expression, string type, string? value)
    {
        var timex = TimexAssert.Single(text, dct, expression);
        Assert.Equal(type, timex.Type);
        Assert.Equal(value, timex.Value);
    }

    [Theory]
    [InlineData("The ministers took part in talks on Wednesday.", "2023-10-19", "2023-10-18")]
    [InlineData("The talks took place on Wednesday.", "2023-10-20", "2023-10-18")]
    [InlineData("The ministers will meet on Wednesday.", "2023-10-19", "2023-10-25")]
    [InlineData("The ministers are going to meet on Wednesday.", "2023-10-19", "2023-10-25")]
    [InlineData("The ministers plan to meet on Wednesday.", "2023-10-19", "2023-10-25")]
    [InlineData("Officials said on Wednesday that talks will resume.", "2023-10-19", "2023-10-18")]
    [InlineData("The ministers meet on Wednesday.", "2023-10-19", "2023-10-18")]
    public void Tense_decides_the_direction_of_a_weekday(string text, string dct, string expected)
        => Assert.Equal(expected, TimexAssert.Single(text, dct, "Wednesday").Value);

    [Theory]
    [InlineData("Velichko arrived on Wednesday.", "Wednesday", "DATE")]
    [InlineData("They met last week.", "last week", "DATE")]
    [InlineData("They met a month ago.", "a month ago", "DATE")]
    [InlineData("The vote was on September 13.", "September 13", "DATE")]
    [InlineData("The deadline is the 13th, officials said.", "the 13th", "DATE")]
    [InlineData("They meet next month.", "next month", "DATE")]
    [InlineData("They landed this morning.", "this morning", "TIME")]
    [InlineData("The quake struck at 19:57.", "19:57", "TIME")]
    [InlineData("Work starts in the spring.", "the spring", "DATE")]
    public void Without_a_document_date_relative_values_stay_unresolved(string text, string expression, string type)
    {
        var timex = TimexAssert.Single(text, "", expression);
        Assert.Equal(type, timex.Type);
        Assert.Null(timex.Value);
    }

    [Fact]
    public void Without_a_document_date_absolute_dates_durations_and_sets_keep_their_values()
    {
        const string text = "The pact of 13 September 2023 runs for three years and is reviewed annually.";
        var values = TimexAssert.Tag(text, "").Timexes.Select(t => t.Value ?? "null").ToArray();
        Assert.Equal(["2023-09-13", "P3Y", "P1Y"], values);
    }

    [Theory]
    [InlineData("The quake struck on October 17, 2024. The following day, aid arrived.", "The following day", "2024-10-18")]
    [InlineData("The quake struck on October 17, 2024. The next day, aid arrived.", "The next day", "2024-10-18")]
    [InlineData("The vote was on 3 May 2021. The day before, crowds gathered.", "The day before", "2021-05-02")]
    [InlineData("The vote was on 3 May 2021. The previous day, crowds gathered.", "The previous day", "2021-05-02")]
    [InlineData("The vote was on 3 May 2021. Two days later, results came.", "Two days later", "2021-05-05")]
    public void The_following_day_is_anchored_on_the_date_before_it(string text, string expression, string expected)
        => Assert.Equal(expected, TimexAssert.Single(text, "2024-12-01", expression).Value);

    [Fact]
    public void The_following_day_with_no_date_before_it_counts_from_the_document_date()
        => Assert.Equal("2024-12-02", TimexAssert.Single("Aid arrived the following day.", "2024-12-01", "the following day").Value);

    [Fact]
    public void A_range_of_years_gives_two_dates()
    {
        const string text = "The plan for 2024-2025 was signed.";
        var timexes = TimexAssert.Tag(text, "").Timexes;
        Assert.Equal(["2024", "2025"], timexes.Select(t => t.Span.Of(text)));
        Assert.Equal(["2024", "2025"], timexes.Select(t => t.Value ?? "null"));
    }

    [Theory]
    [InlineData("In May 50 people were hurt.")]
    [InlineData("He may resign.")]
    [InlineData("The 5th round ended.")]
    [InlineData("It cost $2000 in fees.")]
    [InlineData("The 10-year-old boy was found.")]
    [InlineData("Troops march on the capital.")]
    [InlineData("She came second in the race.")]
    public void Does_not_take_non_temporal_words_for_dates(string text)
    {
        var found = TimexAssert.Tag(text, "2024-10-16").Timexes.Select(t => t.Span.Of(text)).ToList();
        Assert.DoesNotContain(found, f => f is "May 50" or "may" or "the 5th" or "2000" or "10-year-old" or "march" or "second");
    }
}
