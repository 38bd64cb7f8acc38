using System.Collections.Frozen;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Reads the subject next to a cue and resolves it: a name is its entity; "he"/"she" is the most recent person named
/// before it (outside quotes); a description ("the minister", "the Kremlin spokesman") is the most recent person
/// introduced with that role word, or the institution itself when its head is an organisation word ("the regional
/// weather office"); "it" is the most recent organisation or country.
/// </summary>
internal sealed partial class SpeakerResolver(QuoteContext context, Func<int, bool> insideQuote)
{
    private readonly DocumentMentions _mentions = new(context, insideQuote);
    private PersonGenders? _genders;

    /// <summary>The text's gender evidence for its people, built once per document and shared with the passes over finished quotes.</summary>
    public PersonGenders Genders => _genders ??= new PersonGenders(context, insideQuote);

    private static readonly WordSet PersonPronouns = FrozenSet.ToFrozenSet(["he", "she"], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet OtherPronouns = FrozenSet.ToFrozenSet(["it", "they", "i", "we", "you"], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet Determiners = FrozenSet.ToFrozenSet(["the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "one", "another"], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet Skippable = FrozenSet.ToFrozenSet(
    [
        "has", "have", "had", "also", "later", "earlier", "again", "then", "further", "previously", "repeatedly", "is", "was", "were",
        "would", "will", "reportedly", "publicly", "separately", "once", "recently", "only", "quickly", "has", "had", "already",
        "privately", "directly", "simply", "subsequently", "afterwards", "even", "too", "often", "frequently", "bluntly", "flatly", "firmly", "openly", "himself", "herself",
        "not", "never", "always", "long", "consistently", "categorically", "strongly", "clearly", "explicitly", "usually", "sometimes",

        // "Hollis can be heard saying on the recording": the one heard or seen speaking.
        "can", "could", "be", "been", "heard", "seen",

        // "Lynch did not deny his client was there", "the mayor didn't deny": the auxiliary of a denied cue.
        "did", "does", "do", "didn't", "doesn't", "don't", "n't", "didn\u2019t", "doesn\u2019t", "don\u2019t", "n\u2019t",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that never end a speaker's noun phrase: modals, conjunctions, prepositions, a verb used as "for example". A
    /// subject ending in one ("I should", "I mean", "the government's record whilst") was cut wrongly and names no one.
    /// </summary>
    private static readonly WordSet NeverHeads = FrozenSet.ToFrozenSet(
    [
        "should", "could", "might", "must", "can", "may", "shall", "mean", "help", "whilst", "while", "although", "because",
        "if", "when", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "than", "the", "a", "an",

        // "Neither of them said anything that ...": no one, so nothing reported.
        "neither", "nobody", "none",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Role words that, with no one introduced under them, name the story's protagonist ("Marovia's top diplomat").</summary>
    private static readonly WordSet ProtagonistRoles = FrozenSet.ToFrozenSet(
        [
            "diplomat", "envoy", "negotiator", "candidate", "nominee", "challenger", "incumbent", "front-runner", "frontrunner",

            // "In it, the businessman can be heard saying ...": the walks of life a story's protagonist is known by.
            "businessman", "businesswoman", "financier", "billionaire", "tycoon", "mogul", "magnate", "entrepreneur", "president-elect",
        ], StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet InstitutionHeads = FrozenSet.ToFrozenSet(
    [
        "ministry", "agency", "office", "service", "services", "hall", "council", "government", "police", "department", "committee",
        "commission", "embassy", "administration", "authority", "company", "spokesperson's", "statement", "court", "army",
        "military", "parliament", "cabinet", "kremlin", "secretariat", "presidency", "mission", "bureau", "board", "union",
    ], StringComparer.OrdinalIgnoreCase);

    private int CommasBetween(int first, int last)
    {
        var commas = 0;
        for (var k = first; k <= last; k++)
        {
            commas += context.IsPunctuation(k, ",") ? 1 : 0;
        }

        return commas;
    }

    /// <summary>"has", "had", "have", "is", "was": an auxiliary between a relative "who" and its verb ("who has said").</summary>
    public static bool IsAuxiliaryAfterWho(ReadOnlySpan<char> word) => word is "has" or "had" or "have" or "is" or "was";

    /// <summary>Resolves the noun phrase that ends at token <paramref name="last"/> and starts no earlier than <paramref name="first"/>.</summary>
    public Attribution? Resolve(int first, int last)
    {
        if (last < first || first < 0 || last >= context.Tokens.Length)
        {
            return null;
        }

        // "Neither of them said anything": no one speaks.
        if (context.Word(first) is "Neither" or "neither" or "None" or "none" or "Nobody" or "nobody")
        {
            return null;
        }

        if (TryRelativeAntecedent(first, last, out var antecedentOfRelative))
        {
            return antecedentOfRelative;
        }

        // "Sen. Nora Lindahl (R-Maine) said", "Rep. Tom Price (R-Ga.) said": a party-state tag in brackets describes the name before it.
        if (context.IsPunctuation(last, ")") && BracketedPartyTag(first, last) is var open and > 0)
        {
            return Resolve(first, open - 1);
        }

        if (InterviewedGroupEnd(first, last) is var groupEnd and >= 0)
        {
            return Resolve(first, groupEnd);
        }

        // "The Autonomous National Electoral Commission (CENA) said": an acronym in brackets after a name is the name's.
        if (context.IsPunctuation(last, ")") && last - 2 > first && context.IsPunctuation(last - 2, "(") && context.Tokens[last - 1].Kind is TokenKind.Word or TokenKind.Abbreviation
            && Entities.TokenText.IsAcronym(context.Text, context.Tokens[last - 1]))
        {
            return Resolve(first, last - 3);
        }

        // "One of those women, Daniela Ferrer, 31, who ..., said": an age after a comma describes the name before it, in a
        // subject of at most one apposition (not a list of the dead, "Robyn Mendes, 48, ..., and Catherine Gomes, 61").
        if (last - 2 >= first && context.Tokens[last].Kind == TokenKind.Number && context.Tokens[last].Length <= 3 && context.IsPunctuation(last - 1, ",")
            && CommasBetween(first, last - 2) <= 1)
        {
            return Resolve(first, last - 2);
        }

        // "a terminal operator that says ...": the relative pronoun stands for the noun phrase before it.
        if (last > first && context.Word(last) is "that" or "which" && context.Tokens[last - 1].Kind == TokenKind.Word)
        {
            return Resolve(first, last - 1);
        }

        // "State Auditor Beverly Cuthbert's 64-page report says", "the mayor's statement said": a text speaks for its owner.
        if (OwnerOfText(first, last) is { } textOwner)
        {
            return textOwner;
        }

        // "a 38-year-old pipefitter who gave his name only as Marty said": the name the clause gives is the speaker's.
        if (NameGivenAs(first, last) is { } given)
        {
            return given;
        }

        // "one of the diplomats said": one member of a group described, not the group.
        if (first + 2 <= last && context.Is(first, "one") && context.Is(first + 1, "of") && Resolve(first + 2, last) is { } group
            && group.SpeakerEntity is null && group.Speaker is { } members && IsPlural(members.ToLowerInvariant()) && !members.Contains(',', StringComparison.Ordinal))
        {
            return group with { Speaker = SingularOf(members), SpeakerSpan = new TextSpan(context.Tokens[first].Start, group.SpeakerSpan?.End ?? context.Tokens[last].End) };
        }

        // "Nearly half of independent voters, 47 percent,", "Sixty percent of voters under 30": poll respondents speak as the
        // group, without the share of it that the poll counted.
        if (ShareOf(first, last) is var of and > 0 && (Resolve(of + 1, last) ?? Written(of + 1, last)) is { SpeakerEntity: null, Speaker: { } respondents } share
            && IsPlural(GroupHead(respondents)))
        {
            return share;
        }

        // "The cardinal, Nunzio Galli, has called": auxiliaries and adverbs after the apposition's comma are stepped over first.
        var beforeSkipping = last;
        while (last > first && Skippable.Contains(context.Word(last).ToString()) && context.Tokens[last].Kind == TokenKind.Word)
        {
            last--;
        }

        if (!context.IsPunctuation(last, ","))
        {
            last = beforeSkipping;
        }

        // An apposition closing the subject ("Velichko, Marovia's foreign minister, said").
        if (context.IsPunctuation(last, ","))
        {
            return ResolveApposition(first, last);
        }

        // "Rep. Ines Moll, D-Ore." and "State Rep. Joel Pike, R-Dalton": the party-state tag describes the name before it.
        if (PartyTagBefore(first, last) is var tagComma and > 0)
        {
            return Resolve(first, tagComma - 1);
        }

        // "Graham Pettit, R-Neb., who has said": an auxiliary after "who" is stepped over to it.
        if (last - 1 > first && context.Is(last - 1, "who") && IsAuxiliaryAfterWho(context.Word(last)))
        {
            last--;
        }

        // "the verdict of Pieter Lund, a trade economist at X, who said": "who" after a comma takes up the person the
        // apposition describes, or the person right before the comma.
        if (context.Is(last, "who") && last - 1 > first && context.IsPunctuation(last - 1, ",") && PersonBeforeApposition(first, last - 1) is { } apposed)
        {
            return apposed;
        }

        // "over the objections of lawmakers from Arizona who said": "who" right before the verb takes up the nearest noun
        // and its phrase, not the first noun of a chain of phrases.
        if (context.Is(last, "who") && last > first && WhoseAntecedent(first, last - 1) is var antecedent and >= 0)
        {
            return Resolve(antecedent, last - 1);
        }

        // "A senior diplomat who followed the talks said": the subject is the noun the relative clause describes, not the
        // object inside the clause ("the talks").
        if (RelativePronounIn(first, last) is var relative and > 0)
        {
            return Resolve(first, relative - 1);
        }

        // "Velichko also said", "Marovia has said", "Sanderson finally admits": step over adverbs and auxiliaries to the subject.
        while (last > first && (Skippable.Contains(context.Word(last).ToString()) || IsAdverbAfterName(last) || IsLongAfterAuxiliary(last, first)))
        {
            last--;
        }

        if (context.Is(last, "and") || context.Is(last, "but") || context.Is(last, "or") || NeverHeads.Contains(context.Word(last).ToString()))
        {
            return null;
        }

        // "Officials on Tuesday said", "Police on Nov. 9 said": the time after the subject is when it spoke, not who.
        last = BeforeTrailingTime(first, last);

        if ((PostModifiedSubject(first, last) ?? CountedPlaceGroup(first, last)) is { } described)
        {
            return described;
        }

        var tokens = context.Tokens;
        var word = context.Word(last);
        if (PersonPronouns.Contains(word.ToString()))
        {
            return ResolvePronoun(last, word.ToString());
        }

        if (OtherPronouns.Contains(word.ToString()))
        {
            // "“…,” the memo said. It noted that ...": "it" after a text that spoke is that text, and speaks for its author.
            if (context.Is(last, "it") && (TextSpeakingBefore(last) ?? CampaignOpeningSentenceBefore(last) ?? InstitutionOpeningSentenceBefore(last)) is { Speaker: not null } text)
            {
                return text with { SpeakerSpan = tokens[last].Span };
            }

            var institution = context.Is(last, "it") ? _mentions.RecentSource(tokens[last].Start) : null;
            return new Attribution(institution?.Canonical, tokens[last].Span, institution?.Canonical, null, null);
        }

        var entityIndex = context.EntityEndingAt[last];
        if (entityIndex >= 0 && context.Entities[entityIndex].Span.Start >= tokens[first].Start && context.Entities[entityIndex].Type != EntityTypes.Nationality)
        {
            var entity = context.Entities[entityIndex];

            // "The Ministry of Foreign Affairs of the Republic of Kesmaria said": the ministry speaks, not the republic.
            var before = context.FirstTokenAtOrAfter(entity.Span.Start) - 1;
            if (entity.Type == EntityTypes.Geopolitical && before > first && context.Is(before, "of")
                && context.EntityEndingAt[before - 1] is var owner and >= 0 && context.Entities[owner].Type == EntityTypes.Organization)
            {
                var ministry = context.Entities[owner];
                var whole = new TextSpan(ministry.Span.Start, entity.Span.End);
                return new Attribution(whole.Of(context.Text), whole, ministry.Canonical, null, null);
            }

            // "Obstetricians in Miami said", "Conservatives in the House said": a group placed by the name speaks, with its place.
            if (entity.Type is EntityTypes.Geopolitical or EntityTypes.Location or EntityTypes.Organization && PlacedGroup(first, before, last) is { } placed)
            {
                return placed;
            }

            // "..., but officials from North Macedonia and Albania said": a group from places joined by "and" after a clause's
            // "but" is the group, not the last place.
            if (entity.Type is EntityTypes.Geopolitical && before > first && context.Is(before, "and") && PlacesGroupAfterBut(first, before) is { } from)
            {
                return Written(from, last);
            }

            // "A party fundraiser in Florida said": an indefinite description placed by the name is someone new, who speaks
            // as described (without the article), not the place.
            // So does one placed at a body ("A former executive at the Ashbury Organization said"): someone who works there.
            if (before > first + 1 && ((entity.Type is EntityTypes.Geopolitical or EntityTypes.Location && context.Word(before) is "in" or "from")
                    || (entity.Type == EntityTypes.Organization && (context.Is(before, "at") || (context.Is(before, "the") && context.Is(before - 1, "at")))))
                && context.Word(first) is "a" or "an" or "A" or "An" or "another" or "Another")
            {
                var placedDescription = new TextSpan(context.Tokens[first + 1].Start, entity.Span.End);
                return new Attribution(placedDescription.Of(context.Text), new TextSpan(context.Tokens[first].Start, entity.Span.End), null, null, null);
            }

            // "The county clerk's office in Granby said": the place locates the institution or person before it, who speaks.
            if (entity.Type == EntityTypes.Geopolitical && before > first && (context.Is(before, "in") || context.Is(before, "at"))
                && (InstitutionHeads.Contains(context.Word(before - 1).ToString()) || (context.EntityEndingAt[before - 1] is var located and >= 0
                    && context.Entities[located].Type is EntityTypes.Person or EntityTypes.Organization))
                && Resolve(first, before - 1) is { Speaker: not null } locatedSpeaker)
            {
                // "The Indian embassy in Kuwait said": a mission described, not named, is told apart by where it sits.
                return locatedSpeaker.SpeakerEntity is null && MissionHeads.Contains(context.Word(before - 1))
                    ? locatedSpeaker with { Speaker = $"{locatedSpeaker.Speaker} in {entity.Span.Of(context.Text)}", SpeakerSpan = new TextSpan(context.Tokens[first].Start, entity.Span.End) }
                    : locatedSpeaker;
            }

            // "Political analyst Hanna Berg of Lund University said", "the Rev. Ada Kroll of the Hillview Bible Church": "of
            // ..." is the person's affiliation, a post-modifier of the subject; the person speaks, not the institution.
            var affiliation = before > first && context.Is(before, "the") ? before - 1 : before;
            if (entity.Type is EntityTypes.Organization or EntityTypes.Geopolitical && affiliation > first && context.Is(affiliation, "of")
                && context.EntityEndingAt[affiliation - 1] is var affiliated and >= 0 && context.Entities[affiliated].Type == EntityTypes.Person)
            {
                var person = context.Entities[affiliated];
                return Attribution.OfPerson(person, context.Text);
            }

            // "the foreign ministry" marked as an organisation of its own is still the full name given before.
            if (entity.Type == EntityTypes.Organization && _mentions.NamedInstitution(entity.Span.Start, entity.Span.Of(context.Text)) is { } named
                && named.Span.Length > entity.Span.Length)
            {
                return new Attribution(_mentions.FullName(named), entity.Span, named.Canonical, null, null);
            }

            // "the Corps said" after "the U.S. Army Corps of Engineers": one word of a body named in full before, after "the",
            // is that body ("Microsoft said" stays the company, not its "Microsoft Security Response Center").
            if (entity.Type == EntityTypes.Organization && (entity.Canonical is null || entity.Span.Of(context.Text) == entity.Canonical)
                && context.FirstTokenAtOrAfter(entity.Span.Start) == last && last > 0 && context.Is(last - 1, "the")
                && _mentions.OrganisationNamedWith(entity.Span.Start, entity.Span.Of(context.Text)) is { } fuller && fuller.Span.Length > entity.Span.Length)
            {
                return new Attribution(_mentions.FullName(fuller), entity.Span, fuller.Canonical, null, null);
            }

            // "Sandhill says" after "its owner, Sandhill Health Partners,": an unknown body's first word is its name given before.
            if (entity.Type == EntityTypes.Organization && entity.Canonical is null && _mentions.OrganisationOpeningWith(entity) is { } opened)
            {
                return new Attribution(_mentions.FullName(opened), entity.Span, opened.Canonical, null, null);
            }

            var name = entity.Canonical ?? entity.Span.Of(context.Text);
            return new Attribution(entity.Type == EntityTypes.Organization ? FullerWrittenName(entity, name) : name, entity.Span, name, null, null);
        }

        return ResolveDescription(first, last);
    }
}
