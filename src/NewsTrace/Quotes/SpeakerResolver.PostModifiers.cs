using System.Collections.Frozen;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Subjects whose head noun has a phrase after it ("aides to the senator said"): a part of <see cref="SpeakerResolver"/>.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>The longest describing phrase read ("people familiar with the administration's thinking on trade").</summary>
    private const int MaxPhraseWords = 8;

    /// <summary>
    /// Words that open a phrase describing the noun before them ("head of", "lawyer for", "aides to", "people familiar
    /// with", "sources close to"). Places and times ("in", "at", "on") are left out: "the minister in a statement" and "the
    /// minister on Monday" are the minister alone.
    /// </summary>
    private static readonly WordSet PostModifierOpeners = FrozenSet.ToFrozenSet(
        ["of", "for", "to", "with", "from", "close", "familiar", "near", "representing"], StringComparer.Ordinal);

    /// <summary>
    /// Texts that speak for their author ("a statement from the ministry said", "a report by the agency found"): the author
    /// after the phrase speaks, as the resolver reads it without this pass.
    /// </summary>
    private static readonly WordSet DocumentHeads = FrozenSet.ToFrozenSet(
        ["statement", "report", "letter", "communique", "communiqué", "release", "document", "message", "post", "tweet", "memo",
            "email", "notice", "announcement", "filing", "survey", "poll", "study", "analysis", "ruling", "verdict", "spokesperson's",
            "testimony", "information", "data", "figures", "statistics", "records", "documents", "evidence", "account",
            "accounts", "petition", "petitions", "statements", "reports", "letters", "results", "transcript", "footage", "section",
            "page", "chapter", "article", "editorial", "column", "website", "site", "blog", "paper", "book"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// People who speak for an institution ("a spokesman for the ministry", "the official representative of the Kremlin"):
    /// the institution speaks, as the resolver reads it without this pass.
    /// </summary>
    private static readonly WordSet SpeakersFor = FrozenSet.ToFrozenSet(
        ["spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "representative", "representatives", "mouthpiece"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles that join a noun to its phrase ("the lawyer acting for", "engineers working on").</summary>
    private static readonly WordSet Participles = FrozenSet.ToFrozenSet(
        ["acting", "working", "speaking", "writing", "reporting", "campaigning"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles that join a noun to a phrase of "on" or "in" ("people briefed on", "officials involved in").</summary>
    private static readonly WordSet DescribingParticiples = FrozenSet.ToFrozenSet(
        ["briefed", "involved", "informed", "engaged", "knowledgeable", "participating"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Bodies whose members sit "on" them ("Democrats on the committee", "members on the board").</summary>
    private static readonly WordSet MemberBodies = FrozenSet.ToFrozenSet(
        ["committee", "subcommittee", "panel", "board", "council", "commission", "bench", "jury", "team", "staff"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Days and months after "on" ("officials on Monday said"), which time the saying rather than place the group.</summary>
    private static readonly WordSet TimeWords = FrozenSet.ToFrozenSet(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.",
            "Sep.", "Oct.", "Nov.", "Dec.", "Christmas", "Election", "Thanksgiving"],
        StringComparer.Ordinal);

    /// <summary>Articles that bring in someone new ("a woman in the back").</summary>
    private static readonly WordSet Indefinites = FrozenSet.ToFrozenSet(["a", "an", "another", "one"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions that otherwise place the speaker ("the minister in a statement") rather than describe them.</summary>
    private static readonly WordSet PlacePrepositions = FrozenSet.ToFrozenSet(["on", "in", "about"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before an opener that are no head noun ("one of", "some of", "most of", "according to").</summary>
    private static readonly WordSet NotHeads = FrozenSet.ToFrozenSet(
        ["one", "some", "many", "most", "all", "none", "each", "both", "any", "several", "few", "according", "due", "up", "out", "next", "close", "ahead", "thanks",
            "apart", "aside", "instead", "prior", "because", "together", "along"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>"A former spokesman for ...", "a sales representative for ...": someone who does not speak for the body now, or not as its voice.</summary>
    private bool IsFormerOrTrade(int first, int head)
    {
        for (var k = first; k < head; k++)
        {
            if (context.Word(k) is "former" or "ex" or "sales" or "pharmaceutical" or "insurance")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The head of the agency said", "A lawyer for Norvik Shipping said", "aides to the senator said": the subject's head is
    /// the lower-case noun before the first describing phrase, and the speaker is that noun with its phrase, unless the noun
    /// alone names someone in the document ("the head of the agency" after "Ana Sefer, head of the agency"). A spokesperson
    /// "for" an institution keeps its own reading: the institution speaks. Returns null where the subject has no such head.
    /// </summary>
    private Attribution? PostModifiedSubject(int first, int last)
    {
        var head = -1;

        // A group placed or doing something, or someone briefed on a matter: a possessive in the phrase is the place's or
        // the matter's ("briefed on the union's plans"), not the subject's head.
        var placed = false;
        for (var k = last - 1; k > first; k--)
        {
            if ((context.Tokens[k].Kind is TokenKind.Punctuation or TokenKind.QuoteMark && !IsPluralPossessive(k)) || CueVerbs.IsCue(context.Word(k)))
            {
                break;
            }

            // "people briefed on the meeting", "officials involved in drafting the text": a participle of knowledge or part
            // taken, with its preposition, describes the noun before it, though "on" and "in" alone locate.
            if (k - 2 >= first && WordIn(DescribingParticiples, k - 1) && WordIn(PlacePrepositions, k)
                && IsHeadNoun(k - 2))
            {
                head = k - 2;
                placed = true;
                continue;
            }

            // "Several Democrats on the committee said", "senators on the panel": members of a body, not a group placed.
            if (k - 1 >= first && context.Is(k, "on") && k + 2 <= last && context.Is(k + 1, "the") && WordIn(MemberBodies, k + 2)
                && IsPlural(context.Word(k - 1)) && (IsHeadNoun(k - 1) || DocumentMentions.IsPartyMember(context.Word(k - 1)[..^1].ToString())))
            {
                head = k - 1;
                continue;
            }

            // "Truck drivers at the port of San Juan said", "crab fishermen on the dock", "sheriffs across the state": a group
            // placed where it works, whatever phrase follows the place ("on Monday" is a time, not a place).
            if (k - 1 >= first && (context.Is(k, "at") || context.Is(k, "in") || context.Is(k, "across") || (context.Is(k, "on") && !OpensTime(k + 1)))
                && IsPlural(context.Word(k - 1)) && IsHeadNoun(k - 1) && !WordIn(DocumentHeads, k - 1) && HeadsFirstPhrase(first, k - 1))
            {
                head = k - 1;
                placed = true;
                continue;
            }

            // "Several workers leaving the morning shift said", "parents waiting outside the school": a group described by
            // what it was doing.
            if (k - 1 > first - 1 && k + 1 < last && IsDoingParticiple(k) && IsPlural(context.Word(k - 1)) && IsHeadNoun(k - 1)
                && !WordIn(DocumentHeads, k - 1) && HeadsFirstPhrase(first, k - 1))
            {
                head = k - 1;
                placed = true;
                continue;
            }

            // "A woman in the back shouted", "a man at the rear of the hall said": someone new, placed where they stood; so is
            // "one screener at O'Hare" and "an official at one of the lagging railroads".
            if (k - 1 > first && context.OpensPlaceAfter(k, last) && WordIn(Indefinites, first) && IsHeadNoun(k - 1) && !WordIn(DocumentHeads, last))
            {
                head = k - 1;
                continue;
            }

            if (WordIn(PostModifierOpeners, k))
            {
                // "the lawyer acting for the officer": a participle between the noun and the phrase belongs to the phrase.
                var noun = WordIn(Participles, k - 1) && k - 2 > first ? k - 2 : k - 1;
                if (IsHeadNoun(noun))
                {
                    head = noun;
                }
            }
        }

        // "chief executive of the Refugee Forum Enver Salim": a person's name closing the subject is the speaker, titled by
        // the words before. A phrase holding a clause ("a series of posts in which he had suggested") is no description.
        // A former representative, or a sales representative, speaks for no one but themselves.
        if (head < 0 || (WordIn(SpeakersFor, head) && (context.Is(head + 1, "for") || context.Is(head + 1, "of")) && !IsFormerOrTrade(first, head))
            || WordIn(DocumentHeads, head)
            || (context.EntityEndingAt[last] is var closing and >= 0 && context.Entities[closing].Type == EntityTypes.Person && !IsObjectOfPhrase(closing))
            || last - head > MaxPhraseWords || HoldsClause(head + 1, last, placed) || WordIn(PersonPronouns, last)
            || WordIn(OtherPronouns, last))
        {
            return null;
        }

        var start = DescriptionStart(first, head);
        var whole = new TextSpan(context.Tokens[start].Start, context.Tokens[last].End);

        // "the head of the agency" after "Ana Sefer, head of the agency": someone introduced with the role and the phrase's words.
        var phraseWords = ContentWords(head + 2, last + 1);
        var role = context.Word(head).ToString();
        if (_mentions.MostRecentWithRole(whole.Start, role, phraseWords) is { } person
            && phraseWords.TrueForAll(w => _mentions.Window(person).Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            var name = person.Canonical ?? person.Span.Of(context.Text);
            return new Attribution(name, whole, name, null, null);
        }

        // "A former chief of staff to Gov. Pike testified ... Evan Lasko, who served as Pike's chief of staff, told": a lead
        // that brings someone in by role names them in the next sentence, with the role again.
        // So does a definite one ("The chairman of the Senate Judiciary Committee said ... The chairman, Sen. X, said").
        var article = context.Is(start, "a") || context.Is(start, "an") || context.Is(start, "another");
        if ((article || context.Is(start, "the")) && _mentions.NamedInNextSentence(last) is { } named && _mentions.Window(named).Contains(role, StringComparison.OrdinalIgnoreCase))
        {
            var name = named.Canonical ?? named.Span.Of(context.Text);
            return new Attribution(name, whole, name, null, null);
        }

        // "the 54-year-old senator from Jalisco said": a definite description with a home place after "from" tells something
        // new of someone already named, so it takes up the person the description alone would ("the 54-year-old senator").
        if (context.Is(start, "the") && context.Is(head + 1, "from") && IsPlaceNameBetween(head + 2, last)
            && !InstitutionHeads.Contains(role) && !CompanyNouns.Contains(role) && ResolveDescription(first, head) is { SpeakerEntity: not null } bare)
        {
            return bare with { SpeakerSpan = whole };
        }

        // "a friend of the couple": an indefinite description is its own speaker without the article, as elsewhere.
        var written = whole.Of(context.Text);
        return new Attribution(article ? written[(written.IndexOf(' ', StringComparison.Ordinal) + 1)..] : written, whole, null, null, null);
    }

    /// <summary>True when the tokens from <paramref name="first"/> to <paramref name="last"/> are exactly one place's name ("Jalisco").</summary>
    private bool IsPlaceNameBetween(int first, int last)
        => first <= last && context.EntityStartingAt[first] is var entity and >= 0 && context.Entities[entity].Type is EntityTypes.Geopolitical or EntityTypes.Location
           && context.NameEndStartingAt(first) == last;

    /// <summary>"the companies' strategy": an apostrophe closing a plural without a space is its possessive, no quotation mark.</summary>
    private bool IsPluralPossessive(int index)
        => index > 0 && context.Word(index) is "'" or "\u2019" && context.Tokens[index - 1].End == context.Tokens[index].Start
           && context.Word(index - 1).EndsWith('s') && index + 1 < context.Tokens.Length && context.Tokens[index + 1].Start > context.Tokens[index].End;

    /// <summary>
    /// "press secretary to Mayor Dana Kell", "aide to Pike": a person's name right after the phrase's opener, "at" or a title
    /// is the object of the phrase; one after other words ("the Refugee Forum Enver Salim") is the subject's own name.
    /// </summary>
    private bool IsObjectOfPhrase(int entity)
    {
        var before = context.FirstTokenAtOrAfter(context.Entities[entity].Span.Start) - 1;
        while (before > 0 && char.IsUpper(context.Word(before)[0]) && Entities.Data.NameWords.PersonTitles.Contains(context.Word(before).ToString().ToLowerInvariant()))
        {
            before--;
        }

        // "one screener at O'Hare": a name read as a person's after "at" places the subject; it is not the subject's name.
        return before > 0 && (WordIn(PostModifierOpeners, before) || context.Is(before, "at"));
    }

    /// <summary>
    /// True when the noun at <paramref name="noun"/> closes the subject's first phrase: no phrase opener before it ("The
    /// Medical Center for veterans in Dayton": "veterans" is the object of "for"). An opening phrase set off by a comma is no
    /// part of the subject ("In a joint letter on Monday, mayors in the Llobregat valley wrote").
    /// </summary>
    private bool HeadsFirstPhrase(int first, int noun)
    {
        for (var j = noun - 1; j > first; j--)
        {
            if (context.IsPunctuation(j, ","))
            {
                first = j + 1;
                break;
            }
        }

        for (var j = first; j < noun; j++)
        {
            if (WordIn(PostModifierOpeners, j) || (j > first && WordIn(Determiners, j)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A relative clause, a list or a possessive inside the phrase: the subject is no simple description.</summary>
    private bool HoldsClause(int first, int last, bool possessiveAllowed)
    {
        for (var k = first; k <= last; k++)
        {
            // "The secretary of state's office": a possessive makes the noun after it the head; not one inside the phrase's
            // own noun phrase ("a member of the hospital's advisory board").
            if (context.Word(k) is "which" or "who" or "whom" or "that" or "where" or "when" or "and" or "or"
                || (!possessiveAllowed && context.Word(k) is "'s" or "\u2019s" or "s" && !(k - 2 >= first && context.Word(k - 2) is "the" or "a" or "an" or "its" or "their")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"on Monday", "on Nov. 9", "on the weekend": a time after "on", which places no group.</summary>
    private bool OpensTime(int index)
    {
        if (index >= context.Tokens.Length)
        {
            return true;
        }

        var word = context.Word(index);
        var next = index + 1 < context.Tokens.Length ? context.Word(index + 1) : default;
        return context.Tokens[index].Kind == TokenKind.Number || WordIn(TimeWords, index)
               || (word is "the" or "that" or "this" && ((index + 1 < context.Tokens.Length && WordIn(TimeWords, index + 1)) || next is "weekend" or "eve" or "morning" or "night" or "afternoon" or "evening" or "day" or "record"));
    }

    /// <summary>The subject's last word before a closing "on Tuesday", "in March" or "on Nov. 9", or <paramref name="last"/>.</summary>
    private int BeforeTrailingTime(int first, int last)
    {
        var time = last;
        if (context.Tokens[time].Kind == TokenKind.Number && time - 1 > first && WordIn(TimeWords, time - 1))
        {
            time--;
        }

        return WordIn(TimeWords, time) && time - 2 >= first && (context.Is(time - 1, "on") || context.Is(time - 1, "in")) ? time - 2 : last;
    }

    /// <summary>"leaving", "waiting", "gathered": a participle that says what a group was doing, not a verb of saying.</summary>
    private bool IsDoingParticiple(int index)
    {
        var word = context.Word(index);
        return context.Tokens[index].Kind == TokenKind.Word && word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)
               && char.IsLower(word[0]) && !CueVerbs.IsCue(word) && word is not ("according" or "including" or "during" or "following" or "regarding" or "concerning");
    }

    /// <summary>A lower-case word of letters that is neither a determiner nor a function word: the noun a phrase describes.</summary>
    private bool IsHeadNoun(int index)
    {
        // "Aides to the senator said": a sentence's first word is capitalised whatever it is.
        var token = context.Tokens[index];
        var opensSentence = context.FirstTokenOf(context.SentenceOfToken[index]) == index;
        if (token.Kind != TokenKind.Word || !(char.IsLower(context.Text[token.Start]) || opensSentence) || context.EntityEndingAt[index] >= 0)
        {
            return false;
        }

        // Past forms and participles are verbs here ("charged with", "received from").
        var word = context.Word(index).ToString();
        return !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal) && !Determiners.Contains(word) && !NeverHeads.Contains(word) && !Skippable.Contains(word) && !NotHeads.Contains(word)
               && !PostModifierOpeners.Contains(word) && !CueVerbs.IsCue(context.Word(index));
    }

    /// <summary>
    /// The words from <paramref name="first"/> up to <paramref name="end"/> (exclusive) that are longer than two letters (so no
    /// possessive "'s") and no determiner: the words a role's holder is matched on. A loop into a list sized once, where a LINQ
    /// chain over a range built a closure, iterators, a string per word and a growing list for every description.
    /// </summary>
    private List<string> ContentWords(int first, int end)
    {
        var words = new List<string>(end - first);
        for (var i = first; i < end; i++)
        {
            if (context.Word(i).Length > 2 && !WordIn(Determiners, i))
            {
                words.Add(context.Word(i).ToString());
            }
        }

        return words;
    }

    /// <summary>
    /// "Several protesters interviewed by RFE/RL's Moldovan Service said": the group speaks, not who interviewed it, so the
    /// subject ends before the participle (and before its comma: "Several members of the club, reached by CNN, said"); -1
    /// when no such participle and "by" (or, after "interviewed", a preposition of place) stand in the subject.
    /// </summary>
    private int InterviewedGroupEnd(int first, int last)
    {
        for (var j = first + 1; j < last; j++)
        {
            // "Several protesters interviewed near the Kencom bus stage said": where they were asked is no part of them either.
            var interviewedWhere = context.Word(j) is "interviewed" or "polled" or "surveyed" or "questioned"
                                   && context.Word(j + 1) is "near" or "in" or "at" or "outside" or "across" or "around";
            if (interviewedWhere || (context.Is(j + 1, "by") && context.Word(j) is "interviewed" or "reached" or "contacted" or "polled" or "surveyed" or "questioned" or "quoted"))
            {
                return context.IsPunctuation(j - 1, ",") ? j - 2 : j - 1;
            }
        }

        return -1;
    }

    /// <summary>Looks the word up by span, without the string a lookup by <c>ToString()</c> allocated.</summary>
    private bool WordIn(WordSet words, int i) => words.Contains(context.Word(i));
}
