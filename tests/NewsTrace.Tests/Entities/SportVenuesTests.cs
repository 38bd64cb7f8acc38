using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class SportVenuesTests
{
    private const string Soccer = "SOCCER - LEADERS WIN AGAIN .\nEDINBURGH 1996-11-30\n"
        + "Hearts stayed top on Saturday with a 3-0 win over Motherwell at Tynecastle .\n"
        + "Hibs stayed second after beating St Mirren 2-0 at Almondvale , Dutch striker Ruud Prins scoring twice .\n"
        + "Dundee United drew 1-1 at Kilmarnock , while Aberdeen lost 2-0 at Celtic .\n"
        + "The match was played at the Rugby Park stadium in front of 6,000 fans .\n"
        + "In France , Lens beat Nantes 3-1 at the Stade de Beaujoire .\n";

    private const string Racing = "MOTOR RACING - HILL WINS IN PORTUGAL .\nESTORIL 1996-09-22\n"
        + "Damon Hill won the Portuguese grand prix at Estrelinha on Sunday , beating Jacques Villeneuve by two seconds .\n"
        + "Villeneuve had beaten Hill 2-1 in the standings after the race at Suzuka last year .\n";

    private const string Boxing = "BOXING - HOLYFIELD STOPS TYSON .\nLAS VEGAS 1996-11-09\n"
        + "Evander Holyfield beat Mike Tyson in the 11th round at the Andrews and Morrow Center on Saturday .\n";

    private const string Cricket = "CRICKET - KENT WIN FINAL .\nLONDON 1996-09-07\n"
        + "Kent beat Sussex by 60 runs at Lord 's on Saturday to win the cup , and Surrey won at Lord\u2019s a year before .\n";

    [Theory]
    [InlineData(Cricket, "Lord 's")]
    [InlineData(Cricket, "Lord\u2019s")]
    [InlineData(Soccer, "Tynecastle")]
    [InlineData(Soccer, "Rugby Park")]
    [InlineData(Soccer, "Almondvale")]
    [InlineData(Soccer, "Stade de Beaujoire")]
    [InlineData(Racing, "Estrelinha")]
    [InlineData(Racing, "Suzuka")]
    [InlineData(Boxing, "Andrews and Morrow Center")]
    public void A_ground_named_after_the_sides_or_the_event_is_a_place(string text, string ground)
    {
        var found = EntityFinder.Find(text).Single(m => m.Span.Of(text) == ground);

        Assert.Equal(EntityTypes.Location, found.Type);
    }

    [Fact]
    public void A_side_after_at_with_no_opponent_named_stays_the_side()
    {
        var found = EntityFinder.Find(Soccer).Where(m => m.Span.Of(Soccer) is "Kilmarnock" or "Celtic").ToList();

        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.Equal(EntityTypes.Organization, m.Type));
    }
}
