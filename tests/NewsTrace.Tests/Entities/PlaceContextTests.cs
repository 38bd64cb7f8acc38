using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class PlaceContextTests
{
    [Theory]
    [InlineData("The ministers met in Velgrad on Monday. Velgrad has offered to host the next round.", "Velgrad")]
    [InlineData("Trucks from the port drive into Tarnovar every night. Tarnovar lies on the river.", "Tarnovar")]
    public void An_unknown_name_the_text_puts_after_in_is_a_place(string text, string name)
    {
        var mentions = EntityFinder.Find(text).Where(m => m.Span.Of(text) == name).ToList();

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.NotEqual(EntityTypes.Person, m.Type));
    }

    [Fact]
    public void A_person_after_to_or_in_a_possessive_stays_a_person()
    {
        const string text = "Foreign Minister Ilsa Varga spoke to Brandauer on Monday. In Varga's view the talks went well.";

        var varga = EntityFinder.Find(text).Where(m => m.Span.Of(text).Contains("Varga", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(varga);
        Assert.All(varga, m => Assert.Equal(EntityTypes.Person, m.Type));
    }

    [Theory]
    [InlineData("Guerrillas attacked army posts in the southern states of Guerrero and Oaxaca overnight .", "Guerrero", EntityTypes.Geopolitical)]
    [InlineData("Rebels hold Zakho and Dohuk, the two towns nearest the border.", "Zakho", EntityTypes.Geopolitical)]
    [InlineData("The Czech towns of Ostrava and Opava were cut off by the water.", "Opava", EntityTypes.Geopolitical)]
    [InlineData("Turnout was thin in Srinagar and Baramulla, officials said.", "Baramulla", EntityTypes.Geopolitical)]
    [InlineData("Fighters advanced toward the government stronghold of Sarobi , the last defence on the road to the capital .", "Sarobi", EntityTypes.Geopolitical)]
    [InlineData("Buyers in the growing region around Soubre said beans had started to arrive .", "Soubre", EntityTypes.Geopolitical)]
    [InlineData("Protesters have blocked the road to Puerto Asis since Friday .", "Puerto Asis", EntityTypes.Geopolitical)]
    [InlineData("The party won in western provinces such as Khovd, but lost Darkhan.", "Khovd", EntityTypes.Geopolitical)]
    [InlineData("Shelling was heard in the province of Khorasan late on Friday.", "Khorasan", EntityTypes.Geopolitical)]
    [InlineData("The aid trucks drove through Kajiado before dark.", "Kajiado", EntityTypes.Geopolitical)]
    [InlineData("Rebels blocked the road to Vedeno on Sunday.", "Vedeno", EntityTypes.Geopolitical)]
    [InlineData("All flights to Kurmashi were cancelled after the storm.", "Kurmashi", EntityTypes.Geopolitical)]
    [InlineData("Troops dug in along the Ozama river before the ceasefire.", "Ozama", EntityTypes.Location)]
    [InlineData("Herders drove their flocks down the Tumen valley at night.", "Tumen", EntityTypes.Location)]
    [InlineData("Most of the families came from villages in the Pashar valley.", "Pashar", EntityTypes.Location)]
    [InlineData("Several thousand families camped near Torkham this week, aid workers said.", "Torkham", EntityTypes.Geopolitical)]
    [InlineData("The leader stayed second after a quiet day in the hills west of Aldoria .", "Aldoria", EntityTypes.Geopolitical)]
    [InlineData("The negotiator told reporters at the Kessum crossing that the gaps were narrowing .", "Kessum", EntityTypes.Geopolitical)]
    [InlineData("Government forces pushed north towards the Varang tunnel on Tuesday .", "Varang", EntityTypes.Location)]
    public void An_unknown_name_in_a_list_of_places_or_beside_a_place_noun_is_a_place(string text, string name, string type)
    {
        var mentions = EntityFinder.Find(text).Where(m => m.Span.Of(text) == name).ToList();

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(type, m.Type));
    }

    [Theory]
    [InlineData("Talks between Yeltsin and Chernomyrdin ended late on Tuesday.", "Chernomyrdin")]
    [InlineData("The ruling angered Lagos and Obasanjo alike. Obasanjo said he would appeal.", "Obasanjo")]
    public void A_person_beside_places_stays_a_person(string text, string name)
    {
        var mentions = EntityFinder.Find(text).Where(m => m.Span.Of(text) == name).ToList();

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(EntityTypes.Person, m.Type));
    }

    [Theory]
    [InlineData("The results are shown in Figure 3 and discussed below.", "Figure")]
    [InlineData("Pupils in School were sent home early. The school reopens on Monday.", "School")]
    [InlineData("The talks resumed in March after a long pause.", "March")]
    public void A_reference_a_common_word_or_a_month_after_in_is_no_place(string text, string word)
    {
        var found = EntityFinder.Find(text);

        Assert.DoesNotContain(found, m => m.Span.Of(text) == word && m.Type is EntityTypes.Geopolitical or EntityTypes.Location);
    }

    [Theory]
    [InlineData("Wreckage fell on fields near Kalyan Dadri , about 80 km west of the capital .", "Kalyan Dadri", EntityTypes.Geopolitical)]
    [InlineData("The bus overturned outside Tarnovo Selo on Monday.", "Tarnovo Selo", EntityTypes.Geopolitical)]
    [InlineData("He stood near Tony Blair during the speech.", "Tony Blair", EntityTypes.Person)]
    public void Two_unknown_words_after_near_or_outside_are_a_place(string text, string name, string type)
    {
        var found = EntityFinder.Find(text).Where(m => m.Span.Of(text) == name).ToList();

        Assert.Single(found);
        Assert.Equal(type, found[0].Type);
    }

    [Theory]
    [InlineData("\" We just want them to come home , \" said Zarema Dudova , a teacher from Vedeno who came to watch .", "Vedeno")]
    [InlineData("Laurent Brochard won the stage , a 176-km ride from Cognac to Jarnac , in a sprint .", "Cognac")]
    [InlineData("Laurent Brochard won the stage , a 176-km ride from Cognac to Jarnac , in a sprint .", "Jarnac")]
    [InlineData("Gunmen attacked a police post at the Pacific resort of Zihuatlan on Wednesday .", "Zihuatlan")]
    [InlineData("The president met envoys at the Ntare presidential palace on Monday .", "Ntare")]
    public void Where_someone_comes_from_the_ends_of_a_journey_a_resort_and_a_palace_are_places(string text, string name)
    {
        var found = Assert.Single(EntityFinder.Find(text), m => m.Span.Of(text) == name);

        Assert.Contains(found.Type, new[] { EntityTypes.Geopolitical, EntityTypes.Location });
    }

    [Fact]
    public void Something_taken_from_a_named_person_leaves_the_person_a_person()
    {
        const string text = "In 1957 he wrested control of the family from Frank Costello , a friend of Lucky Luciano .";

        Assert.Equal(EntityTypes.Person, Assert.Single(EntityFinder.Find(text), m => m.Span.Of(text) == "Frank Costello").Type);
    }

    [Theory]
    [InlineData("Tomasz Wielgosz , a councillor from Nowa Huta , said the budget ignored the suburbs .", "Nowa Huta")]
    [InlineData("Two senators from Tarnowo Dolne voted against the bill on Friday .", "Tarnowo Dolne")]
    public void Two_unknown_words_after_an_elected_member_and_from_are_a_place(string text, string name)
    {
        var found = EntityFinder.Find(text).Where(m => m.Span.Of(text) == name).ToList();

        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.NotEqual(EntityTypes.Person, m.Type));
    }
}
