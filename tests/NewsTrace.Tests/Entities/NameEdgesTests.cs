using NewsTrace.Entities;
using NewsTrace.Entities.Tagging;
using NewsTrace.Text;

namespace NewsTrace.Tests.Entities;

/// <summary>Where a person's name starts and ends: titles before it, suffixes and particles.</summary>
public sealed class NameEdgesTests
{
    [Theory]
    [InlineData("Referee Richard Steele stopped the fight in the ninth round.", "Richard Steele")]
    [InlineData("Referee Tony Weeks stopped the bout early in the seventh round .", "Tony Weeks")]
    [InlineData("Inspector Dave Gaskin said the climber fell about 600 metres .", "Dave Gaskin")]
    [InlineData("German Heinz-Harald Frentzen won his first race on Sunday .", "Heinz-Harald Frentzen")]
    [InlineData("The bout ended early after stopping American Hasim Rahman in the seventh .", "Hasim Rahman")]
    [InlineData("Civil Aviation Minister Bal Sharma said the pilots were not at fault.", "Bal Sharma")]
    [InlineData("Trainer Henry Cecil said the colt was fit.", "Henry Cecil")]
    [InlineData("The firm 's chief executive Harry Stonecipher will retire next year .", "Harry Stonecipher")]
    [InlineData("Defending champion Goran Karlsen lost in the first round.", "Goran Karlsen")]
    [InlineData("Cal Ripken Jr. played his 2,300th straight game on Friday.", "Cal Ripken Jr.")]
    [InlineData("The home run was the 40th of the season for Ken Griffey Jr. on Sunday.", "Ken Griffey Jr.")]
    [InlineData("Curtis Grange III won the play-off at the first extra hole.", "Curtis Grange III")]
    [InlineData("Davis Love III lost the play-off at the first extra hole.", "Davis Love III")]
    [InlineData("Brigadier Ravi Seneviratne told reporters the army had lost 12 men.", "Ravi Seneviratne")]
    [InlineData("Roman Catholic Bishop Tomas Ilunga said he was honoured by the award.", "Tomas Ilunga")]
    [InlineData("Militia leader Mullah Abdul Karim said the fighting would go on.", "Abdul Karim")]
    [InlineData("Kenyan Daniel Kiprop won the 5,000 metres in a world-leading time.", "Daniel Kiprop")]
    [InlineData("The title went to Ethiopian Haile Bekele , who led from the bell .", "Haile Bekele")]
    [InlineData("The court ended the inquiry into Marc Delvaux , saying the evidence was weak .", "Marc Delvaux")]
    [InlineData("Supporters of Syed Imran Shah Bukhari marched through the old city on Friday .", "Syed Imran Shah Bukhari")]
    [InlineData("Vice-chairman Rohan Mehta said the money would pay for a refinery .", "Rohan Mehta")]
    [InlineData("Chancellor of the Exchequer Kenneth Harlow raised rates on Wednesday .", "Kenneth Harlow")]
    [InlineData("Corporal Wilson Arango was among the dead , the army said .", "Wilson Arango")]
    [InlineData("Californian Tom Hollister shot a 67 to lead by two strokes .", "Tom Hollister")]
    public void A_person_is_named_without_the_title_and_with_the_suffix(string text, string name)
    {
        var people = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Person).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains(name, people);
    }

    [Fact]
    public void A_title_word_inside_a_name_that_opens_with_a_given_name_stays()
    {
        const string text = "Martin Luther King spoke in Washington in 1963.";

        var people = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Person).Select(m => m.Span.Of(text)).ToList();

        Assert.Equal(["Martin Luther King"], people);
    }

    [Fact]
    public void A_surname_alone_keeps_the_particle_of_the_full_name()
    {
        const string text = "Former police colonel Eugene de Kock was sentenced on Monday. The judge said de Kock had shown no remorse.";

        var people = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Person).Select(m => m.Span.Of(text)).ToList();

        Assert.Equal(["Eugene de Kock", "de Kock"], people);
    }

    [Fact]
    public void A_surname_opening_a_sentence_keeps_its_capitalised_particle()
    {
        const string text = "Former police colonel Hendrik de Waal was jailed for life on Monday .\nDe Waal is expected to appeal .";

        var people = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Person).Select(m => m.Span.Of(text)).ToList();

        Assert.Equal(["Hendrik de Waal", "De Waal"], people);
    }

    [Theory]
    [InlineData("SOCCER - DI LIVIO GIVES TORINO WIN .\nTURIN 1996-11-24\nStriker Angelo Di Livio scored in the 80th minute .", "DI LIVIO")]
    [InlineData("CRICKET - DE MEL CENTURY WINS TEST .\nKANDY 1996-08-29\nRoshan de Mel hit an unbeaten 112 on Thursday .", "DE MEL")]
    [InlineData("SKIING - VON ALLMEN WINS SLALOM .\nWENGEN 1996-12-15\nSwiss skier Urs von Allmen won on Sunday .", "VON ALLMEN")]
    public void A_surname_in_a_capitals_headline_keeps_its_particle(string text, string surname)
    {
        var people = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Person).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains(surname, people);
    }

    [Fact]
    public void A_particle_the_full_name_did_not_have_stays_out()
    {
        const string text = "Police chief Pieter Kock spoke first. Critics of de Kock said he had not acted.";

        var people = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Person).Select(m => m.Span.Of(text)).ToList();

        Assert.DoesNotContain("de Kock", people);
    }

    [Theory]
    [InlineData("Christian Panucci scored twice for Milan on Sunday.", "Christian Panucci", EntityTypes.Person)]
    [InlineData("The goal came from Christian Karembeu after ten minutes.", "Christian Karembeu", EntityTypes.Person)]
    [InlineData("The Christian Democrats won the vote in Bonn.", "Christian Democrats", EntityTypes.Organization)]
    public void Christian_before_a_surname_is_a_first_name(string text, string name, string type)
    {
        var found = EntityFinder.Find(text).Where(m => m.Span.Of(text) == name).ToList();

        Assert.Single(found);
        Assert.Equal(type, found[0].Type);
    }

    [Fact]
    public void A_title_before_a_known_place_is_no_person_called_the_place()
    {
        const string text = "Spider-Woman and Captain America";
        var tokens = Tokenizer.Tokenize(text);
        var merged = new List<NameCandidate> { new(tokens.Length - 2, tokens.Length - 1, EntityTypes.Person, null, NameEvidence.Strong) };

        TitlesInsideNames.Cut(text, tokens, merged);

        Assert.Equal(tokens.Length - 2, merged[0].FirstToken);
    }

    [Theory]
    [InlineData("Drugmakers Ciba-Geigy AG and Sandoz AG agreed to merge on Thursday .", "Ciba-Geigy AG")]
    [InlineData("Carmakers Volkswagen AG and BMW AG reported higher sales .", "Volkswagen AG")]
    public void A_kind_of_company_opening_the_sentence_is_no_part_of_the_name(string text, string name)
    {
        var names = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains(name, names);
    }

    [Theory]
    [InlineData("Dutchman Remco Vreeswijk won the sprint ahead of two Belgians .", "Remco Vreeswijk", "PERSON")]
    [InlineData("Pakistan made 233 for six , Saeed-ul-Karim top-scoring with 67 .", "Saeed-ul-Karim", "PERSON")]
    [InlineData("The ATP Tour chief executive Lena Marsh said the body would review the seedings .", "ATP Tour", "ORG")]
    [InlineData("The Northern National Ballet will tour Asia next spring .", "Northern National Ballet", "ORG")]
    [InlineData("Coroner Ingrid Sollis said the death was due to natural causes .", "Ingrid Sollis", "PERSON")]
    [InlineData("Ireland named their squad on Friday .\nGoalkeepers : Ronan Keogh ( Grimsby Town ) , Aidan Brady ( Reading )", "Grimsby Town", "ORG")]
    [InlineData("Ireland named their squad on Friday .\nGoalkeepers : Ronan Keogh ( Grimsby Town ) , Aidan Brady ( Reading )", "Reading", "ORG")]
    [InlineData("Scores on the first day :\nAt Chelmsford : Essex 212 ( R. Dunmore 71 ) v Kent 18 for one", "Essex", "ORG")]
    [InlineData("Scores on the first day :\nAt Chelmsford : Essex 212 ( R. Dunmore 71 ) v Kent 18 for one", "Kent", "ORG")]
    [InlineData("Scores on the first day :\nAt Chelmsford : Essex 212 ( R. Dunmore 71 ) v Kent 18 for one", "Chelmsford", "GPE")]
    [InlineData("Officials of the Rubber Export Registration and Licensing Authority met on Monday .", "Rubber Export Registration and Licensing Authority", "ORG")]
    [InlineData("A spokesman for the Hong Kong and Macau Affairs Office said the visit would go ahead .", "Hong Kong and Macau Affairs Office", "ORG")]
    [InlineData("Analysts at Kurogane International said the yen would weaken .", "Kurogane International", "ORG")]
    [InlineData("Landslides blocked the Karnali Highway for a third day .", "Karnali Highway", "LOC")]
    [InlineData("Mufti Yusuf Haddad led prayers at the mosque on Friday .", "Yusuf Haddad", "PERSON")]
    [InlineData("OAO Severmetall said output fell in July .", "OAO Severmetall", "ORG")]
    [InlineData("Sweden 's Riksbank held its repo rate .", "Riksbank", "ORG")]
    [InlineData("Hendrik van der Walt ( South Africa ) beat Luca Ferrante ( Italy ) 7-5 6-4 6-3", "Hendrik van der Walt", "PERSON")]
    [InlineData("Seventh seed Anna Kovac lost to Argentine Maria Ortuzar , a qualifier from Rosario .", "Maria Ortuzar", "PERSON")]
    [InlineData("Superintendent Marisol Quenneville told the board the cuts were the mildest on offer .", "Marisol Quenneville", "PERSON")]
    public void A_name_edge_case_is_found_whole(string text, string name, string type)
    {
        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == name && m.Type == type);
    }

    [Theory]
    [InlineData("The master, Ravindran Nair, said the crew were tired . Capt Nair said morale had improved .", "Nair")]
    [InlineData("Det Supt Ann Roebuck said the inquiry would take months .", "Ann Roebuck")]
    public void A_rank_written_without_its_full_stop_is_no_part_of_the_name(string text, string name)
    {
        var people = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Person).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains(name, people);
        Assert.DoesNotContain(people, p => p.StartsWith("Capt", StringComparison.Ordinal) || p.StartsWith("Det", StringComparison.Ordinal) || p.StartsWith("Supt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pronoun_opening_the_sentence_is_no_name()
    {
        const string text = "Nobody has done that here , and that is all the motivation we need .";

        Assert.Empty(EntityFinder.Find(text));
    }

    [Theory]
    [InlineData("Shipowners said the new fuel rule would cost them dearly.")]
    [InlineData("Dockworkers walked out at dawn on Tuesday.")]
    [InlineData("Tenants said the repairs had never been made.")]
    public void A_compound_group_noun_opening_the_sentence_is_no_name(string text)
    {
        Assert.Empty(EntityFinder.Find(text));
    }

    [Theory]
    [InlineData("Fourteen Republican lawmakers from border states sent a letter to the leaders on Monday.", "Republican")]
    [InlineData("Seven Democratic senators from farm states wrote to the secretary on Monday.", "Democratic")]
    [InlineData("Twelve French soldiers were wounded in the attack on Tuesday .", "French")]
    public void A_number_opening_the_sentence_is_no_part_of_the_group_word_after_it(string text, string word)
    {
        var found = EntityFinder.Find(text);

        Assert.DoesNotContain(found, m => m.Type == EntityTypes.Person);
        Assert.All(found, m => Assert.Equal(word, m.Span.Of(text)));
    }

    [Theory]
    [InlineData("Bookmaker William Hill cut its odds on Monday.", "William Hill")]
    [InlineData("Carmaker Volkswagen AG reported higher sales.", "Volkswagen AG")]
    public void A_kind_of_company_before_a_known_company_leaves_the_company(string text, string name)
    {
        var found = EntityFinder.Find(text);

        var company = Assert.Single(found);
        Assert.Equal(name, company.Span.Of(text));
        Assert.Equal(EntityTypes.Organization, company.Type);
    }

    [Fact]
    public void A_group_named_after_its_members_keeps_them()
    {
        const string text = "Farmers Union leaders met the minister on Monday .";

        var names = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.DoesNotContain("Union", names);
    }

    [Fact]
    public void Basque_is_a_people_not_a_person()
    {
        const string text = "The Basque separatist group ETA claimed responsibility for the bomb .";

        var basque = EntityFinder.Find(text).Where(m => m.Span.Of(text) == "Basque").ToList();

        Assert.All(basque, m => Assert.Equal(EntityTypes.Nationality, m.Type));
    }

    [Theory]
    [InlineData("Few were pleased with the choice.\nMaria Delgado, U.S. Senator (D-Ohio)\nOther items follow.", "U.S.")]
    [InlineData("He backed school vouchers, a simpler tax code and US Second Amendment rights.", "US")]
    public void A_title_or_ordinal_after_a_country_is_not_part_of_it(string text, string place)
    {
        var places = EntityFinder.Find(text).Where(m => m.Type is EntityTypes.Geopolitical or EntityTypes.Location).Select(m => m.Span.Of(text)).ToList();

        Assert.Equal([place], places);
    }

    [Theory]
    [InlineData("The result was confirmed by Nicaragua's Supreme Electoral Council on Friday.", "Nicaragua", "Supreme Electoral Council")]
    [InlineData("The result was confirmed by Nicaragua 's Supreme Electoral Council on Friday .", "Nicaragua", "Supreme Electoral Council")]
    public void A_country_s_body_is_the_country_and_the_body(string text, string place, string body)
        => AssertSplit(text, place, body, EntityTypes.Organization);

    [Fact]
    public void A_town_s_street_is_the_town_and_a_place()
        => AssertSplit("A fire damaged a supermarket in Wellington's High Street overnight.", "Wellington", "High Street", EntityTypes.Location);

    private static void AssertSplit(string text, string place, string owned, string ownedType)
    {
        var found = EntityFinder.Find(text).ToDictionary(m => m.Span.Of(text), m => m.Type);

        Assert.Equal(EntityTypes.Geopolitical, found[place]);
        Assert.Equal(ownedType, found[owned]);
    }

    [Fact]
    public void A_known_name_with_a_possessive_stays_whole()
    {
        const string text = "Researchers at King's College London said the trial had ended.";

        var names = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains("King's College London", names);
    }

    [Fact]
    public void A_nationality_opening_a_body_s_name_stays_in_it()
    {
        const string text = "Leaders of the Guatemalan National Revolutionary Unity signed the accord on Sunday .";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == "National Revolutionary Unity");
    }

    [Theory]
    [InlineData("The Palestinian Authority of President Yasser Arafat protested on Monday .", "Palestinian Authority", "Yasser Arafat")]
    [InlineData("The Party of Democratic Action of President Alija Izetbegovic took most of the Moslem vote .", "Party of Democratic Action", "Alija Izetbegovic")]
    public void A_body_s_name_stops_before_of_and_the_title_of_the_person_after_it(string text, string body, string person)
    {
        var names = EntityFinder.Find(text);

        Assert.Contains(names, m => m.Span.Of(text) == body && m.Type == EntityTypes.Organization);
        Assert.Contains(names, m => m.Span.Of(text) == person && m.Type == EntityTypes.Person);
    }

    [Theory]
    [InlineData("The bomb was large , RUC Chief Constable Ronnie Flanagan said on Monday .", "RUC", "Ronnie Flanagan")]
    [InlineData("Attorneys told LA Superior Court Judge James Dabney that she was in treatment .", "LA Superior Court", "James Dabney")]
    [InlineData("He was arrested , Palmer Police Sergeant Shayne La Croix said .", "Palmer Police", "Shayne La Croix")]
    public void The_body_before_a_title_inside_a_name_is_an_organisation(string text, string body, string person)
    {
        var names = EntityFinder.Find(text);

        Assert.Contains(names, m => m.Span.Of(text) == body && m.Type == EntityTypes.Organization);
        Assert.Contains(names, m => m.Span.Of(text) == person && m.Type == EntityTypes.Person);
    }

    [Fact]
    public void A_known_acronym_before_a_title_keeps_its_own_type()
    {
        const string text = "The talks failed , U.S. Trade Representative Mickey Kantor said .";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == "U.S." && m.Type == EntityTypes.Organization);
    }

    [Fact]
    public void The_Capitol_is_a_place()
    {
        const string text = "They met at the Capitol on Tuesday .";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "Capitol" && m.Type == EntityTypes.Location);
    }

    [Fact]
    public void A_nationality_before_a_portfolio_and_title_is_no_body()
    {
        const string text = "Prices firmed after Saudi Oil Minister Ali Naimi spoke on Monday .";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == "Saudi Oil");
    }

    [Theory]
    [InlineData("Two soldiers died when Hizbollah guerrillas set off a bomb .", "Hizbollah")]
    [InlineData("Israel Radio said the talks had ended .", "Israel Radio")]
    public void A_known_or_headed_body_is_an_organisation(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == name && m.Type == EntityTypes.Organization);

    [Theory]
    [InlineData("Insurers at Lloyd 's of London faced heavy claims .", "Lloyd 's of London", EntityTypes.Organization)]
    [InlineData("Floods hit the port of Cox 's Bazar on Monday .", "Cox 's Bazar", EntityTypes.Geopolitical)]
    public void A_known_name_with_a_possessive_written_apart_is_found_whole(string text, string name, string type)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == name && m.Type == type);

    [Fact]
    public void A_title_after_a_body_s_acronym_leaves_the_body_and_the_person()
    {
        const string text = "The court freed former SS Captain Walther Ruepke in August and ordered a new trial .";

        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == "Walther Ruepke" && m.Type == EntityTypes.Person);
        Assert.Contains(found, m => m.Span.Of(text) == "SS" && m.Type == EntityTypes.Organization);
    }

    [Theory]
    [InlineData("The trophy was presented by the Emirates president , Sheikh Zayed bin Sultan al-Nahayan , on Saturday .", "Zayed bin Sultan al-Nahayan")]
    [InlineData("The court acted on a decree of the ruler , Sheikh Hamad bin Isa al-Khalifa , on Monday .", "Hamad bin Isa al-Khalifa")]
    public void Sheikh_stays_outside_and_every_particle_is_inside(string text, string name)
    {
        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == name && m.Type == EntityTypes.Person);
    }

    [Fact]
    public void A_body_named_by_its_head_word_keeps_words_the_document_also_writes_in_lower_case()
    {
        const string text = "Applications rose by a fifth last year, the Department of Foreign Affairs has said.\n\n"
            + "A member of the committee on foreign affairs said the department had been slow to hire.";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "Department of Foreign Affairs" && m.Type == EntityTypes.Organization);
    }
}
