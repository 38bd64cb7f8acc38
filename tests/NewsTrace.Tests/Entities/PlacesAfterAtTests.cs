using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class PlacesAfterAtTests
{
    [Theory]
    [InlineData("BALTIMORE 1996-09-08\nRafael Ortega hit his 30th homer as the Orioles beat the Mariners 6-2 on Sunday at Marrowgate Yards .\nOrtega also drove in three runs .", "Marrowgate Yards")]
    [InlineData("OSLO 1996-08-29\nA Russian airliner carrying 141 people crashed into a mountain on Thursday near the airport at Vellundhamn , police said .\nIngrid Solberg , the regional governor , said fog had hampered the rescue .", "Vellundhamn")]
    public void A_name_after_at_is_a_place_not_a_person(string text, string name)
    {
        var mention = EntityFinder.Find(text).Single(m => m.Span.Of(text) == name);

        Assert.Equal(EntityTypes.Location, mention.Type);
    }

    [Theory]
    [InlineData("WASHINGTON 1996-10-02\nThe bill died in committee on Tuesday . Party leaders took aim at Harkavy Tillotson over the delay , aides said .", "Harkavy Tillotson")]
    [InlineData("WASHINGTON 1996-10-02\nThe senator aimed squarely at Ashbury Crane in a speech on Tuesday .", "Ashbury Crane")]
    public void A_person_something_is_aimed_at_stays_a_person(string text, string name)
    {
        var mention = EntityFinder.Find(text).Single(m => m.Span.Of(text) == name);

        Assert.Equal(EntityTypes.Person, mention.Type);
    }
}
