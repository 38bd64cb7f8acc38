using NewsTrace.Entities;

namespace NewsTrace.Quotes;

/// <summary>
/// People introduced after a description that names no one before it ("The city's police chief said ... Chief Adriana
/// Solórzano, who ..."): a part of <see cref="DocumentMentions"/>.
/// </summary>
internal sealed partial class DocumentMentions
{
    /// <summary>
    /// A headline or lead names no one before its description ("... says transport minister as he resigns"): the body
    /// introduces that person next ("Transport Minister Ivo Brandl resigned"). Only when nobody is named before.
    /// </summary>
    public EntityMention? FirstIntroducedWithRoleAfter(int position, string role, List<string>? modifiers = null)
    {
        if (MostRecent(position, EntityTypes.Person, null) is not null || !Entities.Data.NameWords.PersonTitles.Contains(role))
        {
            return null;
        }

        foreach (var entity in context.Entities)
        {
            if (entity.Span.Start > position && entity.Type == EntityTypes.Person && !insideQuote(entity.Span.Start) && !IsOutsideStory(entity)
                && ContainsOwnRole(Window(entity), role) && HoldsRanks(Window(entity), modifiers))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>Sentences after a description or a pronoun within which the person named is the one it stood for.</summary>
    private const int CataphoraSentences = 3;

    /// <summary>
    /// "The city's police chief said in a statement ... Chief Adriana Solórzano, who took command in March, told the council":
    /// a description that no one named before answers takes up a person introduced with its role in the next few sentences,
    /// though others were named before it, if not in its sentence or the one before (<see cref="FirstIntroducedWithRoleAfter"/>
    /// looks further, in a lead naming no one).
    /// </summary>
    public EntityMention? IntroducedWithRoleSoonAfter(int position, string role, List<string>? modifiers = null)
    {
        if (!Entities.Data.NameWords.PersonTitles.Contains(role))
        {
            return null;
        }

        // "... no confidence in Martin Haskell, but the party leader has insisted": a person named in the description's
        // sentence or the one before is nearer than anyone introduced after it.
        var sentence = context.SentenceOfToken[context.FirstTokenAtOrAfter(position)];
        if (MostRecent(position, EntityTypes.Person, null) is { } before && context.SentenceOfToken[context.FirstTokenAtOrAfter(before.Span.Start)] >= sentence - 1)
        {
            return null;
        }

        return FirstNamedSoonAfter(position, entity => ContainsOwnRole(Window(entity), role) && HoldsRanks(Window(entity), modifiers));
    }

    /// <summary>
    /// The first person named after <paramref name="position"/> (outside quotes and the dateline's desk), within
    /// <see cref="CataphoraSentences"/> sentences of it, that <paramref name="accept"/> takes; null when none.
    /// </summary>
    public EntityMention? FirstNamedSoonAfter(int position, Func<EntityMention, bool> accept)
    {
        var sentence = context.SentenceOfToken[context.FirstTokenAtOrAfter(position)];
        foreach (var entity in context.Entities)
        {
            if (entity.Span.Start <= position || entity.Type != EntityTypes.Person || insideQuote(entity.Span.Start) || IsOutsideStory(entity))
            {
                continue;
            }

            if (context.SentenceOfToken[context.FirstTokenAtOrAfter(entity.Span.Start)] > sentence + CataphoraSentences)
            {
                return null;
            }

            if (accept(entity))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>
    /// "The town manager ... told the council" before "Colleen Ackerly, the town manager, said": a description of two words or
    /// more that no one before it answers takes up the first person after it introduced with the same words, as written.
    /// </summary>
    public EntityMention? FirstIntroducedWithPhraseAfter(int position, string phrase, string role)
    {
        if (phrase.IndexOf(' ', StringComparison.Ordinal) < 0)
        {
            return null;
        }

        // Where the words are written again after the description, a person beside them there (not the description's own
        // words in the window of a name right after it).
        for (var at = context.Text.IndexOf(phrase, position, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = context.Text.IndexOf(phrase, at + phrase.Length, StringComparison.OrdinalIgnoreCase))
        {
            foreach (var entity in context.Entities)
            {
                if (entity.Span.Start > position && entity.Span.End >= at - WindowChars && entity.Span.Start <= at + phrase.Length + WindowChars
                    && entity.Type == EntityTypes.Person && !insideQuote(entity.Span.Start) && !IsOutsideStory(entity) && ContainsOwnRole(Window(entity), role))
                {
                    return entity;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Héctor Saravia, a Peronist deputy from Tucumán,": the person an indefinite description at <paramref name="position"/>
    /// stands in apposition to (the name, a comma, then the description), or null.
    /// </summary>
    public EntityMention? NamedBeforeApposition(int position)
    {
        foreach (var entity in context.Entities)
        {
            if (entity.Span.End >= position)
            {
                break;
            }

            if (entity.Type == EntityTypes.Person && context.Text.AsSpan(entity.Span.End, position - entity.Span.End).Trim() is ",")
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>
    /// "After the debate, the Green politician said": the person, named before <paramref name="before"/>, one of whose
    /// mentions has all of <paramref name="words"/> (capitalised modifiers: a party, a place, a nationality, matched on their
    /// first five letters) in its window; of several, the one mentioned last. Null when none.
    /// </summary>
    public EntityMention? MostRecentDescribedBy(int before, List<string> words)
    {
        var people = People();
        HashSet<string>? described = null;
        for (var p = 0; p < people.Count && people[p].Entity.Span.Start < before; p++)
        {
            if (!insideQuote(people[p].Entity.Span.Start) && HoldsAll(AppositionWindow(people[p].Entity), words))
            {
                (described ??= new HashSet<string>(StringComparer.Ordinal)).Add(people[p].Key);
            }
        }

        EntityMention? latest = null;
        for (var p = 0; described is not null && p < people.Count && people[p].Entity.Span.Start < before; p++)
        {
            if (!insideQuote(people[p].Entity.Span.Start) && described.Contains(people[p].Key))
            {
                latest = people[p].Entity;
            }
        }

        return latest;

        static bool HoldsAll(ReadOnlySpan<char> window, List<string> words)
        {
            foreach (var word in words)
            {
                if (!window.Contains(word.Length > 5 ? word.AsSpan(0, 5) : word, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The words from a little before a mention to the end of its sentence, where an apposition describes the person ("X, a Green Party member of the Bundestag, ...").</summary>
    private ReadOnlySpan<char> AppositionWindow(EntityMention entity)
    {
        var sentence = context.Sentences[context.SentenceOfToken[context.FirstTokenAtOrAfter(entity.Span.Start)]];
        var from = Math.Max(sentence.Start, entity.Span.Start - WindowChars);
        return context.Text.AsSpan(from, Math.Max(entity.Span.End, sentence.End) - from);
    }
}
