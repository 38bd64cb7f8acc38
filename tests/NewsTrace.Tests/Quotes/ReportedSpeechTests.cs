using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

public sealed class ReportedSpeechTests
{
    [Theory]
    [InlineData("Marta Kowalczyk said the harbour would reopen in May after repairs.", "the harbour would reopen in May after repairs", "said")]
    [InlineData("Marta Kowalczyk said that the harbour would reopen in May after repairs.", "the harbour would reopen in May after repairs", "said")]
    [InlineData("Marta Kowalczyk said on Tuesday that the harbour would reopen in May.", "the harbour would reopen in May", "said")]
    [InlineData("Marta Kowalczyk told reporters the harbour would reopen in May.", "the harbour would reopen in May", "told")]
    [InlineData("Marta Kowalczyk warned that the harbour could stay shut until May.", "the harbour could stay shut until May", "warned")]
    [InlineData("Marta Kowalczyk announced the talks would resume in the capital in March.", "the talks would resume in the capital in March", "announced")]
    [InlineData("Marta Kowalczyk confirmed that the closure of two regional offices was final.", "the closure of two regional offices was final", "confirmed")]
    public void A_cue_followed_by_a_clause_is_reported_speech(string text, string clause, string cue)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));
        Assert.Equal(QuoteKinds.Reported, quote.Kind);
        Assert.Equal(clause, quote.Span.Of(text));
        Assert.Equal("Marta Kowalczyk", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void A_clause_followed_by_the_attribution_is_reported_speech()
    {
        const string text = "The old bridge will stay closed until Monday, the regional roads office said.";
        var quote = Assert.Single(QuoteFinder.Find(text));
        Assert.Equal(QuoteKinds.Reported, quote.Kind);
        Assert.Equal("The old bridge will stay closed until Monday", quote.Span.Of(text));
        Assert.Equal("regional roads office", quote.Speaker);
    }

    [Theory]
    [InlineData("According to Marta Kowalczyk, the harbour will reopen in May.", "the harbour will reopen in May")]
    [InlineData("The harbour will reopen in May, according to Marta Kowalczyk.", "The harbour will reopen in May")]
    public void According_to_names_the_source(string text, string clause)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));
        Assert.Equal(QuoteKinds.AccordingTo, quote.Kind);
        Assert.Equal(clause, quote.Span.Of(text));
        Assert.Equal("Marta Kowalczyk", quote.Speaker);
        Assert.Equal("according to", quote.Cue);
    }

    [Theory]
    [InlineData("Whitfield criticised the bill and said the Senate would take up its own package next month.", "Whitfield")]
    [InlineData("Tom Whitfield called the bill a disaster and said the Senate would take up its own package next month.", "Tom Whitfield")]
    [InlineData("Tom Whitfield met the governor on Monday and said the Senate would take up its own package next month.", "Tom Whitfield")]
    public void A_second_verb_of_saying_after_and_belongs_to_the_sentence_s_subject(string text, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal(QuoteKinds.Reported, quote.Kind);
        Assert.Equal("the Senate would take up its own package next month", quote.Span.Of(text));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("A former aide testified on Wednesday that the governor had pressured him to stop an audit.", "the governor had pressured him to stop an audit")]
    [InlineData("The Department of Homeland Security said it was reviewing the bill and declined to comment further.", "it was reviewing the bill")]
    [InlineData("The company said the plant would close in May but would not say how many jobs would go.", "the plant would close in May")]
    [InlineData("The minister said the plant would close in May and would not reopen before 2030.", "the plant would close in May and would not reopen before 2030")]
    public void Testimony_counts_and_a_refusal_to_comment_ends_the_clause(string text, string clause)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal(QuoteKinds.Reported, quote.Kind);
        Assert.Equal(clause, quote.Span.Of(text));
    }

    [Fact]
    public void According_to_a_named_body_without_a_comma_ends_at_its_name()
    {
        const string text = "According to the Kesmarian Interior Ministry over 300 pilgrims were hurt in a crush near Tarvas, Kesmaria.";

        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal("Kesmarian Interior Ministry", quote.Speaker);
        Assert.Equal("over 300 pilgrims were hurt in a crush near Tarvas, Kesmaria", quote.Span.Of(text));
    }

    [Fact]
    public void According_to_a_named_body_s_figures_keeps_the_whole_source()
    {
        const string text = "According to the Interior Ministry's latest figures, over 300 pilgrims were hurt.";

        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal("over 300 pilgrims were hurt", quote.Span.Of(text));
    }

    [Fact]
    public void A_report_that_said_nothing_is_not_reported_speech()
        => Assert.DoesNotContain(QuoteFinder.Find("The report said nothing about the cost of the project."), quote => quote.Kind == QuoteKinds.Reported);

    [Theory]
    [InlineData("Local officials said the road would stay closed for a week.", "Local officials", "the road would stay closed for a week")]
    [InlineData("Two U.S. officials said the talks would resume in Geneva next week.", "U.S. officials", "the talks would resume in Geneva next week")]
    [InlineData("Several secretaries of state said the new rules would confuse voters.", "secretaries of state", "the new rules would confuse voters")]
    [InlineData("Both ministers said they wanted closer ties by next year.", "ministers", "they wanted closer ties by next year")]
    [InlineData("Analysts said prices would rise sharply after the storm.", "Analysts", "prices would rise sharply after the storm")]
    [InlineData("The road will stay closed for a week, local officials said.", "local officials", "The road will stay closed for a week")]
    public void A_group_s_reported_speech_is_listed_with_the_group_as_speaker(string text, string speaker, string clause)
    {
        // Vague sourcing is what fact-checkers and media researchers count: the group speaks, without an entity of its own,
        // and the speaker span keeps the words as written ("Two U.S. officials").
        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal(QuoteKinds.Reported, quote.Kind);
        Assert.Equal(clause, quote.Span.Of(text));
        Assert.Equal(speaker, quote.Speaker);
        Assert.Null(quote.SpeakerEntity);
    }

    [Theory]
    [InlineData("WASHINGTON (Capitol Wire) \u2014 The committee voted to cut the water budget by a third, two officials said.", "The committee voted to cut the water budget by a third")]
    [InlineData("HALVERN, Kesmaria, Oct. 16 (Meridian) \u2014 Several hundred people were evacuated overnight, the town hall said.", "Several hundred people were evacuated overnight")]
    public void A_dateline_is_no_part_of_the_reported_clause(string text, string clause)
        => Assert.Equal(clause, Assert.Single(QuoteFinder.Find(text)).Span.Of(text));

    [Theory]
    [InlineData("The minister resigned on Monday, as rail unions warned that the move would not stop a fresh round of strikes.", "rail unions")]
    [InlineData("Lawmakers from Arizona said their state was being asked to carry most of the burden.", "Lawmakers from Arizona")]
    [InlineData("Aides to the senator said the vote would be held on Thursday.", "Aides to the senator")]
    public void A_group_s_name_is_its_noun_phrase_alone(string text, string speaker)
        => Assert.Equal(speaker, Assert.Single(QuoteFinder.Find(text)).Speaker);

    [Theory]
    [InlineData("Democrats said the episode showed the administration had no plan.", "Democrats")]
    [InlineData("Republicans who had held out until Monday said they were won over by a promise of a vote.", "Republicans")]
    public void Party_members_speak_as_written_not_as_their_party(string text, string speaker)
    {
        // "Democrats said" is what members said, not a statement of the Democratic Party; the entity still links them.
        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal(speaker, quote.Speaker);
        Assert.NotNull(quote.SpeakerEntity);
    }

    [Theory]
    [InlineData("One of the organizers, student Jonas Keller, said the group would march again next week.", "Jonas Keller")]
    [InlineData("One of the officials, who spoke on condition of anonymity, said analysts had relied on outdated data.", "official")]
    [InlineData("One of the witnesses said the car had been driving without lights.", "witness")]
    public void One_of_a_group_is_one_speaker(string text, string speaker)
        => Assert.Equal(speaker, Assert.Single(QuoteFinder.Find(text)).Speaker);

    [Theory]
    [InlineData("The Eastern Conference standings have claimed another coach, with the 76ers head man joining the list.")]
    [InlineData("Some fear the austerity measures insisted upon by the lenders could make growth even worse.")]
    [InlineData("The strike was held to protest the austerity measures announced last weekend so that Greece can get a bailout.")]
    [InlineData("The change was made over the objections of what officials said were the bulk of the public comments.")]
    [InlineData("The rules announced Thursday would allow federal agencies to bypass those scientists in some cases.")]
    public void A_group_noun_before_a_participle_or_an_object_is_no_source(string text)
        => Assert.Empty(QuoteFinder.Find(text));

    [Theory]
    [InlineData("Coach Brian Pennings met the team on Monday. Pennings said the club had not decided on a new captain.", "Brian Pennings")]
    [InlineData("Gregg Hastings runs the office. Hastings said he did not know of any grudges against the bank.", "Gregg Hastings")]
    public void A_surname_ending_in_s_is_no_group(string text, string speaker)
        => Assert.Equal(speaker, Assert.Single(QuoteFinder.Find(text)).Speaker);

    [Theory]
    [InlineData("The Caldon Press Union said at least nine journalists had been detained this year.", "at least nine journalists had been detained this year")]
    [InlineData("The spokeswoman said no such request had been made.", "no such request had been made")]
    public void A_quantity_may_open_a_reported_clause(string text, string clause)
        => Assert.Equal(clause, Assert.Single(QuoteFinder.Find(text)).Span.Of(text));

    [Theory]
    [InlineData("Analysts cautioned against reading too much into the early figures.")]
    public void What_was_warned_against_is_no_clause(string text)
        => Assert.Empty(QuoteFinder.Find(text));

    [Theory]
    [InlineData("His critics said the government had ignored warnings about the dams.", "critics")]
    [InlineData("Two people familiar with the inquiry said the contract was under scrutiny.", "people familiar with the inquiry")]
    [InlineData("The contract is under scrutiny over payments to a consultancy, according to two people familiar with the inquiry.", "people familiar with the inquiry")]
    [InlineData("According to several Western diplomats, the talks broke down over the border.", "Western diplomats")]
    public void A_group_s_owner_or_number_is_no_part_of_its_name(string text, string speaker)
        => Assert.Equal(speaker, Assert.Single(QuoteFinder.Find(text)).Speaker);

    [Theory]
    [InlineData("Halvorsen Motors cut its forecast on Monday. The company said demand had fallen sharply in Europe.", "Halvorsen Motors")]
    [InlineData("Nordvik Bank shares rose 2 percent. The lender said it would buy back stock worth 300 million crowns.", "Nordvik Bank")]
    [InlineData("The Finance Ministry backed Kestrel Airways on Monday. The airline said it would keep all its routes.", "Kestrel Airways")]
    public void The_company_is_the_company_named_before(string text, string speaker)
        => Assert.Equal(speaker, Assert.Single(QuoteFinder.Find(text)).Speaker);

    [Theory]
    [InlineData("Union leaders told reporters outside parliament they would call a general strike for next Thursday.", "they would call a general strike for next Thursday")]
    [InlineData("Oduya told a committee hearing last month the office would need at least a year to prepare.", "the office would need at least a year to prepare")]
    [InlineData("The minister told the BBC he would not resign over the report.", "he would not resign over the report")]
    [InlineData("Her aunt told CNN Katie was coming and she was so looking forward to it.", "Katie was coming and she was so looking forward to it")]
    [InlineData("His mother told New York Post columnist Cindy Adams that her son had been ill for years.", "her son had been ill for years")]
    [InlineData("A friend of the actress told People she went to the clinic on Tuesday with her family.", "she went to the clinic on Tuesday with her family")]
    public void The_clause_after_told_starts_at_its_subject(string text, string clause)
        => Assert.Equal(clause, Assert.Single(QuoteFinder.Find(text)).Span.Of(text));

    [Fact]
    public void Who_takes_up_the_nearest_noun_and_its_phrase()
    {
        const string text = "A committee voted to cut water deliveries, over the objections of lawmakers from Arizona who said their state was being asked to carry most of the burden.";

        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal("lawmakers from Arizona", quote.Speaker);
        Assert.Equal("their state was being asked to carry most of the burden", quote.Span.Of(text));
    }

    [Fact]
    public void They_takes_up_the_group_that_spoke_just_before()
    {
        const string text = "Witnesses said officers charged the crowd shortly after 6 p.m. Several people were dragged into police vans, they said.";

        var quote = Assert.Single(QuoteFinder.Find(text), q => q.Span.Of(text).StartsWith("Several", StringComparison.Ordinal));

        Assert.Equal("Witnesses", quote.Speaker);
    }

    [Theory]
    [InlineData("Both campaigns claimed victory after the debate.")]
    [InlineData("The rebels claimed responsibility for the attack on the convoy.")]
    public void A_claim_of_victory_or_responsibility_is_no_reported_clause(string text)
        => Assert.Empty(QuoteFinder.Find(text));

    [Theory]
    [InlineData("Trade Minister Ilse Varga met her counterpart, Tomas Brandt, in the capital on Monday. ")]
    [InlineData("Trade Minister Ilse Varga met her counterpart, Tomas Brandt, in the capital on Monday.\n\nVarga said the meeting marked \u201ca fresh start\u201d for the two countries. \u201cWe want partners we can call,\u201d she said.\n\nRail freight fell by a third last year, according to customs figures. ")]
    public void A_joint_statement_after_two_named_ministers_is_not_given_to_one_of_them(string before)
    {
        var text = before + "Both ministers said they hoped to double rail freight between the two countries by 2028.";
        var joint = Assert.Single(QuoteFinder.Find(text), quote => quote.Kind == QuoteKinds.Reported && quote.Span.Of(text).StartsWith("they hoped", StringComparison.Ordinal));

        Assert.Equal("ministers", joint.Speaker);
        Assert.Null(joint.SpeakerEntity);
    }

    [Theory]
    [InlineData("Truck drivers say the new toll road adds up to two hours to every trip across the valley.")]
    [InlineData("The mayor said the detour through the valley adds up to two hours to every trip.")]
    public void Adds_up_to_is_a_sum_not_a_cue(string text)
        => Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Cue is "adds");

    [Theory]
    [InlineData("Shares added 5 percent to 120 yen in early trade on Tuesday.")]
    [InlineData("The index added 12.5 points to close at 1,210 on Friday.")]
    [InlineData("Exporters added 30 yen each as the dollar firmed in late trade.")]
    public void Adding_an_amount_is_a_gain_not_a_cue(string text)
        => Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Cue is "added");

    [Theory]
    [InlineData("The mayor of Lindow, Petra Sand, on Monday announced a plan to build 5,000 new homes over ten years.")]
    [InlineData("Sand announced the change at a crowded news conference in the town hall.")]
    [InlineData("The agency confirmed the closure of two regional offices after a review.")]
    public void A_thing_announced_is_not_reported_speech(string text)
        => Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Kind == QuoteKinds.Reported);
}
