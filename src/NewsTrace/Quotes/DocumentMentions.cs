using System.Text.RegularExpressions;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Where a document names people, organisations and roles, as <see cref="SpeakerResolver"/> asks it: the most recent
/// mention of a kind before a position (outside quotes), a person introduced with a role word, the phrase that introduced
/// a description, an institution's full name. Lookups only: it decides nothing about who speaks.
/// </summary>
internal sealed partial class DocumentMentions(QuoteContext context, Func<int, bool> insideQuote)
{
    private readonly Dictionary<string, bool> _fullyNamed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _headPositions = new(StringComparer.Ordinal);

    /// <summary>
    /// A person known by a first and last name: its key has two words, or the text writes it after a capitalised word
    /// ("Speaker Douglas Rourke" when the entity layer only marked "Rourke").
    /// </summary>
    public bool IsFullyNamed(EntityMention person)
    {
        var key = PersonGenders.Key(context, person);
        if (key.Contains(' ', StringComparison.Ordinal))
        {
            return true;
        }

        // Once per name and document: the search reads the whole text, and pronouns ask about the same people again and again.
        if (!_fullyNamed.TryGetValue(key, out var found))
        {
            // "A House committee" does not make "House" a surname: a capitalised article or preposition is no first name.
            _fullyNamed[key] = found = Regex.IsMatch(context.Text, @"\b(?!(?:A|An|The|This|That|In|On|At|Of|For|By|To|From|With|And|But|As|If|When|After|Before)\s)\p{Lu}[\p{L}.’'-]*\s+" + Regex.Escape(key) + @"\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return found;
    }

    /// <summary>
    /// The last indefinite noun phrase before <paramref name="before"/>, outside quotes, whose head is <paramref name="head"/>
    /// ("a senior Republican aide", "an official familiar with the talks" up to "official"): its words without the article.
    /// </summary>
    /// <remarks>
    /// Walks the tokens back from <paramref name="before"/> and stops at the first phrase found: a regular expression
    /// over the whole text before each description made the quote stage two times slower on long articles.
    /// </remarks>
    public (string Text, int Position, int Length)? IndefiniteAntecedent(int before, string head)
    {
        var positions = HeadPositions(head);
        var limit = context.FirstTokenAtOrAfter(before);
        for (var p = positions.Count - 1; p >= 0; p--)
        {
            var h = positions[p];
            if (h >= limit)
            {
                continue;
            }

            // Up to five plain words between the article and the head ("a senior Republican National Committee official").
            for (var article = h - 1; article >= 0 && article >= h - 6; article--)
            {
                // "a Fish and Wildlife Service employee": a name before the head counts as one word, "and" and all.
                if (context.NameStartEndingAt(article) is var nameStart and >= 0 && nameStart < article && nameStart > h - 6)
                {
                    article = nameStart;
                    continue;
                }

                var word = context.Word(article);
                // "one of the owners": "one" there is a pronoun with a phrase, not an article.
                if (word is "a" or "A" or "an" or "An" or "another" or "Another" || (word is "one" or "One" && !context.Is(article + 1, "of")))
                {
                    var start = context.Tokens[article].Start;
                    if (insideQuote(start))
                    {
                        break;
                    }

                    var textStart = context.Tokens[article + 1].Start;
                    var end = context.Tokens[PostModifierEnd(h)].End;
                    return (context.Text[textStart..end], start, end - start);
                }

                // "an apology to the assistant pastor": a function word between means the article is another phrase's.
                if (!IsPlainWord(word) || word is "the" or "The" or "to" or "of" or "for" or "with" or "in" or "on" or "at" or "by" or "from" or "and" or "or")
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The tokens (after the first) that write <paramref name="head"/>, in capitals or not ("One Labour MP ... the MP said"),
    /// in text order; found once per head and document, as every description with that head asks again.
    /// </summary>
    private List<int> HeadPositions(string head)
    {
        if (!_headPositions.TryGetValue(head, out var positions))
        {
            positions = [];
            for (var h = 1; h < context.Tokens.Length; h++)
            {
                if (context.Word(h).Equals(head, StringComparison.OrdinalIgnoreCase))
                {
                    positions.Add(h);
                }
            }

            _headPositions[head] = positions;
        }

        return positions;
    }

    /// <summary>
    /// "A senior adviser to the campaign, who ...", "a congresswoman from a suburban Virginia district said": the phrase
    /// after the head noun that says whose or where from, up to a comma, a relative pronoun, a verb of saying or a phrase of
    /// place or time; the head itself when none follows.
    /// </summary>
    private int PostModifierEnd(int head)
    {
        // "a person briefed on the meeting", "a source familiar with the timing": a describing word and its preposition.
        var describing = head + 3 < context.Tokens.Length && context.Word(head + 1) is "briefed" or "familiar" or "close" or "involved" or "knowledgeable" or "informed"
                         && context.Word(head + 2) is "on" or "with" or "to" or "in" or "about" or "of";
        if (!describing && PlacedEnd(head) is var placed and > 0)
        {
            return placed;
        }

        if (!describing && (head + 2 >= context.Tokens.Length || context.Word(head + 1) is not ("to" or "for" or "from" or "with" or "of")))
        {
            return head;
        }

        var end = describing ? head + 2 : head;
        for (var i = describing ? head + 3 : head + 2; i < context.Tokens.Length && i <= head + MaxPostModifierWords; i++)
        {
            var word = context.Word(i);
            if (context.Tokens[i].Kind == TokenKind.Punctuation || context.Tokens[i].Kind == TokenKind.QuoteMark || context.WordIn(PostModifierStops, i)
                || CueVerbs.IsCue(word))
            {
                break;
            }

            end = i;
        }

        while (end > head && context.Word(end) is "a" or "an" or "the" or "his" or "her" or "their" or "its")
        {
            end--;
        }

        return end == head + 1 || (describing && end == head + 2) ? head : end;
    }

    private const int MaxPostModifierWords = 8;

    /// <summary>
    /// "one screener at O'Hare", "a nurse at the county hospital", "an official at one of the railroads": the last word of
    /// a place after "at" or "in" that the speaker's description keeps (as <see cref="SpeakerResolver"/> writes it when they
    /// first speak), up to a comma or a verb; 0 when no such place follows the head.
    /// </summary>
    private int PlacedEnd(int head)
    {
        // "a Western diplomat in Dakar": a named place after "in" ends the description, as it did when they first spoke.
        if (head + 2 < context.Tokens.Length && context.Is(head + 1, "in") && context.EntityStartingAt[head + 2] is var place and >= 0
            && context.Entities[place].Type is EntityTypes.Geopolitical or EntityTypes.Location)
        {
            return context.FirstTokenAtOrAfter(context.Entities[place].Span.End) - 1;
        }

        if (!context.OpensPlaceAfter(head + 1, context.Tokens.Length - 1))
        {
            return 0;
        }

        var end = head + 2;
        for (var i = head + 3; i < context.Tokens.Length && i <= head + MaxPostModifierWords; i++)
        {
            if (context.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.QuoteMark || CueVerbs.IsCue(context.Word(i))
                || context.Word(i) is "who" or "that" or "which" or "and" or "but" or "or" or "on" or "said" or "says" || !char.IsLetterOrDigit(context.Word(i)[0]))
            {
                break;
            }

            end = i;
        }

        return end;
    }

    /// <summary>Words that end a describing phrase: a relative pronoun, a phrase of place or time, a conjunction.</summary>
    private static readonly WordSet PostModifierStops = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["who", "that", "which", "on", "in", "at", "about", "after", "before", "during", "since", "when", "as", "by", "and", "but", "or", "while"],
        StringComparer.Ordinal);

    /// <summary>
    /// Letters, digits and the marks inside words (. ' ’ -): what may stand between an article and its head. A mark alone
    /// (a full stop) is no word: "in a statement. The senator" is two phrases.
    /// </summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        var letters = false;
        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '.' or '\'' or '’' or '-'))
            {
                return false;
            }

            letters |= char.IsLetterOrDigit(c);
        }

        return letters;
    }

