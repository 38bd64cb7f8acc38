using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class OrganisationJoinsTests
{
    [Theory]
    [InlineData("Output at Kangwon Iron and Steel Co rose 4 percent in October.", "Kangwon Iron and Steel Co")]
    [InlineData("Shares in Marlow Cable and Wire Ltd fell after the results.", "Marlow Cable and Wire Ltd")]
    public void Words_joined_by_and_before_a_company_form_are_one_company(string text, string name)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);

        var found = EntityFinder.Find(text).Single(m => m.Span.Start == start);

        Assert.Equal(name, found.Span.Of(text));
        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Theory]
    [InlineData("The lead managers are Goldman Sachs International and Nomura International Plc .", "Goldman Sachs International", "Nomura International Plc")]
    [InlineData("Bankers said Harwick Brothers Ltd and Ostrava Metal Works Plc would share the contract .", "Harwick Brothers Ltd", "Ostrava Metal Works Plc")]
    public void Two_firms_of_two_words_or_more_joined_by_and_stay_two(string text, string left, string right)
    {
        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == left && m.Type == EntityTypes.Organization);
        Assert.Contains(found, m => m.Span.Of(text) == right && m.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_group_noun_and_of_opening_a_sentence_are_no_part_of_the_firm_after_them()
    {
        const string text = "Shareholders of Lucas Industries Plc and Varity Corp on Friday approved the merger .";

        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == "Lucas Industries Plc" && m.Type == EntityTypes.Organization);
        Assert.Contains(found, m => m.Span.Of(text) == "Varity Corp" && m.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_country_after_a_company_form_and_of_is_the_country()
    {
        const string text = "The deal with Tamura Metals Corp of Japan was signed on Monday.";

        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == "Tamura Metals Corp" && m.Type == EntityTypes.Organization);
        Assert.Contains(mentions, m => m.Span.Of(text) == "Japan" && m.Type is EntityTypes.Geopolitical or EntityTypes.Location);
    }

    [Theory]
    [InlineData("Talks between Microsoft and Apple Inc ended without a deal.", "Apple Inc")]
    [InlineData("Sales at Tamura Motor Corp and Kessel Motor Co rose in May.", "Kessel Motor Co")]
    public void Two_companies_named_with_and_stay_two(string text, string second)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == second);
        Assert.DoesNotContain(mentions, m => m.Span.Of(text).Contains(" and ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The engine went on show at the Kessler Air and Space Museum on Friday.", "Kessler Air and Space Museum")]
    [InlineData("Visitors toured the Ostrava Space and Rocket Center on Monday.", "Ostrava Space and Rocket Center")]
    [InlineData("A grant from the Department of Fish and Wildlife paid for the survey.", "Department of Fish and Wildlife")]
    [InlineData("The Ministry of Trade and Industry said exports rose.", "Ministry of Trade and Industry")]
    [InlineData("The Securities and Exchange Board of Kenya fined the broker on Monday.", "Securities and Exchange Board of Kenya")]
    [InlineData("Rebels met the Commission for Concord and Pacification in the capital .", "Commission for Concord and Pacification")]
    [InlineData("A report by the Centre for Research and Development was released.", "Centre for Research and Development")]
    public void Names_headed_by_an_organisation_or_site_word_take_in_words_joined_by_and(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name);
    }

    [Theory]
    [InlineData("Talks between Ukraine and the European Union resumed.", "Ukraine")]
    [InlineData("Students from Denmark and Marsden College met in May.", "Denmark")]
    [InlineData("Officials of the Ministry of Finance and Bank of Japan met on Friday .", "Ministry of Finance")]
    [InlineData("Officials of the Ministry of Finance and Bank of Japan met on Friday .", "Bank of Japan")]
    public void Known_names_before_and_stay_apart(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name);
    }

    [Theory]
    [InlineData("He was jailed by the New South Wales Supreme Court on Friday.", "New South Wales Supreme Court")]
    [InlineData("The case went to the Los Angeles County Superior Court in May.", "Los Angeles County Superior Court")]
    [InlineData("Shares fell on the Buenos Aires Stock Exchange on Monday .", "Buenos Aires Stock Exchange")]
    [InlineData("Trading on the Kuala Lumpur Stock Exchange was thin.", "Kuala Lumpur Stock Exchange")]
    public void A_state_or_city_court_is_one_body_with_its_place(string text, string name)
    {
        var found = EntityFinder.Find(text).Single(m => m.Span.Of(text).EndsWith(name.Split(' ')[^1], StringComparison.Ordinal));

        Assert.Equal(name, found.Span.Of(text));
        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Fact]
    public void A_country_s_court_stays_apart_from_the_country()
    {
        const string text = "The ruling was upheld by the U.S. Supreme Court on Monday.";

        var names = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains("U.S.", names);
    }

    [Fact]
    public void Two_bodies_joined_by_and_stay_two_when_the_second_is_a_whole_name()
    {
        const string text = "Bank of Nova Scotia and Royal Bank of Canada report their results later this week , and the Department of Health and Human Services said nothing .";

        var found = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains("Bank of Nova Scotia", found);
        Assert.Contains("Royal Bank of Canada", found);
        Assert.Contains("Department of Health and Human Services", found);
    }

    [Fact]
    public void A_legal_form_before_and_ends_a_company_of_its_own()
    {
        const string text = "Other big banks , including Kawabe Bank Ltd and Morioka Bank , would report similar falls next week .";

        var found = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains("Kawabe Bank Ltd", found);
        Assert.Contains("Morioka Bank", found);
    }

    [Fact]
    public void A_body_s_head_before_of_opens_the_name_though_the_story_writes_it_in_lower_case()
    {
        const string text = "Bank of Kansai-Hokuriku Ltd , the region 's largest bank , said on Friday its profit fell .";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "Bank of Kansai-Hokuriku Ltd" && m.Type == EntityTypes.Organization);
    }

    [Theory]
    [InlineData("\" Margins held up well , \" said Joost van Vliet of Bercken & Co .", "Joost van Vliet", "Bercken & Co")]
    [InlineData("Demand was firm , said analyst Pieter Zonneveld of Achterhoek Securities Ltd .", "Pieter Zonneveld", "Achterhoek Securities Ltd")]
    public void An_analyst_named_with_the_firm_is_a_person_and_a_firm(string text, string person, string firm)
    {
        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == person && m.Type == EntityTypes.Person);
        Assert.Contains(found, m => m.Span.Of(text) == firm && m.Type == EntityTypes.Organization);
    }

    [Theory]
    [InlineData("Perot said he would go to court as the Commission on Presidential Debates prepared to rule .", "Commission on Presidential Debates")]
    [InlineData("A report by the Council on Foreign Relations and Trade was published .", "Council on Foreign Relations and Trade")]
    public void A_body_stopped_at_its_head_takes_in_on_or_for_and_the_capitalised_words_after(string text, string body)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == body && m.Type == EntityTypes.Organization);

    [Theory]
    [InlineData("The Harbour Civic Association on Mulberry Street met .", "Harbour Civic Association on Mulberry Street")]
    [InlineData("The Trade Commission on Friday said it would rule .", "Trade Commission on Friday")]
    [InlineData("The Joint Commission on Trade , Economic and Technical Cooperation met .", "Joint Commission on Trade")]
    public void A_place_a_date_or_a_list_after_on_is_no_part_of_the_body(string text, string wrong)
        => Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == wrong);

    [Theory]
    [InlineData("Opposition leader Jean Mbuyi of the Union for Democracy and Social Progress said he would not attend .", "Union for Democracy and Social Progress")]
    [InlineData("The Northern Luzon Council for Peace and Development will run the region for three years .", "Northern Luzon Council for Peace and Development")]
    [InlineData("Analysts at the Centre for Strategic and International Studies said the talks had stalled .", "Centre for Strategic and International Studies")]
    public void A_body_named_for_something_takes_in_words_after_and_that_the_tagger_read_as_a_person(string text, string body)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == body && m.Type == EntityTypes.Organization);

    [Theory]
    [InlineData("Fighters of the National Patriotic Front of Liberia and Alhaji Kromah 's faction clashed on Monday .", "Alhaji Kromah")]
    [InlineData("Shares in Royal Bank of Canada and Bank of Montreal rose on Tuesday .", "Bank of Montreal")]
    public void A_body_named_after_its_country_or_city_ends_before_and(string text, string second)
        => Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text).Contains(" and " + second, StringComparison.Ordinal));
}
