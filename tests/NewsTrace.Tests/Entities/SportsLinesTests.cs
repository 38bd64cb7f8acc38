using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

/// <summary>Names on the lines agencies print under results headlines: ranked lists, scorers, scorecards.</summary>
public sealed class SportsLinesTests
{
    private const string Downhill = "ALPINE SKIING - WOMEN 'S SUPER-G RESULTS .\nLAKE LOUISE , Canada 1996-12-01\n"
        + "Leading results of a World Cup super-G on Sunday :\n1. Ulrike Staudinger ( Austria ) 1:15.20\n"
        + "2. Pernilla Wiberg ( Sweden ) 1:15.41\n3. Bibiana Perez ( Italy ) 1:15.77\n4. Marc Girardelli ( Luxembourg ) 1:16.02\nOverall standings :\n1. Staudinger 305 points\n";

    private const string Stage = "CYCLING - STAGE RESULTS .\n1. Andrei Tchmil ( Belgium ) Rabobank 4:31:02\n"
        + "2. Mario Cipollini ( Italy ) Saeco same time\n";

    private const string Football = "SOCCER - ENGLISH LEAGUE RESULTS .\nResults of matches on Saturday :\n"
        + "Blackburn 2 ( Sutton 12 , Gallacher 55 ) Leeds 1 ( Deane 80 )\n"
        + "Scorers : Fowler 23 , McManaman 67 pen ; Yorke 88 .\n";

    private const string Rugby = "RUGBY UNION - SCORERS .\nTries : Jonah Lomu , Frank Bunce . Conversions : Andrew Mehrtens 2 . Penalties : Mehrtens 3 .\n";

    private const string Scorecard = "CRICKET - SCOREBOARD .\nG. Kirsten c Healy b Warne 44\nA. Hudson lbw b Gillespie 12\n"
        + "D. Cullinan run out 7\nExtras ( lb-4 nb-2 ) 6\nBowling : Bichel 12-3-40-1 , Gillespie 10-2-30-2 , Warne 20-5-55-3\n";

    private const string Leaderboard = "GOLF - LEADING SCORES .\nLeading first-round scores on Thursday :\n65 Craig Parry\n"
        + "66 Greg Turner , Wayne Grady\n67 Nick Faldo ( Britain ) , Ian Baker-Finch\n69 Stewart Ginn , Rodger Davis\nAlso : 70 Tom Kite , Mark Brooks\n";

    private const string Majors = "BASEBALL - MAJOR LEAGUE RESULTS .\nResults on Tuesday :\nTEXAS 6 Seattle 5 ( 10 innings )\n"
        + "Colorado 3 Calgary 3 ( overtime )\nBoston 5 Baltimore 4\n";

    private const string Leaders = "BASKETBALL - NBA RESULTS .\nResults on Friday ( home team in CAPS ) :\nDENVER 101 Utah 97\nLeading scorers :\n"
        + "Denver : Abdul-Rauf 28 , Ellis 19 ; Utah : Malone 30 , Hornacek 21 .\n";

    [Theory]
    [InlineData(Leaders, "Abdul-Rauf")]
    [InlineData(Leaders, "Ellis")]
    [InlineData(Leaders, "Malone")]
    [InlineData(Leaders, "Hornacek")]
    [InlineData(Downhill, "Ulrike Staudinger")]
    [InlineData(Downhill, "Pernilla Wiberg")]
    [InlineData(Downhill, "Bibiana Perez")]
    [InlineData(Downhill, "Marc Girardelli")]
    [InlineData(Stage, "Andrei Tchmil")]
    [InlineData(Football, "Sutton")]
    [InlineData(Football, "Gallacher")]
    [InlineData(Football, "Deane")]
    [InlineData(Football, "Fowler")]
    [InlineData(Football, "McManaman")]
    [InlineData(Football, "Yorke")]
    [InlineData(Rugby, "Jonah Lomu")]
    [InlineData(Rugby, "Andrew Mehrtens")]
    [InlineData(Scorecard, "Healy")]
    [InlineData(Scorecard, "Gillespie")]
    [InlineData(Scorecard, "Bichel")]
    [InlineData(Leaderboard, "Greg Turner")]
    [InlineData(Leaderboard, "Stewart Ginn")]
    [InlineData(Leaderboard, "Ian Baker-Finch")]
    [InlineData(Leaderboard, "Tom Kite")]
    public void A_competitor_on_a_results_line_is_a_person(string text, string name)
        => AssertTyped(text, name, EntityTypes.Person, text.IndexOf(name, StringComparison.Ordinal));