    /// <summary>Words that make a role another office ("the deputy trade minister" is not "the trade minister").</summary>
    private static readonly WordSet Ranks = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["deputy", "vice", "assistant", "acting", "former", "junior", "under", "associate"], StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the window around a person holds every rank word of the description's modifiers.</summary>
    private static bool HoldsRanks(string window, List<string>? modifiers)
    {
        if (modifiers is null)
        {
            return true;
        }

        foreach (var modifier in modifiers)
        {
            if (Ranks.Contains(modifier) && !window.Contains(modifier, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "... a career officer who spent 31 years in the Foreign Service. Her name is Gail Pfister.": the person a sentence
    /// of the form "Her/His name is X" names, within the two sentences after the one holding <paramref name="token"/>.
    /// </summary>
    public EntityMention? NamedAsTheirName(int token)
    {
        var sentence = context.SentenceOfToken[token];
        for (var s = sentence + 1; s < Math.Min(context.Sentences.Length, sentence + 3); s++)
        {
            var first = context.FirstTokenOf(s);
            if (first + 3 <= context.LastTokenOf(s) && (context.Is(first, "her") || context.Is(first, "his")) && context.Is(first + 1, "name")
                && context.Is(first + 2, "is") && context.EntityStartingAt[first + 3] is var e and >= 0 && context.Entities[e].Type == EntityTypes.Person)
            {
                return context.Entities[e];
            }
        }

        return null;
    }

    /// <summary>A lead that opens with "Marovia's top diplomat has promised ..." names him in the next sentence: the first person there.</summary>
    public EntityMention? NamedInNextSentence(int token)
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
    /// "It added": an organisation named in this sentence or the one before ("According to the institute, ... boats from
    /// Japan ... It added") speaks before a country named after it in passing; failing one, the most recent organisation or country.
    /// </summary>
    public EntityMention? RecentSource(int before)
    {
        var sentence = context.SentenceOfToken[context.FirstTokenAtOrAfter(before)];
        var windowStart = context.Sentences[Math.Max(0, sentence - 1)].Start;
        var organisation = MostRecent(before, EntityTypes.Organization, null);
        return organisation is not null && organisation.Span.Start >= windowStart
            ? organisation
            : MostRecent(before, EntityTypes.Organization, EntityTypes.Geopolitical);
    }

    public EntityMention? MostRecent(int before, string type, string? otherType, bool skipPossessive = false, Func<EntityMention, bool>? accept = null)
    {
        for (var e = context.Entities.Length - 1; e >= 0; e--)
        {
            var entity = context.Entities[e];
            if (entity.Span.Start < before && (entity.Type == type || entity.Type == otherType) && !insideQuote(entity.Span.Start)
                && !(skipPossessive && IsPossessive(entity)) && !IsOutsideStory(entity) && (accept is null || accept(entity)))
            {
                return entity;
            }
        }

        return null;
    }

    public bool IsPossessive(EntityMention entity)
    {
        var after = context.Text.AsSpan(entity.Span.End);
        return after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal);
    }
}
