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

    private static readonly FrozenSet<string> PersonPronouns = FrozenSet.ToFrozenSet(["he", "she"], StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> OtherPronouns = FrozenSet.ToFrozenSet(["it", "they", "i", "we", "you"], StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "one", "another"], StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Skippable = FrozenSet.ToFrozenSet(
    [
        "has", "have", "had", "also", "later", "earlier", "again", "then", "further", "previously", "repeatedly", "is", "was", "were",
        "would", "will", "reportedly", "publicly", "separately", "once", "recently", "only", "quickly", "has", "had", "already",
        "privately", "directly", "simply", "subsequently", "afterwards", "even", "too", "often", "frequently", "bluntly", "flatly", "firmly", "openly", "himself", "herself",
        "not", "never",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that never end a speaker's noun phrase: modals, conjunctions, prepositions, a verb used as "for example". A
    /// subject ending in one ("I should", "I mean", "the government's record whilst") was cut wrongly and names no one.
    /// </summary>
    private static readonly FrozenSet<string> NeverHeads = FrozenSet.ToFrozenSet(
    [
        "should", "could", "might", "must", "can", "may", "shall", "mean", "help", "whilst", "while", "although", "because",
        "if", "when", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "than", "the", "a", "an",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Role words that, with no one introduced under them, name the story's protagonist ("Marovia's top diplomat").</summary>
    private static readonly FrozenSet<string> ProtagonistRoles = FrozenSet.ToFrozenSet(["diplomat", "envoy", "negotiator"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case words inside an institution's name ("Department of Health and Social Care").</summary>
    private static readonly FrozenSet<string> NameJoiners = FrozenSet.ToFrozenSet(["of", "and", "for", "on", "the"], StringComparer.Ordinal);

    /// <summary>Common irregular past forms that can be a sentence's main verb ("The council went further, calling …").</summary>
    private static readonly FrozenSet<string> IrregularPast = FrozenSet.ToFrozenSet(
    [
        "went", "came", "took", "made", "gave", "held", "left", "met", "sent", "spoke", "wrote", "won", "lost", "put", "set", "kept",
        "led", "cut", "ran", "rose", "fell", "broke", "stood", "sought", "brought", "struck", "began", "became", "threw", "hit", "shut",
        "spent",
    ], StringComparer.Ordinal);

    /// <summary>True for a common irregular past form ("met", "held", "took").</summary>
    public static bool IsIrregularPast(ReadOnlySpan<char> word) => IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static readonly FrozenSet<string> Spokespeople = FrozenSet.ToFrozenSet(["spokesman", "spokeswoman", "spokesperson"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Names of a government's seat that stand for the government speaking (British "No 10").</summary>
    private static readonly FrozenDictionary<string, string> SeatNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["No 10"] = "Downing Street",
        ["No. 10"] = "Downing Street",
        ["Number 10"] = "Downing Street",
        ["Number Ten"] = "Downing Street",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> InstitutionHeads = FrozenSet.ToFrozenSet(
    [
        "ministry", "agency", "office", "service", "services", "hall", "council", "government", "police", "department", "committee",
        "commission", "embassy", "administration", "authority", "company", "spokesperson's", "statement", "court", "army",
        "military", "parliament", "cabinet", "kremlin", "secretariat", "presidency", "mission", "bureau", "board", "union",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case words in "-ly" that are nouns, not adverbs ("the Kennedy family", "a Moll ally").</summary>
    private static readonly FrozenSet<string> NounsInLy = FrozenSet.ToFrozenSet(
        ["family", "ally", "rally", "assembly", "supply", "monopoly", "anomaly", "homily", "bully", "belly", "folly"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounsInLyLookup = NounsInLy.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Sanderson finally", "he grudgingly": a lower-case adverb in "-ly" right after a name or a pronoun, before the verb.</summary>
    private bool IsAdverbAfterName(int k)
    {
        var word = context.Word(k);
        return k > 0 && word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal)
               && (context.EntityEndingAt[k - 1] >= 0 || PersonPronouns.Contains(context.Word(k - 1).ToString()))
               && !NounsInLyLookup.Contains(word);
    }

    /// <summary>"groups have long warned", "she had long said": "long" after an auxiliary is an adverb of time.</summary>
    private bool IsLongAfterAuxiliary(int k, int first)
        => k - 1 > first && context.Is(k, "long") && (context.Is(k - 1, "have") || context.Is(k - 1, "has") || context.Is(k - 1, "had"));

    /// <summary>Resolves the noun phrase that ends at token <paramref name="last"/> and starts no earlier than <paramref name="first"/>.</summary>
    public Attribution? Resolve(int first, int last)
    {
        if (last < first || first < 0 || last >= context.Tokens.Length)
        {
            return null;
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

        // "Velichko, Marovia's foreign minister, said" names the speaker before the apposition; "Its spokeswoman, Ana Sefer,
        // said" names her inside it. An apposition that is exactly one name wins.
        if (context.IsPunctuation(last, ","))
        {
            if (OpeningName(first, last) is { } opening)
            {
                return opening;
            }

            var comma = last - 1;
            while (comma > first && !context.IsPunctuation(comma, ","))
            {
                comma--;
            }

            if (IsPartyTag(context.Word(comma + 1)))
            {
                return comma > first ? Resolve(first, comma - 1) : null;
            }

            var inside = context.EntityStartingAt[comma + 1];

            // "One of the organizers, student Jonas Keller, said": a lower-case role word before the apposition's name.
            if (inside < 0 && comma + 2 < last && char.IsLower(context.Word(comma + 1)[0]) && context.EntityStartingAt[comma + 2] is var named and >= 0
                && context.EntityEndingAt[last - 1] == named && context.Entities[named].Type == EntityTypes.Person)
            {
                return Resolve(comma + 2, last - 1);
            }
            if (inside >= 0 && context.EntityEndingAt[last - 1] == inside && (context.Entities[inside].Type == EntityTypes.Person
                || (context.Entities[inside].Type == EntityTypes.Organization && comma > first && context.EntityEndingAt[comma - 1] < 0)))
            {
                // "The network's operator, Greystone Transit Group, said": an organisation named after a description speaks too.
                return Resolve(comma + 1, last - 1);
            }

            if (comma > first && TitledNameInApposition(comma + 1, last - 1) is { } titled)
            {
                return titled;
            }

            return comma > first ? Resolve(first, comma - 1) : null;
        }

        // "Rep. Ines Moll, D-Ore." and "State Rep. Joel Pike, R-Dalton": the party-state tag describes the name before it.
        if (PartyTagBefore(first, last) is var tagComma and > 0)
        {
            return Resolve(first, tagComma - 1);
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

        if (PostModifiedSubject(first, last) is { } described)
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

            // "The county clerk's office in Granby said": the place locates the institution or person before it, who speaks.
            if (entity.Type == EntityTypes.Geopolitical && before > first && (context.Is(before, "in") || context.Is(before, "at"))
                && (InstitutionHeads.Contains(context.Word(before - 1).ToString()) || (context.EntityEndingAt[before - 1] is var located and >= 0
                    && context.Entities[located].Type is EntityTypes.Person or EntityTypes.Organization))
                && Resolve(first, before - 1) is { Speaker: not null } locatedSpeaker)
            {
                return locatedSpeaker;
            }

            // "Political analyst Hanna Berg of Lund University said": "of ..." is the person's affiliation, a
            // post-modifier of the subject; the person speaks, not the institution.
            if (entity.Type is EntityTypes.Organization or EntityTypes.Geopolitical && before > first && context.Is(before, "of")
                && context.EntityEndingAt[before - 1] is var affiliated and >= 0 && context.Entities[affiliated].Type == EntityTypes.Person)
            {
                var person = context.Entities[affiliated];
                var personName = person.Canonical ?? person.Span.Of(context.Text);
                return new Attribution(personName, person.Span, personName, null, null);
            }

            // "the foreign ministry" marked as an organisation of its own is still the full name given before.
            if (entity.Type == EntityTypes.Organization && _mentions.NamedInstitution(entity.Span.Start, entity.Span.Of(context.Text)) is { } named
                && named.Span.Length > entity.Span.Length)
            {
                return new Attribution(_mentions.FullName(named), entity.Span, named.Canonical, null, null);
            }

            var name = entity.Canonical ?? entity.Span.Of(context.Text);
            return new Attribution(entity.Type == EntityTypes.Organization ? FullerWrittenName(entity, name) : name, entity.Span, name, null, null);
        }

        return ResolveDescription(first, last);
    }

    /// <summary>
    /// "The Ministry of Foreign Affairs said": an institution speaks under its name as written when that is the fuller form
    /// of its canonical alias ("Foreign Ministry"); the entity keeps the canonical name for grouping.
    /// </summary>
    private string FullerWrittenName(EntityMention entity, string canonical)
    {
        var written = entity.Span.Of(context.Text);
        if (written.Length <= canonical.Length)
        {
            return canonical;
        }

        foreach (var word in canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!written.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return canonical;
            }
        }

        return written;
    }

    /// <summary>
    /// "A Home Office spokeswoman said", "A No 10 spokesman said", "a Department of Health spokesperson said": an unnamed
    /// spokesperson brought in with an indefinite article speaks for the named institution before the role word (an
    /// organisation the entity layer marked, or capitalised words), not as a person of their own.
    /// </summary>
    /// <summary>Words a subject's opening name may take before its first comma ("Foreign Minister Tomas Velichko,").</summary>
    private const int OpeningNameReach = 5;

    /// <summary>
    /// "Cynthia Marsh, curator of prints at the State University, Dorvan, said": a subject that opens with a person's name
    /// (after capitalised titles only) and a comma is that person, however many commas the apposition holds (the place
    /// ending it is no speaker).
    /// </summary>
    private Attribution? OpeningName(int first, int last)
    {
        for (var k = first + 1; k < last && k - first <= OpeningNameReach; k++)
        {
            if (!context.IsPunctuation(k, ","))
            {
                continue;
            }

            // Only capitalised title words may stand before the name: in "A spokeswoman for Walsh, Maria Lopez, said" the
            // opening name is the object of "for", and the name in apposition speaks.
            var entity = context.EntityEndingAt[k - 1];
            if (entity < 0 || context.Entities[entity].Type != EntityTypes.Person || context.Entities[entity].Span.Start < context.Tokens[first].Start)
            {
                return null;
            }

            for (var t = first; context.Tokens[t].End <= context.Entities[entity].Span.Start; t++)
            {
                if (!char.IsUpper(context.Text[context.Tokens[t].Start]))
                {
                    return null;
                }
            }

            return Resolve(first, k - 1);
        }

        return null;
    }

    private Attribution? SpokespersonInstitution(int first, int head)
    {
        var tokens = context.Tokens;
        var span = new TextSpan(tokens[Math.Max(first, head - 1)].Start, tokens[head].End);
        if (head - 1 >= first && context.EntityEndingAt[head - 1] is var owner and >= 0 && context.Entities[owner].Type == EntityTypes.Organization)
        {
            var organisation = context.Entities[owner];
            var article = context.FirstTokenAtOrAfter(organisation.Span.Start) - 1;
            return article >= first && (context.Is(article, "a") || context.Is(article, "an"))
                ? new Attribution(_mentions.FullName(organisation), new TextSpan(tokens[article].Start, tokens[head].End), organisation.Canonical, null, null)
                : null;
        }

        var start = head;
        while (start - 1 >= first && head - start < 6 && tokens[start - 1].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation
               && !Determiners.Contains(context.Word(start - 1).ToString()))
        {
            start--;
        }

        if (start == head || start - 1 < first || !(context.Is(start - 1, "a") || context.Is(start - 1, "an")))
        {
            return null;
        }

        var written = context.Text[tokens[start].Start..tokens[head].End];
        var institution = InstitutionOfSpokesperson(written);
        return institution is null ? null : new Attribution(institution, new TextSpan(tokens[start - 1].Start, tokens[head].End), null, null, null);
    }

    /// <summary>"Home Office spokeswoman" → "Home Office", "No 10 spokesman" → "Downing Street"; null unless the words before the role are capitalised.</summary>
    private static string? InstitutionOfSpokesperson(string description)
    {
        var space = description.LastIndexOf(' ');
        if (space <= 0 || !char.IsUpper(description[0]))
        {
            return null;
        }

        // Only a proper name: "a Kesmarian foreign ministry spokesman" stays a description of its own.
        var institution = description[..space];
        if (institution.Split(' ').Any(word => word.Length == 0 || !(char.IsUpper(word[0]) || char.IsDigit(word[0]) || NameJoiners.Contains(word))))
        {
            return null;
        }

        return SeatNames.TryGetValue(institution, out var seat) ? seat : institution;
    }

    /// <summary>
    /// The comma before a party-state tag ("D-Ariz.", "R-Dalton") that ends the phrase <paramref name="first"/>..<paramref name="last"/>, or -1.
    /// </summary>
    private int PartyTagBefore(int first, int last)
    {
        var tag = context.IsPunctuation(last, ".") ? last - 1 : last;
        return tag - 1 > first && context.IsPunctuation(tag - 1, ",") && IsPartyTag(context.Word(tag)) ? tag - 1 : -1;
    }

    /// <summary>"D-Ariz", "R-Neb.", "I-Vt", "D-Richland": a party letter, a hyphen and a capitalised state or home town.</summary>
    public static bool IsPartyTag(ReadOnlySpan<char> word)
        => word.Length >= 4 && word[0] is 'D' or 'R' or 'I' && word[1] == '-' && char.IsUpper(word[2]);

    /// <summary>
    /// The subject of the sentence's main verb: the words before its first past-tense or present verb ("vetoed",
    /// "released", "says"), after a dateline dash, less a time phrase between subject and verb ("on Friday").
    /// </summary>
    public Attribution? MainClauseSubject(int first, int limit)
    {
        var start = first;
        for (var i = first; i < limit; i++)
        {
            if (context.Word(i) is "—" or "–")
            {
                start = i + 1;
            }
        }

        for (var v = start + 1; v < limit; v++)
        {
            var word = context.Word(v);
            if (context.Tokens[v].Kind != TokenKind.Word || !char.IsLower(word[0])
                || !(word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("es", StringComparison.Ordinal) || IrregularPast.Contains(word.ToString())))
            {
                continue;
            }

            var last = v - 1;
            if (last - 1 > start && context.Word(last - 1) is "on" or "late" or "early" && char.IsUpper(context.Word(last)[0]))
            {
                last -= 2;
            }

            return last >= start ? Resolve(start, last) : null;
        }

        return null;
    }

    /// <summary>
    /// "Its chair, Ambassador Ruy Calda of Peru, said": an apposition that is a person's name, after at most two capitalised
    /// title words and before an affiliation "of X", names the speaker.
    /// </summary>
    /// <summary>Lower-case words that may open a title in apposition ("state Sen.", "former Gov.").</summary>
    private static readonly FrozenSet<string> TitleModifiers = FrozenSet.ToFrozenSet(["state", "former", "deputy", "acting", "senior", "then", "chief", "assistant"], StringComparer.Ordinal);

    private Attribution? TitledNameInApposition(int start, int end)
    {
        // "state Sen. Dwight Harlow", "former Gov. Ana Pell": a title, with a lower-case modifier.
        var nameStart = start;
        while (nameStart < Math.Min(end, start + 4) && context.EntityStartingAt[nameStart] < 0
               && (char.IsUpper(context.Text[context.Tokens[nameStart].Start]) || TitleModifiers.Contains(context.Word(nameStart).ToString())))
        {
            nameStart++;
        }

        var entity = context.EntityStartingAt[nameStart];
        if (entity < 0 || context.Entities[entity].Type != EntityTypes.Person)
        {
            return null;
        }

        var nameEnd = nameStart;
        while (nameEnd < end && context.EntityEndingAt[nameEnd] != entity)
        {
            nameEnd++;
        }

        var affiliationOnly = nameEnd == end
            || (context.Is(nameEnd + 1, "of") && context.EntityStartingAt[nameEnd + 2] is var owner and >= 0 && context.EntityEndingAt[end] == owner);
        return context.EntityEndingAt[nameEnd] == entity && affiliationOnly ? Resolve(nameStart, nameEnd) : null;
    }
}