    [Fact]
    public void A_surname_in_the_standings_is_the_competitor_named_in_full()
        => AssertTyped(Downhill, "Staudinger", EntityTypes.Person, Downhill.LastIndexOf("Staudinger", StringComparison.Ordinal));

    [Theory]
    [InlineData(Stage, "Rabobank")]
    [InlineData(Stage, "Saeco")]
    [InlineData(Football, "Leeds")]
    [InlineData(Majors, "TEXAS")]
    [InlineData(Majors, "Seattle")]
    [InlineData(Majors, "Colorado")]
    [InlineData(Majors, "Calgary")]
    public void A_team_on_a_results_line_is_an_organisation(string text, string name)
        => AssertTyped(text, name, EntityTypes.Organization, text.IndexOf(name, StringComparison.Ordinal));

    [Fact]
    public void A_scorer_with_a_particle_keeps_it()
    {
        const string Text = "SOCCER - DUTCH RESULTS .\nSummaries :\nVitesse 2 ( van Duin 15 pen , Koster 77 ) Utrecht 0\n";

        Assert.Contains(EntityFinder.Find(Text), m => m.Span.Of(Text) == "van Duin" && m.Type == EntityTypes.Person);
    }

    [Fact]
    public void A_label_before_a_colon_is_no_side()
    {
        const string Text = "CRICKET - ONE-DAY RESULT .\nScores : Kenya 201-7 in 50 overs ( Tikolo 88 ) .\n";

        Assert.DoesNotContain(EntityFinder.Find(Text), m => m.Span.Of(Text) == "Scores");
    }

    [Fact]
    public void A_side_before_its_leading_scorers_is_a_team()
        => AssertTyped(Leaders, "Utah", EntityTypes.Organization, Leaders.IndexOf("Utah :", StringComparison.Ordinal));

    [Theory]
    [InlineData("Shares in Vantor Holdings ( Sweden ) rose 4 percent after the bid .", "Vantor Holdings")]
    [InlineData("The talks in Geneva ( Switzerland ) ended on Friday .", "Geneva")]
    [InlineData("The company's new Nimbus 9 (NB9) browser is almost complete.", "NB9")]
    [InlineData("1 Introduction\nTenured staff play a special role in research.", "Introduction")]
    public void A_name_before_a_country_in_brackets_in_running_text_keeps_its_reading(string text, string name)
    {
        var found = EntityFinder.Find(text).Where(m => m.Span.Of(text) == name).ToList();

        Assert.All(found, m => Assert.NotEqual(EntityTypes.Person, m.Type));
    }

    private static void AssertTyped(string text, string name, string type, int start)
    {
        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Start == start);

        Assert.True(found is not null, $"nothing found at \"{name}\"");
        Assert.Equal(name, found.Span.Of(text));
        Assert.Equal(type, found.Type);
    }

    [Fact]
    public void A_venue_heading_a_results_line_is_the_town_and_the_attendance_is_no_player()
    {
        const string text = "SOCCER - EUROPEAN CUP RESULTS .\nLONDON 1996-09-11\nIn Oporto : Porto 2 ( Jardel 28 ) IFK Gothenburg 1 ( Andersson 67 ) . Attendance 40,000";

        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == "Oporto" && m.Type == EntityTypes.Geopolitical);
        Assert.DoesNotContain(found, m => m.Span.Of(text).Contains("In ", StringComparison.Ordinal));
        Assert.DoesNotContain(found, m => m.Span.Of(text) == "Attendance");
    }

    [Fact]
    public void A_fielder_or_bowler_named_like_a_town_is_a_person()
    {
        const string text = "CRICKET - SCOREBOARD .\nIjaz Ahmed c Croft b Cork 61\nSalim Malik c Cork b Mullally 12\n";

        var cork = EntityFinder.Find(text).Where(m => m.Span.Of(text) == "Cork").ToList();

        Assert.Equal(2, cork.Count);
        Assert.All(cork, m => Assert.Equal(EntityTypes.Person, m.Type));
    }
}
