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
internal sealed class SpeakerResolver(QuoteContext context, Func<int, bool> insideQuote)
{
    private readonly DocumentMentions _mentions = new(context, insideQuote);
    private PersonGenders? _genders;

    private static readonly FrozenSet<string> PersonPronouns = FrozenSet.ToFrozenSet(["he", "she"], StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> OtherPronouns = FrozenSet.ToFrozenSet(["it", "they", "i", "we", "you"], StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "one", "another"], StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Skippable = FrozenSet.ToFrozenSet(
    [
        "has", "have", "had", "also", "later", "earlier", "again", "then", "further", "previously", "repeatedly", "is", "was", "were",
        "would", "will", "reportedly", "publicly", "separately", "once", "recently", "only", "quickly", "has", "had", "already",
        "privately", "directly", "simply", "subsequently", "afterwards", "even", "too", "often", "frequently", "bluntly", "flatly", "firmly", "openly", "himself", "herself",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Role words that, with no one introduced under them, name the story's protagonist ("Marovia's top diplomat").</summary>
    private static readonly FrozenSet<string> ProtagonistRoles = FrozenSet.ToFrozenSet(["diplomat", "envoy", "negotiator"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> InstitutionHeads = FrozenSet.ToFrozenSet(
    [
        "ministry", "agency", "office", "service", "services", "hall", "council", "government", "police", "department", "committee",
        "commission", "embassy", "administration", "authority", "company", "spokesperson's", "statement", "court", "army",
        "military", "parliament", "cabinet", "kremlin", "secretariat", "presidency", "mission", "bureau", "board", "union",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Resolves the noun phrase that ends at token <paramref name="last"/> and starts no earlier than <paramref name="first"/>.</summary>
    public Attribution? Resolve(int first, int last)
    {
        if (last < first || first < 0 || last >= context.Tokens.Length)
        {
            return null;
        }

        // "Velichko, Marovia's foreign minister, said" names the speaker before the apposition; "Its spokeswoman, Ana Sefer,
        // said" names her inside it. An apposition that is exactly one name wins.
        if (context.IsPunctuation(last, ","))
        {
            var comma = last - 1;
            while (comma > first && !context.IsPunctuation(comma, ","))
            {
                comma--;
            }

            var inside = context.EntityStartingAt[comma + 1];
            if (inside >= 0 && context.EntityEndingAt[last - 1] == inside && context.Entities[inside].Type == EntityTypes.Person)
            {
                return Resolve(comma + 1, last - 1);
            }

            if (comma > first && TitledNameInApposition(comma + 1, last - 1) is { } titled)
            {
                return titled;
            }

            return comma > first ? Resolve(first, comma - 1) : null;
        }

        // "Velichko also said", "Marovia has said": step over adverbs and auxiliaries to the subject.
        while (last > first && Skippable.Contains(context.Word(last).ToString()))
        {
            last--;
        }

        if (context.Is(last, "and") || context.Is(last, "but") || context.Is(last, "or"))
        {
            return null;
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
            return new Attribution(name, entity.Span, name, null, null);
        }

        return ResolveDescription(first, last);
    }

    /// <summary>
    /// "Its chair, Ambassador Ruy Calda of Peru, said": an apposition that is a person's name, after at most two capitalised
    /// title words and before an affiliation "of X", names the speaker.
    /// </summary>
    private Attribution? TitledNameInApposition(int start, int end)
    {
        var nameStart = start;
        while (nameStart < Math.Min(end, start + 2) && context.EntityStartingAt[nameStart] < 0 && char.IsUpper(context.Text[context.Tokens[nameStart].Start]))
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

    /// <summary>
    /// "His reply was short: “…”": the person a possessive "his"/"her" at <paramref name="token"/> stands for, resolved as
    /// "he"/"she" would be there; null for any other word.
    /// </summary>
    public Attribution? ResolvePossessive(int token)
        => context.Is(token, "his") ? ResolvePronoun(token, "he") : context.Is(token, "her") ? ResolvePronoun(token, "she") : null;

    /// <summary>
    /// "X compared the plan to Y's proposal. “…,” he said": a person named only as an owner is rarely the one speaking.
    /// "he" and "she" take the most recent person they agree with in gender, as far as the text tells it, best one known
    /// by a full name: a one-word "person" ("at the Capitol", "urged Dastan") is often a place the entity layer took for
    /// a name, while news introduces the people it quotes with first and last name. In "Asked whether she had met X,
    /// she said", X is what the question was about, never who answers: names in that clause are passed over.
    /// </summary>
    private Attribution ResolvePronoun(int token, string pronoun)
    {
        var tokens = context.Tokens;
        var before = tokens[token].Start;
        var sentenceStart = context.FirstTokenOf(context.SentenceOfToken[token]);
        if (sentenceStart < token && context.Is(sentenceStart, "asked"))
        {
            before = tokens[sentenceStart].Start;
        }

        _genders ??= new PersonGenders(context, insideQuote);
        bool Agrees(EntityMention entity) => !_genders.Disagrees(PersonGenders.Key(context, entity), pronoun);
        bool AgreesFullName(EntityMention entity) => Agrees(entity) && _mentions.IsFullyNamed(entity);
        var person = _mentions.MostRecent(before, EntityTypes.Person, null, skipPossessive: true, AgreesFullName)
            ?? _mentions.MostRecent(before, EntityTypes.Person, null, skipPossessive: true, Agrees)
            ?? _mentions.MostRecent(before, EntityTypes.Person, null, accept: Agrees)
            ?? _mentions.MostRecent(before, EntityTypes.Person, null);
        return new Attribution(person?.Canonical, tokens[token].Span, person?.Canonical, null, null);
    }

    private Attribution? ResolveDescription(int first, int last)
    {
        var tokens = context.Tokens;
        if (tokens[last].Kind != TokenKind.Word || !char.IsLetter(context.Text[tokens[last].Start]))
        {
            return null;
        }

        // Walk left over the description's words to its determiner or possessive owner, at most six words.
        var start = last;
        while (start > first && last - start < 6)
        {
            var previous = start - 1;
            if ((tokens[previous].Kind != TokenKind.Word && tokens[previous].Kind != TokenKind.Abbreviation) || CueVerbs.IsCue(context.Word(previous)) || context.Is(previous, "and") || context.Is(previous, "that"))
            {
                break;
            }

            start = previous;
            if (Determiners.Contains(context.Word(previous).ToString()))
            {
                break;
            }
        }

        var head = context.Word(last).ToString().ToLowerInvariant();
        var span = new TextSpan(tokens[start].Start, tokens[last].End);
        var written = span.Of(context.Text);
        if (context.Is(start, "the") && start == last - 1 && _mentions.OrganisationNamedWith(span.Start, context.Word(last)) is { } organisation)
        {
            // "the alliance said" after "the Alliance of Small Island States": the organisation, not a person introduced as
            // its negotiator (whose role words hold the organisation's name).
            return new Attribution(_mentions.FullName(organisation), span, organisation.Canonical, null, null);
        }

        if (InstitutionHeads.Contains(head))
        {
            // "the regional weather office" and "Kesmaria's civil protection agency" name the institution without the article or owner.
            var nameStart = start;
            for (var i = start; i < last; i++)
            {
                if (Determiners.Contains(context.Word(i).ToString()) || context.Word(i) is "'s" or "’s")
                {
                    nameStart = i + 1;
                }
            }

            var institution = context.Text[tokens[nameStart].Start..span.End];
            return _mentions.NamedInstitution(span.Start, institution) is { } named
                ? new Attribution(_mentions.FullName(named), span, named.Canonical, null, null)
                : new Attribution(institution, span, null, null, null);
        }

        if (char.IsUpper(context.Text[tokens[last].Start]))
        {
            return new Attribution(written, span, null, null, null);
        }

        // "a Tevanian foreign ministry spokesman said": an indefinite description brings in someone new, never a person
        // named before, so it is its own speaker (without the article).
        if (context.Is(start, "a") || context.Is(start, "an") || context.Is(start, "another"))
        {
            return start < last ? new Attribution(context.Text[tokens[start + 1].Start..span.End], span, null, null, null) : null;
        }

        var modifiers = Enumerable.Range(start, last - start)
            .Select(i => context.Word(i).ToString())
            .Where(w => !Determiners.Contains(w) && w is not ("'s" or "’s") && w.Length > 2)
            .ToList();
        // "A senior aide, who spoke on condition of anonymity, said ... “…,” the aide said": a definite description takes
        // up the indefinite one that introduced the same head noun, unless someone introduced with that role was named
        // since ("A party source said Brask ..." does not make Brask a source: the antecedent's own words are no role).
        var antecedent = context.Is(start, "the") ? _mentions.IndefiniteAntecedent(span.Start, head) : null;
        var withRole = _mentions.MostRecentWithRole(span.Start, head, modifiers, antecedent is { } a ? new TextSpan(a.Position, a.Position + a.Length) : null);
        if (antecedent is { } found && (withRole is null || withRole.Span.Start < found.Position))
        {
            return new Attribution(found.Text, span, null, null, null);
        }

        var person = withRole
            ?? _mentions.FirstIntroducedWithRoleAfter(span.Start, head)
            ?? (Entities.Data.NameWords.PersonTitles.Contains(head) || ProtagonistRoles.Contains(head) ? _mentions.MostRecent(span.Start, EntityTypes.Person, null) : null)
            ?? (ProtagonistRoles.Contains(head) ? _mentions.NamedInNextSentence(last) : null);
        return new Attribution(person?.Canonical ?? written, span, person?.Canonical, null, null);
    }

}
