using System.Collections.Frozen;
using System.Text.RegularExpressions;
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
    private readonly Dictionary<string, bool> _fullyNamed = new(StringComparer.Ordinal);
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
            var institution = context.Is(last, "it") ? RecentSource(tokens[last].Start) : null;
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
            if (entity.Type == EntityTypes.Organization && NamedInstitution(entity.Span.Start, entity.Span.Of(context.Text)) is { } named
                && named.Span.Length > entity.Span.Length)
            {
                return new Attribution(FullName(named), entity.Span, named.Canonical, null, null);
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
        bool AgreesFullName(EntityMention entity) => Agrees(entity) && IsFullyNamed(entity);
        var person = MostRecent(before, EntityTypes.Person, null, skipPossessive: true, AgreesFullName)
            ?? MostRecent(before, EntityTypes.Person, null, skipPossessive: true, Agrees)
            ?? MostRecent(before, EntityTypes.Person, null, accept: Agrees)
            ?? MostRecent(before, EntityTypes.Person, null);
        return new Attribution(person?.Canonical, tokens[token].Span, person?.Canonical, null, null);
    }

    /// <summary>
    /// A person known by a first and last name: its key has two words, or the text writes it after a capitalised word
    /// ("Speaker Douglas Rourke" when the entity layer only marked "Rourke").
    /// </summary>
    private bool IsFullyNamed(EntityMention person)
    {
        var key = PersonGenders.Key(context, person);
        if (key.Contains(' ', StringComparison.Ordinal))
        {
            return true;
        }

        // Once per name and document: the search reads the whole text, and pronouns ask about the same people again and again.
        if (!_fullyNamed.TryGetValue(key, out var found))
        {
            _fullyNamed[key] = found = Regex.IsMatch(context.Text, @"\b\p{Lu}[\p{L}.’'-]*\s+" + Regex.Escape(key) + @"\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return found;
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
        if (context.Is(start, "the") && start == last - 1 && OrganisationNamedWith(span.Start, context.Word(last)) is { } organisation)
        {
            // "the alliance said" after "the Alliance of Small Island States": the organisation, not a person introduced as
            // its negotiator (whose role words hold the organisation's name).
            return new Attribution(FullName(organisation), span, organisation.Canonical, null, null);
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
            return NamedInstitution(span.Start, institution) is { } named
                ? new Attribution(FullName(named), span, named.Canonical, null, null)
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
        var antecedent = context.Is(start, "the") ? IndefiniteAntecedent(span.Start, head) : null;
        var withRole = MostRecentWithRole(span.Start, head, modifiers, antecedent is { } a ? new TextSpan(a.Position, a.Position + a.Length) : null);
        if (antecedent is { } found && (withRole is null || withRole.Span.Start < found.Position))
        {
            return new Attribution(found.Text, span, null, null, null);
        }

        var person = withRole
            ?? FirstIntroducedWithRoleAfter(span.Start, head)
            ?? (Entities.Data.NameWords.PersonTitles.Contains(head) || ProtagonistRoles.Contains(head) ? MostRecent(span.Start, EntityTypes.Person, null) : null)
            ?? (ProtagonistRoles.Contains(head) ? NamedInNextSentence(last) : null);
        return new Attribution(person?.Canonical ?? written, span, person?.Canonical, null, null);
    }

    /// <summary>
    /// The last indefinite noun phrase before <paramref name="before"/>, outside quotes, whose head is <paramref name="head"/>
    /// ("a senior Republican aide", "an official familiar with the talks" up to "official"): its words without the article.
    /// </summary>
    /// <remarks>
    /// Walks the tokens back from <paramref name="before"/> and stops at the first phrase found: a regular expression
    /// over the whole text before each description made the quote stage two times slower on long articles.
    /// </remarks>
    private (string Text, int Position, int Length)? IndefiniteAntecedent(int before, string head)
    {
        for (var h = context.FirstTokenAtOrAfter(before) - 1; h > 0; h--)
        {
            if (!context.Word(h).SequenceEqual(head))
            {
                continue;
            }

            // Up to three plain words between the article and the head ("a senior Republican aide").
            for (var article = h - 1; article >= 0 && article >= h - 4; article--)
            {
                var word = context.Word(article);
                if (word is "a" or "A" or "an" or "An" or "another" or "Another")
                {
                    var start = context.Tokens[article].Start;
                    if (insideQuote(start))
                    {
                        break;
                    }

                    var textStart = context.Tokens[article + 1].Start;
                    var end = context.Tokens[h].End;
                    return (context.Text[textStart..end], start, end - start);
                }

                if (!IsPlainWord(word))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>Letters, digits and the marks inside words (. ' ’ -): what may stand between an article and its head.</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '.' or '\'' or '’' or '-'))
            {
                return false;
            }
        }

        return !word.IsEmpty;
    }

    /// <summary>
    /// A headline or lead names no one before its description ("... says transport minister as he resigns"): the body
    /// introduces that person next ("Transport Minister Ivo Brandl resigned"). Only when nobody is named before.
    /// </summary>
    private EntityMention? FirstIntroducedWithRoleAfter(int position, string role)
    {
        if (MostRecent(position, EntityTypes.Person, null) is not null || !Entities.Data.NameWords.PersonTitles.Contains(role))
        {
            return null;
        }

        foreach (var entity in context.Entities)
        {
            if (entity.Span.Start > position && entity.Type == EntityTypes.Person && !insideQuote(entity.Span.Start)
                && Window(entity).Contains(role, StringComparison.OrdinalIgnoreCase))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>An organisation's name as written, with the country it belongs to when one follows ("... of the Republic of Kesmaria").</summary>
    private string FullName(EntityMention organisation)
    {
        var last = context.FirstTokenAtOrAfter(organisation.Span.End);
        var end = organisation.Span.End;
        if (last + 1 < context.Tokens.Length && context.Is(last, "of") && context.Tokens[last].Start == organisation.Span.End + 1
            && context.EntityStartingAt[last + 1] is var country and >= 0 && context.Entities[country].Type == EntityTypes.Geopolitical)
        {
            end = context.Entities[country].Span.End;
        }
        else if (last + 2 < context.Tokens.Length && context.Is(last, "of") && context.Is(last + 1, "the")
            && context.EntityStartingAt[last + 2] is var theCountry and >= 0 && context.Entities[theCountry].Type == EntityTypes.Geopolitical)
        {
            end = context.Entities[theCountry].Span.End;
        }

        return context.Text[organisation.Span.Start..end];
    }

    /// <summary>The most recent organisation named before <paramref name="before"/> whose name holds <paramref name="head"/> as a capitalised word.</summary>
    private EntityMention? OrganisationNamedWith(int before, ReadOnlySpan<char> head)
    {
        if (head.Length < 4)
        {
            return null;
        }

        for (var e = context.Entities.Length - 1; e >= 0; e--)
        {
            var entity = context.Entities[e];
            if (entity.Span.Start >= before || entity.Type != EntityTypes.Organization || insideQuote(entity.Span.Start))
            {
                continue;
            }

            foreach (var part in entity.Span.Of(context.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (char.IsUpper(part[0]) && part.AsSpan().Equals(head, StringComparison.OrdinalIgnoreCase))
                {
                    return entity;
                }
            }
        }

        return null;
    }

    /// <summary>A lead that opens with "Marovia's top diplomat has promised ..." names him in the next sentence: the first person there.</summary>
    private EntityMention? NamedInNextSentence(int token)
    {
        var sentence = context.SentenceOfToken[token];
        if (sentence + 1 >= context.Sentences.Length)
        {
            return null;
        }

        var next = context.Sentences[sentence + 1];
        foreach (var entity in context.Entities)
        {
            if (entity.Type == EntityTypes.Person && next.Contains(entity.Span))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>
    /// "the foreign ministry said" after "the Ministry of Foreign Affairs of the Republic of Marovia" was named: the
    /// organisation named earlier whose name holds every word of the description ("foreign", "ministry").
    /// </summary>
    private EntityMention? NamedInstitution(int before, string description)
    {
        var words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var e = context.Entities.Length - 1; e >= 0; e--)
        {
            var entity = context.Entities[e];
            if (entity.Span.Start >= before || entity.Type != EntityTypes.Organization)
            {
                continue;
            }

            var name = entity.Span.Of(context.Text);
            if (words.Length > 1 && Array.TrueForAll(words, word => name.Contains(word, StringComparison.OrdinalIgnoreCase)))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>
    /// "It added": an organisation named in this sentence or the one before ("According to the institute, ... boats from
    /// Japan ... It added") speaks before a country named after it in passing; failing one, the most recent organisation or country.
    /// </summary>
    private EntityMention? RecentSource(int before)
    {
        var sentence = context.SentenceOfToken[context.FirstTokenAtOrAfter(before)];
        var windowStart = context.Sentences[Math.Max(0, sentence - 1)].Start;
        var organisation = MostRecent(before, EntityTypes.Organization, null);
        return organisation is not null && organisation.Span.Start >= windowStart
            ? organisation
            : MostRecent(before, EntityTypes.Organization, EntityTypes.Geopolitical);
    }

    private EntityMention? MostRecent(int before, string type, string? otherType, bool skipPossessive = false, Func<EntityMention, bool>? accept = null)
    {
        for (var e = context.Entities.Length - 1; e >= 0; e--)
        {
            var entity = context.Entities[e];
            if (entity.Span.Start < before && (entity.Type == type || entity.Type == otherType) && !insideQuote(entity.Span.Start)
                && !(skipPossessive && IsPossessive(entity)) && (accept is null || accept(entity)))
            {
                return entity;
            }
        }

        return null;
    }

    private bool IsPossessive(EntityMention entity)
    {
        var after = context.Text.AsSpan(entity.Span.End);
        return after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal);
    }

    /// <summary>
    /// The person a description names: among the people mentioned before it, those introduced with <paramref name="role"/>
    /// ("Transport Minister X", "X, the transport minister,"), best the one whose mentions also carry most of the
    /// description's other words ("the Russian minister": "Russia's Foreign Minister X" over "Israeli Prime Minister Y";
    /// a nationality is matched on its first five letters, so "Russian" finds "Russia"), then the most recent.
    /// </summary>
    private EntityMention? MostRecentWithRole(int before, string role, IReadOnlyList<string> modifiers, TextSpan? ignore = null)
    {
        var windows = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var latest = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        foreach (var entity in context.Entities)
        {
            if (entity.Span.Start >= before || entity.Type != EntityTypes.Person)
            {
                continue;
            }

            var key = entity.Canonical ?? entity.Span.Of(context.Text);
            if (!windows.TryGetValue(key, out var list))
            {
                windows[key] = list = [];
            }

            list.Add(Window(entity, ignore));
            latest[key] = entity;
        }

        EntityMention? best = null;
        var bestScore = -1;
        foreach (var (key, list) in windows)
        {
            if (!list.Exists(w => w.Contains(role, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var score = modifiers.Count(m => list.Exists(w => w.Contains(m.Length > 5 ? m[..5] : m, StringComparison.OrdinalIgnoreCase)));
            var mention = latest[key];
            if (score > bestScore || (score == bestScore && mention.Span.Start > best!.Span.Start))
            {
                (best, bestScore) = (mention, score);
            }
        }

        return best;
    }

    /// <summary>The words around a mention in its own clause: 40 characters each side, cut at a full stop or line break.</summary>
    private string Window(EntityMention entity, TextSpan? ignore = null)
    {
        var windowStart = Math.Max(0, entity.Span.Start - 40);
        if (ignore is { } skipped && skipped.End > windowStart && skipped.Start < entity.Span.Start)
        {
            // The words of another noun phrase ("a party source said Brask") say nothing of this person's role.
            windowStart = Math.Min(entity.Span.Start, Math.Max(windowStart, skipped.End));
        }

        var before = context.Text.AsSpan(windowStart, entity.Span.Start - windowStart);
        var stop = before.LastIndexOfAny('.', '\n');
        before = stop >= 0 ? before[(stop + 1)..] : before;
        var after = context.Text.AsSpan(entity.Span.End, Math.Min(40, context.Text.Length - entity.Span.End));
        var afterStop = after.IndexOfAny('.', '\n');
        after = afterStop >= 0 ? after[..afterStop] : after;
        return string.Concat(before, " | ", after);
    }
}
