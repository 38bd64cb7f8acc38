using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class DemonymPlacesTests
{
    [Theory]
    [InlineData("Orvanian officials said on Monday that Orvania would reopen the border post by spring.", "Orvania", "Orvanian")]
    [InlineData("The Talmorese press was quiet. Talmor has not commented on the talks.", "Talmor", "Talmorese")]
    [InlineData("Relations with Belmark soured in 2020, Belmarkian diplomats said.", "Belmark", "Belmarkian")]
    public void A_name_the_document_also_writes_as_a_nationality_is_a_place(string text, string place, string nationality)
    {
        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == place && m.Type == EntityTypes.Geopolitical);
        Assert.Contains(found, m => m.Span.Of(text) == nationality && m.Type == EntityTypes.Nationality);
    }

    [Theory]
    [InlineData("The briefing was chaired by Orvania\u2019s foreign minister, Ilse Varga, on Tuesday.", "Orvania")]
    [InlineData("Talmoria's deputy ambassador, Rolf Kade, said the mood was calm.", "Talmoria")]
    [InlineData("Trucks queued for hours at Velmora's border with its southern neighbour.", "Velmora")]
    [InlineData("Neighbouring Sarvonia will not block the dam on the Kelt river but wants guarantees, its U.N. ambassador said on Monday.", "Sarvonia")]
    [InlineData("He flew to the Orvanian capital, Dorval, in October for talks.", "Dorval")]
    public void A_lone_name_that_owns_an_office_of_state_is_a_place(string text, string place)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == place && m.Type == EntityTypes.Geopolitical);

    [Theory]
    [InlineData("Julia Marsh met Julian Pike, who said Julia had left early.", "Julia")]
    [InlineData("Kessler's foreign minister friend, he said, was not there. Kessler said so.", "Kessler")]
    public void A_given_name_or_a_person_who_speaks_is_no_place(string text, string person)
        => Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == person && m.Type == EntityTypes.Geopolitical);

    [Theory]
    [InlineData("DORVAL, Oct. 17 (Kestrel) \u2014 Ministers met on Thursday.", "Kestrel")]
    [InlineData("HALDEN, Norland, Oct. 16 (Meribel) - Floods closed two roads.", "Meribel")]
    public void The_agency_in_brackets_after_a_dateline_is_an_organisation(string text, string agency)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == agency && m.Type == EntityTypes.Organization);
}
