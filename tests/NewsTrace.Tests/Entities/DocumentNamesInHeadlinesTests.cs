using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class DocumentNamesInHeadlinesTests
{
    private const string Story = "TENNIS - KOVALSKA BEATS DRENNER TO REACH FINAL\nTORONTO 1996-08-17\n"
        + "Marta Kovalska beat Anna Drenner.\nThe top seed won 6-2 6-4 on Saturday to reach the final in Toronto.\n"
        + "Kovalska said she had served well.\n";

    [Fact]
    public void A_headline_in_capitals_keeps_the_names_the_story_gives_in_ordinary_case()
    {
        var headline = Story[..Story.IndexOf('\n', StringComparison.Ordinal)];

        var found = EntityFinder.Find(Story).Where(m => m.Span.End <= headline.Length).Select(m => (Text: m.Span.Of(Story), m.Type)).ToList();

        Assert.Contains(("KOVALSKA", EntityTypes.Person), found);
        Assert.DoesNotContain(found, name => name.Text.Contains("TENNIS", StringComparison.Ordinal) || name.Text.Contains("FINAL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_company_named_in_full_once_is_the_company_by_its_short_name_too()
    {
        const string text = "The carmaker Veltrona Motor Corp said on Thursday its profit rose. Shares in Veltrona rose 2 percent, and Veltrona Motor expects more growth.";

        var found = EntityFinder.Find(text).Select(m => (Text: m.Span.Of(text), m.Type)).ToList();

        Assert.Contains(("Veltrona Motor Corp", EntityTypes.Organization), found);
        Assert.Contains(("Veltrona", EntityTypes.Organization), found);
        Assert.Contains(("Veltrona Motor", EntityTypes.Organization), found);
    }

    [Fact]
    public void A_headline_calls_a_mining_company_by_the_name_before_its_business_and_legal_form()
    {
        const string story = "CANADA : KORVALE AND TESSMAR TALK ON MERGER .\nTORONTO 1997-02-03\n"
            + "Korvale Minerals Ltd said on Monday it was in talks with Tessmar Gold Corp on a merger of their mines in Ontario .\n"
            + "Korvale chairman Dennis Ruckle said a deal could come within weeks .\n";
        var headline = story[..story.IndexOf('\n', StringComparison.Ordinal)];

        var found = EntityFinder.Find(story).Select(m => (Text: m.Span.Of(story), m.Type, InHeadline: m.Span.End <= headline.Length)).ToList();

        Assert.Contains(("KORVALE", EntityTypes.Organization, true), found);
        Assert.Contains(("TESSMAR", EntityTypes.Organization, true), found);
        Assert.Contains(("Korvale", EntityTypes.Organization, false), found);
    }

    [Fact]
    public void A_headline_in_title_case_keeps_only_the_names_the_story_or_the_lists_know()
    {
        const string story = "Dunmore Mocks Farm Voters at Lavish Fundraiser — And Rivals Are Furious\n\n"
            + "Celia Dunmore thought the microphones were off when she spoke to donors in Chicago on Friday.\n";
        var headline = story[..story.IndexOf('\n', StringComparison.Ordinal)];

        var found = EntityFinder.Find(story).Where(m => m.Span.End <= headline.Length).Select(m => (Text: m.Span.Of(story), m.Type)).ToList();

        Assert.Contains(("Dunmore", EntityTypes.Person), found);
        Assert.DoesNotContain(found, name => name.Text.Contains("Mocks", StringComparison.Ordinal) || name.Text.Contains("Furious", StringComparison.Ordinal));
    }
}
