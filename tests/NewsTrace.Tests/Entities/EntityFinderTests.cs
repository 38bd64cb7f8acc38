using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class EntityFinderTests
{
    private static EntityMention Mention(string text, string surface)
    {
        var mentions = EntityFinder.Find(text);
        return Assert.Single(mentions, mention => mention.Span.Of(text) == surface);
    }

    private static bool Has(string text, string surface) => EntityFinder.Find(text).Any(mention => mention.Span.Of(text) == surface);

    [Theory]
    [InlineData("The talks were led by Foreign Minister Sergey Lavrov on Monday.", "Sergey Lavrov")]
    [InlineData("A statement came from Kremlin spokesman Dmitry Peskov after lunch.", "Dmitry Peskov")]
    [InlineData("Reporters waited for President Pavel Orlan outside.", "Pavel Orlan")]
    [InlineData("The award went to Dr. Helena Varga of the clinic.", "Helena Varga")]
    [InlineData("Yesterday Mr. Tomasz Kowal declined to comment.", "Tomasz Kowal")]
    [InlineData("Later the opposition leader Viktor Hallam spoke.", "Viktor Hallam")]
    [InlineData("Architect Ines Moreau said the roof would be replaced.", "Ines Moreau")]
    [InlineData("The deal was signed on Tuesday, Aviation Minister Ravi Menon said.", "Ravi Menon")]
    [InlineData("The plan was backed by Fisheries Secretary Dalia Brennan.", "Dalia Brennan")]
    [InlineData("Wikinews interviews Christopher Hill, a presidential candidate.", "Christopher Hill")]
    public void Titles_mark_the_following_name_as_a_person_without_the_title(string text, string name)
        => Assert.Equal(EntityTypes.Person, Mention(text, name).Type);

    [Theory]
    [InlineData("Officials from NATO met in Brussels.", "NATO", "ORG", "NATO")]
    [InlineData("He spoke to the IAEA about the plant.", "IAEA", "ORG", "International Atomic Energy Agency")]
    [InlineData("The visit was announced by the White House on Friday.", "White House", "LOC", "White House")]
    [InlineData("A Kremlin spokesman declined to comment on the accord.", "Kremlin", "LOC", "Kremlin")]
    [InlineData("Pentagon officials said two carriers would stay in the Gulf.", "Pentagon", "LOC", "Pentagon")]
    [InlineData("Downing Street said the talks had been useful.", "Downing Street", "LOC", "Downing Street")]
    [InlineData("Delegates flew to Pyongyang for talks.", "Pyongyang", "GPE", "Pyongyang")]
    [InlineData("Trade with the DPRK has fallen.", "DPRK", "GPE", "North Korea")]
    [InlineData("Exports to the U.S. rose again.", "U.S.", "GPE", "United States")]
    [InlineData("Ties with the Russian Federation were discussed.", "Russian Federation", "GPE", "Russia")]
    [InlineData("Several Ukrainian officials were present.", "Ukrainian", "NORP", "Ukraine")]
    [InlineData("Dealers expect the Fed to leave rates alone.", "Fed", "ORG", "Federal Reserve")]
    [InlineData("The Bundesbank kept its discount rate at 2.5 percent.", "Bundesbank", "ORG", "Bundesbank")]
    [InlineData("Ministers from Mercosur met in Asuncion on Tuesday.", "Mercosur", "ORG", "Mercosur")]
    [InlineData("The PKK said it would observe the truce.", "PKK", "ORG", "Kurdistan Workers Party")]
    [InlineData("Joint Chiefs of Staff Chairman Ravi Holm said the carriers would stay.", "Joint Chiefs of Staff", "ORG", "Joint Chiefs of Staff")]
    [InlineData("The Joint Chiefs met on Sunday.", "Joint Chiefs", "ORG", "Joint Chiefs of Staff")]
    public void Known_names_get_their_type_and_canonical_form(string text, string surface, string type, string canonical)
    {
        var mention = Mention(text, surface);
        Assert.Equal(type, mention.Type);
        Assert.Equal(canonical, mention.Canonical);
    }

    [Theory]
    [InlineData("A delegation from the Ministry of Transport arrived.", "Ministry of Transport", "ORG")]
    [InlineData("Students at Halden University protested.", "Halden University", "ORG")]
    [InlineData("Fishermen on the Brenna River were warned.", "Brenna River", "LOC")]
    [InlineData("Envoys of the Republic of Ostrava gathered.", "Republic of Ostrava", "GPE")]
    [InlineData("Shares in Norvik Shipping Corporation fell.", "Norvik Shipping Corporation", "ORG")]
    public void Unknown_names_are_typed_by_their_head_word(string text, string surface, string type)
        => Assert.Equal(type, Mention(text, surface).Type);

    [Fact]
    public void Surnames_link_to_the_full_name_mentioned_earlier()
    {
        const string text = "Marta Kowalczyk opened the session. Later, Kowalczyk said the vote would wait.";
        Assert.Equal("Marta Kowalczyk", Mention(text, "Kowalczyk").Canonical);
    }

    [Theory]
    [InlineData("Shirley Mok Sze-wai, who chairs the traders' group, met officials. Later, Mok said talks had stalled.", "Mok", "Shirley Mok Sze-wai")]
    [InlineData("Derek Fung Chi-keung runs the yard. \"We wait,\" Derek Fung said.", "Derek Fung", "Derek Fung Chi-keung")]
    [InlineData("On Monday, Siobhán Ní Bhraonáin opened the hall. Ms Ní Bhraonáin said it had taken a year.", "Ní Bhraonáin", "Siobhán Ní Bhraonáin")]
    [InlineData("The coach, Marco De Santis, was sacked. De Santis said he was not surprised.", "De Santis", "Marco De Santis")]
    public void A_shorter_form_of_a_three_word_name_links_to_it(string text, string shorter, string full)
        => Assert.Equal(full, Mention(text, shorter).Canonical);

    [Fact]
    public void Transliteration_variants_share_one_canonical_name()
    {
        const string text = "Talks were led by Sergei Lavrov in the morning. In the evening Sergey Lavrov met the press again.";
        var mentions = EntityFinder.Find(text).Where(mention => mention.Type == EntityTypes.Person).ToList();
        Assert.Equal(2, mentions.Count);
        Assert.Single(mentions.Select(mention => mention.Canonical).Distinct());
    }

    [Theory]
    [InlineData("Ms Kavanagh", "Brenda Kavanagh")]
    [InlineData("Mr Kavanagh", "Dermot Kavanagh")]
    public void A_gendered_honorific_picks_which_of_two_people_sharing_a_surname(string written, string full)
    {
        var text = $"Dermot Kavanagh, a retired fitter, died in March. His wife, Brenda Kavanagh, told the inquest he had been patient. Outside court, {written} spoke briefly.";

        Assert.Equal(full, Mention(text, "Kavanagh").Canonical);
    }

    [Fact]
    public void Country_aliases_share_the_canonical_country_name()
    {
        const string text = "Envoys from North Korea arrived. Officials of the DPRK, or Democratic People's Republic of Korea, spoke later.";
        var canonicals = EntityFinder.Find(text).Where(mention => mention.Type == EntityTypes.Geopolitical).Select(mention => mention.Canonical).Distinct();
        Assert.Equal(["North Korea"], canonicals);
    }

    [Fact]
    public void An_acronym_defined_in_brackets_joins_its_expansion()
    {
        const string text = "The Federal Republic of Ostrava (FRO) signed the deal. Later the FRO said it was pleased.";
        var acronyms = EntityFinder.Find(text).Where(mention => mention.Span.Of(text) == "FRO").ToList();
        Assert.Equal(2, acronyms.Count);
        Assert.All(acronyms, mention => Assert.Equal("Federal Republic of Ostrava", mention.Canonical));
        Assert.All(acronyms, mention => Assert.Equal(EntityTypes.Geopolitical, mention.Type));
    }

    [Fact]
    public void An_acronym_matching_the_initials_of_a_name_joins_it_without_a_definition()
    {
        const string text = "The Halden Institute for Maritime Studies published a report. HIMS found that traffic fell.";
        Assert.Equal("Halden Institute for Maritime Studies", Mention(text, "HIMS").Canonical);
    }

    [Theory]
    [InlineData("The minister arrived late.", "The")]
    [InlineData("However, nothing changed.", "However")]
    [InlineData("Firefighters said the fire was out. Two firefighters were hurt.", "Firefighters")]
    [InlineData("On Monday the talks began.", "Monday")]
    public void Capitalised_common_words_are_not_names(string text, string word)
        => Assert.False(Has(text, word));

    [Fact]
    public void A_portfolio_after_a_title_word_is_no_name()
    {
        const string text = "In May, Maxime Bernier resigned as Foreign Affairs minister after the leak.";

        Assert.DoesNotContain(EntityFinder.Find(text), mention => mention.Span.Of(text).Contains("Affairs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capitalised_adjective_before_a_known_name_at_sentence_start_is_dropped()
    {
        const string text = "Talks in Ostrava ended. Neighbouring Ostrava, which shares the river, objected.";
        Assert.False(Has(text, "Neighbouring Ostrava"));
        Assert.True(Has(text, "Ostrava"));
    }

    [Fact]
    public void A_name_with_of_and_a_place_is_split_into_the_person_and_the_place()
    {
        const string text = "A call from President Tomas Eliad of Ostravia came first.";
        Assert.Equal(EntityTypes.Person, Mention(text, "Tomas Eliad").Type);
        Assert.True(Has(text, "Ostravia"));
    }

    [Theory]
    [InlineData("The Northern Ferry Authority, abbreviated as NFA, raised fares. The NFA blamed fuel costs.")]
    [InlineData("The Northern Ferry Authority, known as NFA, raised fares. Later the NFA blamed fuel costs.")]
    public void An_acronym_introduced_by_a_phrase_joins_its_expansion(string text)
    {
        var acronyms = EntityFinder.Find(text).Where(mention => mention.Span.Of(text) == "NFA").ToList();
        Assert.Equal(2, acronyms.Count);
        Assert.All(acronyms, mention => Assert.Equal("Northern Ferry Authority", mention.Canonical));
    }

    [Fact]
    public void An_acronym_of_a_lower_case_term_is_not_a_name()
    {
        const string text = "Most homes now use light-emitting diodes (LED) for lighting. An LED lasts for years.";
        Assert.False(Has(text, "LED"));
    }

    [Fact]
    public void A_body_called_by_its_head_word_after_the_is_the_body_but_a_head_two_bodies_share_is_neither()
    {
        const string text = "The Harbor Dredging Corps of Engineers approved the plan on Monday. The Corps said work would start in May.";

        Assert.Equal("Harbor Dredging Corps of Engineers", Mention(text, "Corps").Canonical);

        const string shared = "The Lakeland Water Supply Council met the Northern Ports Supply Council. The Council said nothing.";

        Assert.Equal("Council", Mention(shared, "Council").Canonical);
    }
}
