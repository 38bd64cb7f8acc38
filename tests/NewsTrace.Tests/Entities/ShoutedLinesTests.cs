using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class ShoutedLinesTests
{
    private const string Story = "TENNIS - GERMANY EDGE FRANCE IN DAVIS CUP OPENER\n\nHAMBURG 1997-04-05\n\nGermany beat France 3-2 in Hamburg on Saturday, captain Niki Pilic said.\n";

    [Fact]
    public void A_headline_in_capitals_keeps_only_the_names_the_gazetteer_knows()
    {
        var headline = Story[..Story.IndexOf('\n', StringComparison.Ordinal)];

        var found = EntityFinder.Find(Story).Where(m => m.Span.End <= headline.Length).Select(m => (Text: m.Span.Of(Story), m.Type)).ToList();

        Assert.Contains(("GERMANY", EntityTypes.Geopolitical), found);
        Assert.Contains(("FRANCE", EntityTypes.Geopolitical), found);
        Assert.DoesNotContain(found, name => name.Text.Contains("TENNIS", StringComparison.Ordinal) || name.Text.Contains("EDGE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dateline_city_in_capitals_is_a_place()
    {
        var start = Story.IndexOf("HAMBURG", StringComparison.Ordinal);

        var hamburg = EntityFinder.Find(Story).Single(m => m.Span.Start == start);

        Assert.Equal("HAMBURG", hamburg.Span.Of(Story));
        Assert.Equal(EntityTypes.Geopolitical, hamburg.Type);
    }

    [Fact]
    public void Mixed_case_lines_are_read_as_before()
    {
        var found = EntityFinder.Find(Story).Select(m => (Text: m.Span.Of(Story), m.Type)).ToList();

        Assert.Contains(("Niki Pilic", EntityTypes.Person), found);
        Assert.Contains(("Hamburg", EntityTypes.Geopolitical), found);
    }

    [Fact]
    public void A_short_capitalised_sentence_inside_a_paragraph_is_not_a_headline()
    {
        const string text = "The space agency answered at once. NASA said the launch would go ahead.";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "NASA");
    }

    [Fact]
    public void A_speaker_label_in_capitals_is_not_a_headline()
    {
        const string text = "MARTA KOVALSKA:\nWe will reopen the crossing next week.\n";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text).Contains("KOVALSKA", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SOCCER - AJAX HELD BY VITESSE\nAMSTERDAM 1996-09-15\nAjax Amsterdam were held to a 1-1 draw by Vitesse Arnhem on Sunday.", "AJAX")]
    [InlineData("SOCCER - AJAX HELD BY VITESSE\nAMSTERDAM 1996-09-15\nAjax Amsterdam were held to a 1-1 draw by Vitesse Arnhem on Sunday.", "VITESSE")]
    [InlineData("TALVEX PROFIT RISES\nMUNICH 1996-10-22\nTalvex AG said on Tuesday its profit rose by a fifth.", "TALVEX")]
    public void A_club_or_company_goes_by_its_first_word_in_the_headline(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type == EntityTypes.Organization);
    }
}
