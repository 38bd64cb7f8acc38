using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>"he", "she", "his", "her" and a sentence's opening subject: the pronoun half of <see cref="SpeakerResolver"/>.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "His reply was short: “…”": the person a possessive "his"/"her" at <paramref name="token"/> stands for, resolved as
    /// "he"/"she" would be there; null for any other word.
    /// </summary>
    public Attribution? ResolvePossessive(int token)
        => context.Is(token, "his") ? ResolvePronoun(token, "he") : context.Is(token, "her") ? ResolvePronoun(token, "she") : null;

    /// <summary>"he"/"she" at <paramref name="token"/>, resolved as usual but never to <paramref name="excluded"/> (inside a quote, the quote's own speaker says "I").</summary>
    public Attribution ResolvePronounExcluding(int token, string? excluded)
        => ResolvePronoun(token, context.Is(token, "she") ? "she" : "he", excluded);

    /// <summary>
    /// "X compared the plan to Y's proposal. “…,” he said": a person named only as an owner is rarely the one speaking.
    /// "he" and "she" take the most recent person they agree with in gender, as far as the text tells it, best one known
    /// by a full name: a one-word "person" ("at the Capitol", "urged Dastan") is often a place the entity layer took for
    /// a name, while news introduces the people it quotes with first and last name. In "Asked whether she had met X,
    /// she said", X is what the question was about, never who answers: names in that clause are passed over.
    /// </summary>
    private Attribution ResolvePronoun(int token, string pronoun, string? excluded = null)
    {
        // A sentence-opening "He said" is resolved again for every later pronoun whose recent subject it is: once is enough.
        if (excluded is null && _pronouns.TryGetValue(token, out var known))
        {
            return known;
        }

        var resolved = ResolvePronounUncached(token, pronoun, excluded);
        if (excluded is null)
        {
            _pronouns[token] = resolved;
        }

        return resolved;
    }

    private readonly Dictionary<int, Attribution> _pronouns = [];

    private Attribution ResolvePronounUncached(int token, string pronoun, string? excluded)
    {
        var tokens = context.Tokens;
        // "Quarles, she said, had “every tool …”": the person named before a cue set off by commas is what is said about,
        // not who says it (who would have said "I").
        if (excluded is null && token >= 2 && context.IsPunctuation(token - 1, ",") && token + 1 < tokens.Length && CueVerbs.IsCue(context.Word(token + 1))
            && context.EntityEndingAt[token - 2] is var topic and >= 0 && context.Entities[topic].Type == EntityTypes.Person)
        {
            excluded = context.Entities[topic].Canonical ?? context.Entities[topic].Span.Of(context.Text);
        }

        var before = tokens[token].Start;
        var sentenceStart = context.FirstTokenOf(context.SentenceOfToken[token]);
        if (sentenceStart < token && context.Is(sentenceStart, "asked"))
        {
            before = tokens[sentenceStart].Start;
        }

        // "The governor said he had told ...": "he" right after its clause's verb of saying is that verb's subject.
        if (excluded is null && CueSubjectBefore(token) is { SpeakerEntity: { } reporter } reported
            && LatestMentionOf(before, reporter) is { } reporting
            && !Genders.Disagrees(PersonGenders.Key(context, reporting), pronoun))
        {
            return reported with { SpeakerSpan = tokens[token].Span, Cue = null, CueSpan = null };
        }

        if (excluded is null && DescribedSpeakerBefore(token, pronoun) is { } described)
        {
            return described with { SpeakerSpan = tokens[token].Span, Cue = null, CueSpan = null };
        }

        var genders = Genders;
        bool Agrees(EntityMention entity) => !genders.Disagrees(PersonGenders.Key(context, entity), pronoun) && !AfterThe(entity)
            && (excluded is null || !string.Equals(entity.Canonical ?? entity.Span.Of(context.Text), excluded, StringComparison.Ordinal));
        // The last resort passes over "the Alder campaign" and owners, never a person of the other gender ("she" after "Daniel Kress").
        bool SameGender(EntityMention entity) => !genders.Disagrees(PersonGenders.Key(context, entity), pronoun);
        bool AgreesFullName(EntityMention entity) => Agrees(entity) && _mentions.IsFullyNamed(entity);
        var person = _mentions.MostRecent(before, EntityTypes.Person, null, skipPossessive: true, AgreesFullName)
            ?? _mentions.MostRecent(before, EntityTypes.Person, null, skipPossessive: true, Agrees)
            ?? _mentions.MostRecent(before, EntityTypes.Person, null, accept: Agrees)
            ?? (excluded is null ? _mentions.MostRecent(before, EntityTypes.Person, null, accept: SameGender) : null);

        // The subject of a recent sentence outranks a name in its object or clause ("Grell insisted that Ardavia wanted
        // peace. “…,” he said") and a name before it ("The mayor, who ..., said ... “…,” she said").
        // The subject's sentence: a person of marked gender named in it (its object) does not outrank the subject.
        // A subject that is the person already chosen ("Ada Pickard learned what that means. Her hip broke. “…,” she says")
        // counts as such too: no one named before that sentence outranks it for being marked with the pronoun's gender.
        TextSpan? subjectSentence = null;
        if (RecentSubject(token, Agrees) is var (subject, sentence))
        {
            if (person is null || person.Span.Start < sentence.Start
                || (person.Span.Start < sentence.End && !string.Equals(NameOf(person), NameOf(subject), StringComparison.Ordinal)))
            {
                person = subject;
                subjectSentence = sentence;
            }
            else if (string.Equals(NameOf(person), NameOf(subject), StringComparison.Ordinal))
            {
                subjectSentence = sentence;
            }
        }

        // "Devin Thurlow … Isabel Ruiz … she": a person whom the text or the given name marks with the pronoun's gender
        // outranks one of unknown gender, when named within a few sentences; not one in the pronoun's own sentence ("the
        // head of NATO, Hoop Scheffer, he has explained").
        bool Marked(EntityMention entity) => Agrees(entity) && genders.Matches(PersonGenders.Key(context, entity), pronoun);
        if (person is not null && !genders.Matches(PersonGenders.Key(context, person), pronoun)
            && context.SentenceOfToken[context.FirstTokenAtOrAfter(person.Span.Start)] != context.SentenceOfToken[token]
            && _mentions.MostRecent(before, EntityTypes.Person, null, accept: Marked) is { } marked
            && context.SentenceOfToken[token] - context.SentenceOfToken[context.FirstTokenAtOrAfter(marked.Span.Start)] <= MarkedSentencesBack
            && (subjectSentence is not { } subjects || marked.Span.Start >= subjects.End))
        {
            person = marked;
        }

        // "“…,” she said ... The deputy, Mariela Barrionuevo of Buenos Aires province, was one of 28": a pronoun that no one
        // named before answers takes up the first person introduced by full name in the next few sentences whose gender the
        // text or the given name marks as the pronoun's (one of unknown gender may be someone else the story goes on to).
        if (person is null && excluded is null && _mentions.MostRecent(before, EntityTypes.Person, null) is null)
        {
            person = _mentions.FirstNamedSoonAfter(tokens[token].Start, entity => _mentions.IsFullyNamed(entity) && genders.Matches(PersonGenders.Key(context, entity), pronoun));
        }

        return new Attribution(person?.Canonical, tokens[token].Span, person?.Canonical, null, null);
    }

    /// <summary>
    /// The subject of a verb of saying that stands right before <paramref name="token"/> (or before "that" before it) in the
    /// same sentence, resolved: "The governor said [he]", "Vinke told reporters that [he]" is not read (a listener stands
    /// between); null when no such verb or no subject before it.
    /// </summary>
    private Attribution? CueSubjectBefore(int token)
    {
        var cue = token - 1;
        if (cue > 0 && context.Is(cue, "that"))
        {
            cue--;
        }

        var first = context.FirstTokenOf(context.SentenceOfToken[token]);
        if (cue <= first || !CueVerbs.IsReporting(context.Word(cue)) || CueVerbs.LemmaOf(context.Word(cue)) is "tell")
        {
            return null;
        }

        // The subject runs from the sentence's start, or from the last comma before the cue ("Asked about it, the governor said he").
        var start = first;
        for (var k = cue - 1; k > first; k--)
        {
            if (context.IsPunctuation(k, ",") || context.Tokens[k].Kind == TokenKind.QuoteMark)
            {
                start = k + 1;
                break;
            }
        }

        return start < cue ? Resolve(start, cue - 1) : null;
    }

    /// <summary>A person's canonical name or, lacking one (a name the linker left alone), the name as written.</summary>
    private string NameOf(EntityMention person) => person.Canonical ?? person.Span.Of(context.Text);

    /// <summary>The latest mention before <paramref name="before"/> of the person a resolved speaker name stands for, or null.</summary>
    private EntityMention? LatestMentionOf(int before, string name)
        => _mentions.MostRecent(before, EntityTypes.Person, null, accept: e => string.Equals(NameOf(e), name, StringComparison.Ordinal));

    /// <summary>The person named most recently before <paramref name="before"/>, by a full name, who is not <paramref name="speaker"/>.</summary>
    public Attribution? MostRecentOtherPerson(int before, string speaker)
    {
        var person = _mentions.MostRecent(before, EntityTypes.Person, null, skipPossessive: true,
            accept: e => _mentions.IsFullyNamed(e) && !string.Equals(e.Canonical ?? e.Span.Of(context.Text), speaker, StringComparison.Ordinal));
        if (person is null)
        {
            return null;
        }

        return Attribution.OfPerson(person, context.Text);
    }

    /// <summary>Sentences before a pronoun within which a person of its marked gender outranks one of unknown gender.</summary>
    private const int MarkedSentencesBack = 3;

    /// <summary>"the Alder campaign", "the Billings Ledger", "the House": a name after "the" is a modifier or a title, not a person "he" or "she" takes up.</summary>
    private bool AfterThe(EntityMention entity)
    {
        var first = context.FirstTokenAtOrAfter(entity.Span.Start);
        return first > 0 && context.Is(first - 1, "the");
    }

    /// <summary>Sentences before a pronoun searched for a subject it may take up.</summary>
    private const int SubjectSentencesBack = 3;

    /// <summary>
    /// The person who is the subject of the nearest sentence before the pronoun's own that opens with one (a name, or
    /// "The mayor" resolved to a person), and agrees with the pronoun; sentences that open with a quote are passed over.
    /// </summary>
    private (EntityMention Person, TextSpan Sentence)? RecentSubject(int token, Func<EntityMention, bool> agrees)
    {
        var own = context.SentenceOfToken[token];
        for (var s = own - 1; s >= Math.Max(0, own - SubjectSentencesBack); s--)
        {
            var first = context.FirstTokenOf(s);
            var last = context.LastTokenOf(s);
            if (first <= last && context.Tokens[first].Kind == TokenKind.QuoteMark && QuotedSpeakerOf(s, first, last) is { } quoted)
            {
                // "“A rumor,” Hollis said. … Then she added": the speaker named after a quote opening the sentence.
                return agrees(quoted) ? (quoted, context.Sentences[s]) : null;
            }

            if (first > last || context.Tokens[first].Kind == TokenKind.QuoteMark || insideQuote(context.Tokens[first].Start))
            {
                continue;
            }

            if ((SubjectPerson(first, last) ?? NamedCueSubject(first, last) ?? FrontedPhraseSubject(first, last)) is { } person)
            {
                return agrees(person) ? (person, context.Sentences[s]) : null;
            }

            // "She said she did not think ... “…,” she said": a sentence that opens with the same pronoun hands on the
            // person that pronoun took up; so does one that opens with it as the subject of any verb ("He has spent much
            // of his term in a standoff with X. ... In the interview, he said").
            if (first + 1 <= last && (context.Is(first, "he") || context.Is(first, "she")) && (CueVerbs.IsCue(context.Word(first + 1)) || (char.IsLower(context.Word(first + 1)[0]) && !HoldsSpeech(first, last)))
                && ResolvePronoun(first, context.Is(first, "she") ? "she" : "he").SpeakerEntity is { } earlier
                && LatestMentionOf(context.Tokens[first].Start, earlier) is { } taken)
            {
                return agrees(taken) ? (taken, context.Sentences[s]) : null;
            }
        }

        return null;
    }

    private readonly Dictionary<int, EntityMention?> _quotedSpeakers = [];

    /// <summary><see cref="QuotedSpeaker"/> of sentence <paramref name="sentence"/>, worked out once: every later pronoun may ask.</summary>
    private EntityMention? QuotedSpeakerOf(int sentence, int first, int last)
    {
        if (!_quotedSpeakers.TryGetValue(sentence, out var speaker))
        {
            speaker = QuotedSpeaker(first, last);
            _quotedSpeakers[sentence] = speaker;
        }

        return speaker;
    }

    /// <summary>"“…,” Hollis said" or "“…,” said Hollis": the person named right after the quote that opens the sentence at <paramref name="first"/>.</summary>
    private EntityMention? QuotedSpeaker(int first, int last)
    {
        for (var close = first + 1; close < last; close++)
        {
            if (context.Tokens[close].Kind != TokenKind.QuoteMark)
            {
                continue;
            }

            var name = CueVerbs.IsCue(context.Word(close + 1)) ? close + 2 : close + 1;
            if (name <= last && context.EntityStartingAt[name] is var e and >= 0 && context.Entities[e].Type == EntityTypes.Person
                && (name == close + 2 || (name + 1 <= last && CueVerbs.IsCue(context.Word(context.FirstTokenAtOrAfter(context.Entities[e].Span.End))))))
            {
                return context.Entities[e];
            }

            // "“…,” the retired records officer said": a description that the resolver takes to a person.
            if (context.Is(close + 1, "the"))
            {
                for (var cue = close + 2; cue <= Math.Min(last, close + 6); cue++)
                {
                    if (CueVerbs.IsCue(context.Word(cue)))
                    {
                        return ResolveDescription(close + 1, cue - 1)?.SpeakerEntity is { } described
                            ? LatestMentionOf(context.Tokens[close].Start, described)
                            : null;
                    }
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// "A few stools down, a pipefitter who gave his name only as Marty said ...": the person named in the subject of the
    /// sentence's first verb of saying, after a short opening phrase, when the sentence opens with neither a name nor "the".
    /// </summary>
    private EntityMention? NamedCueSubject(int first, int last)
    {
        var start = first;
        for (var k = first + 1; k <= Math.Min(last, first + 5); k++)
        {
            if (context.IsPunctuation(k, ","))
            {
                start = k + 1;
                break;
            }
        }

        for (var cue = start + 1; cue <= Math.Min(last, start + 24); cue++)
        {
            if (context.Tokens[cue].Kind == TokenKind.QuoteMark)
            {
                return null;
            }

            // "Rennicker's campaign manager, Tessa Dunwoody, told ...": the apposition's closing comma is no part of the name.
            if (context.IsCueAt(cue) && Resolve(start, context.IsPunctuation(cue - 1, ",") ? cue - 2 : cue - 1)?.SpeakerEntity is { } canonical)
            {
                return LatestMentionOf(context.Tokens[cue].Start, canonical)
                    is { } named && named.Span.Start >= context.Tokens[start].Start ? named : null;
            }
        }

        return null;
    }

    /// <summary>The person a sentence opens with as its subject: a name (after at most two title words) not in the possessive, or "The role" resolved to a person.</summary>
    private EntityMention? SubjectPerson(int first, int last)
    {
        if (context.Is(first, "the"))
        {
            var end = first + 1;
            while (end <= Math.Min(last, first + 4) && context.Tokens[end].Kind == TokenKind.Word && char.IsLower(context.Word(end)[0])
                   && !CueVerbs.IsCue(context.Word(end)) && !context.Word(end).EndsWith("ed", StringComparison.Ordinal))
            {
                end++;
            }

            if (end == first + 1 || end > last || !(context.IsPunctuation(end, ",") || CueVerbs.IsCue(context.Word(end)) || context.Word(end).EndsWith("ed", StringComparison.Ordinal)))
            {
                return null;
            }

            return ResolveDescription(first, end - 1)?.SpeakerEntity is { } canonical
                ? LatestMentionOf(context.Tokens[first].Start, canonical)
                : null;
        }

        var k = first;
        while (k < Math.Min(last, first + 2) && context.EntityStartingAt[k] < 0 && char.IsUpper(context.Text[context.Tokens[k].Start]))
        {
            k++;
        }

        if (context.EntityStartingAt[k] is not (var e and >= 0) || context.Entities[e].Type != EntityTypes.Person || _mentions.IsPossessive(context.Entities[e]))
        {
            return null;
        }

        // "Karvenian opposition leader Petra Novak claimed": a one-word "person" before role words and a name modifies it.
        var after = context.FirstTokenAtOrAfter(context.Entities[e].Span.End);
        for (var j = after; j <= Math.Min(last, after + 3) && context.Tokens[j].Kind == TokenKind.Word; j++)
        {
            if (context.EntityStartingAt[j] is var named and >= 0)
            {
                var titled = j > after && Entities.Data.NameWords.PersonTitles.Contains(context.Word(j - 1).ToString().ToLowerInvariant());
                return context.Entities[named].Type == EntityTypes.Person && titled ? context.Entities[named] : context.Entities[e];
            }

            if (!char.IsLower(context.Word(j)[0]))
            {
                break;
            }
        }

        return context.Entities[e];
    }

    /// <summary>
    /// "Pat Moss, a Democrat, held a news conference to announce that …": the person a sentence opens with, for a verb of
    /// saying whose own subject is not written (an infinitive).
    /// </summary>
    public Attribution? OpeningSubject(int first, int last)
    {
        if (SubjectPerson(first, last) is not { } person)
        {
            return null;
        }

        return Attribution.OfPerson(person, context.Text);
    }
}
