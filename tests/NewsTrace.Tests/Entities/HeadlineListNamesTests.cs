using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

/// <summary>Names in a shouted headline that the story body writes another way, found from the word lists.</summary>
public sealed class HeadlineListNamesTests
{
    [Theory]
    [InlineData("VALUJET RESUMES FLIGHTS TO FLORIDA\nATLANTA 1996-09-30\nValuJet Airlines flew again on Monday for the first time since June.", "VALUJET")]
    [InlineData("LUFTHANSA PROFIT SLIPS ON FUEL\nCOLOGNE 1997-03-17\nDeutsche Lufthansa AG said on Monday its profit fell.", "LUFTHANSA")]
    [InlineData("SAMSUNG ELECTRONICS PROFIT FALLS\nSEOUL 1996-08-22\nSamsung Electronics Co Ltd said on Thursday its profit fell by half.", "SAMSUNG ELECTRONICS")]
    public void A_company_the_lists_know_keeps_its_name_in_capitals(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type == EntityTypes.Organization);
    }

    [Theory]
    [InlineData("RUGBY UNION - SPRINGBOKS EDGE FRANCE IN PARIS\nPARIS 1996-11-30\nSouth Africa beat France 13-12 on Saturday.", "SPRINGBOKS")]
    [InlineData("SOCCER - SCHALKE HOLD LEADERS TO A DRAW\nGELSENKIRCHEN 1996-10-19\nThe home side equalised in the last minute.", "SCHALKE")]
    [InlineData("SOCCER - STUTTGART GO TOP WITH THIRD STRAIGHT WIN\nBONN 1996-09-14\nThe visitors scored twice after the break.", "STUTTGART")]
    public void A_side_the_lists_know_is_the_team_in_a_team_sport_headline(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type == EntityTypes.Organization);
    }

    [Theory]
    [InlineData("SOCCER - ENGLAND WIN IN STUTTGART\nBONN 1996-09-14\nThe visitors scored twice after the break.", "STUTTGART")]
    [InlineData("SOCCER - GALATASARAY WIN ISTANBUL DERBY\nISTANBUL 1996-11-03\nThe champions won 2-1 at home.", "DERBY")]
    [InlineData("CRICKET - SHEFFIELD SHIELD SCOREBOARD\nHOBART 1996-11-10\nScores on the second day of the match.", "SHEFFIELD")]
    public void A_town_after_a_place_preposition_a_contest_and_a_headline_word_are_no_team(string text, string word)
    {
        var mentions = EntityFinder.Find(text);

        Assert.DoesNotContain(mentions, m => m.Span.Of(text) == word && m.Type == EntityTypes.Organization);
    }
}
