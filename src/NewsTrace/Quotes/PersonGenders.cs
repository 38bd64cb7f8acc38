using System.Collections.Frozen;
using NewsTrace.Entities;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// The grammatical gender the text itself gives each person, so that "he" and "she" only take an antecedent they agree
/// with. Evidence: a gendered title or role word right before a mention ("Ms. Arden", "spokeswoman Ana Sefer"), and the
/// first "he"/"she" of the sentence after one in which that person is the only one named, before anyone else is named
/// (the lead-then-pronoun pattern of news copy, weaker than the rest), the first "he"/"she" after a verb of saying in a
/// sentence that names only that person ("X said that he ...", as weak), and a given name borne almost only by one sex ("Helen", "Daniel";
/// <see cref="GivenNameGenders"/>). A person with equal evidence both ways, or none, has no gender.
/// </summary>
internal sealed class PersonGenders
{
    private static readonly WordSet FemaleWords = FrozenSet.ToFrozenSet(
        ["ms", "ms.", "mrs", "mrs.", "miss", "madam", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "stateswoman", "she"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet MaleWords = FrozenSet.ToFrozenSet(
        ["mr", "mr.", "sir", "spokesman", "chairman", "congressman", "businessman", "councilman", "statesman", "he"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of a description that give it a gender ("a woman", "a spokesman"): the gendered titles and nouns of kin and age.</summary>
    private static readonly WordSet FemaleDescriptionWords = FemaleWords
        .Concat(["woman", "women", "mother", "wife", "girl", "daughter", "sister"]).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordSet MaleDescriptionWords = MaleWords
        .Concat(["man", "men", "father", "husband", "boy", "son", "brother"]).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word of a description gives it the gender other than <paramref name="pronoun"/>'s ("a man from Ohio" for "she").</summary>
    public static bool GivesOtherGender(ReadOnlySpan<char> word, string pronoun)
        => pronoun == "she" ? MaleDescriptionWords.Contains(word) : FemaleDescriptionWords.Contains(word);

    private readonly Dictionary<string, (int Female, int Male)> _votes = new(StringComparer.Ordinal);

    /// <param name="context">The document.</param>
    /// <param name="insideQuote">True for positions inside quote marks: names and pronouns there are the speaker's words, no evidence.</param>
    public PersonGenders(QuoteContext context, Func<int, bool> insideQuote)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(insideQuote);
        var peopleBySentence = new List<string>?[context.Sentences.Length];
        foreach (var entity in context.Entities)
        {
            if (entity.Type != EntityTypes.Person || insideQuote(entity.Span.Start))
            {
                continue;
            }

            var key = Key(context, entity);
            var first = context.FirstTokenAtOrAfter(entity.Span.Start);
            // The given name is the first word of the person's full name: "Hollis" alone is Margaret Hollis's surname, and a
            // woman, though Hollis is also a man's given name.
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            VoteGivenName(key, space > 0 ? key.AsSpan(0, space) : key);

            if (first > 0 && first < context.Tokens.Length)
            {
                Vote(key, context.Word(first - 1).ToString());
                VoteApposition(context, key, first);
            }

            if (first < context.Tokens.Length)
            {
                var sentence = context.SentenceOfToken[first];
                (peopleBySentence[sentence] ??= []).Add(key);
            }
        }

        for (var s = 0; s < context.Sentences.Length; s++)
        {
            if (peopleBySentence[s] is not { } people)
            {
                continue;
            }

            if (OnePerson(people) && s + 1 < context.Sentences.Length && FirstPronounBeforeAnyName(context, s + 1, insideQuote) is { } pronoun)
            {
                Vote(people[0], pronoun, Inferred);
            }

            // "Sen. Fiorentino, asked whether she had heard from the Strandquist campaign, laughed": others may be named
            // after the pronoun.
            if (FirstPronounAfterCue(context, s, people[0], insideQuote) is { } reported)
            {
                Vote(people[0], reported, Inferred);
            }
        }
    }

    /// <summary>True when every mention in the list is of the same person (no set built: the lists are short).</summary>
    private static bool OnePerson(List<string> people)
    {
        for (var i = 1; i < people.Count; i++)
        {
            if (!string.Equals(people[i], people[0], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Kellerman, who has never held office, said in March that he wanted ...": in a sentence that names one person, the
    /// first "he"/"she" after a verb of saying is, as a rule, the speaker reporting on themselves.
    /// </summary>
    private static string? FirstPronounAfterCue(QuoteContext context, int sentence, string firstPerson, Func<int, bool> insideQuote)
    {
        var cue = false;
        var named = false;
        for (var i = context.FirstTokenOf(sentence); i < context.Tokens.Length && context.SentenceOfToken[i] == sentence; i++)
        {
            if (insideQuote(context.Tokens[i].Start))
            {
                continue;
            }

            if (context.EntityStartingAt[i] is var person and >= 0 && context.Entities[person].Type == EntityTypes.Person)
            {
                // A second person named before the pronoun could be the one it stands for.
                if (named && !string.Equals(Key(context, context.Entities[person]), firstPerson, StringComparison.Ordinal))
                {
                    return null;
                }

                named = true;
            }

            if (named && !cue)
            {
                // "Sen. Fiorentino, asked whether she had heard ..., laughed": the one asked is the subject the participle follows.
                cue = CueVerbs.IsReporting(context.Word(i)) || (context.Is(i, "asked") && i > 0 && context.IsPunctuation(i - 1, ","));
            }
            else if (cue && (context.Is(i, "he") || context.Is(i, "she")))
            {
                return context.Word(i).ToString();
            }
        }

        return null;
    }

    /// <summary>True when the text gives <paramref name="person"/> the other gender than <paramref name="pronoun"/> ("he"/"she").</summary>
    public bool Disagrees(string person, string pronoun)
    {
        if (!_votes.TryGetValue(person, out var votes))
        {
            return false;
        }

        // The weightier evidence wins: "Daniel Kress" stays a man when the next sentence's first pronoun is "she".
        var female = pronoun.Equals("she", StringComparison.OrdinalIgnoreCase);
        return female ? votes.Male > votes.Female : votes.Female > votes.Male;
    }

    /// <summary>True when the evidence for <paramref name="person"/> is for the gender of <paramref name="pronoun"/> ("he"/"she") and outweighs the rest.</summary>
    public bool Matches(string person, string pronoun)
        => Disagrees(person, pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? "he" : "she");

    public static string Key(QuoteContext context, EntityMention entity)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Canonical ?? entity.Span.Of(context.Text);
    }

    private static string? FirstPronounBeforeAnyName(QuoteContext context, int sentence, Func<int, bool> insideQuote)
    {
        for (var i = context.FirstTokenOf(sentence); i < context.Tokens.Length && context.SentenceOfToken[i] == sentence; i++)
        {
            if (insideQuote(context.Tokens[i].Start))
            {
                continue;
            }

            if (context.EntityStartingAt[i] >= 0 && context.Entities[context.EntityStartingAt[i]].Type == EntityTypes.Person)
            {
                return null;
            }

            if (context.Is(i, "he") || context.Is(i, "she"))
            {
                return context.Word(i).ToString();
            }
        }

        return null;
    }

    /// <summary>Tokens before an apposition's comma searched for a gendered role ("A spokeswoman for the campaign, Dana Fell,").</summary>
    private const int AppositionReach = 6;

    /// <summary>"A spokeswoman for the Alder campaign, Dana Fell, said": the role the name stands in apposition to tells the gender.</summary>
    private void VoteApposition(QuoteContext context, string person, int first)
    {
        if (first < 2 || !context.IsPunctuation(first - 1, ","))
        {
            return;
        }

        for (var k = first - 2; k >= Math.Max(0, first - 1 - AppositionReach) && context.Tokens[k].Kind != TokenKind.Punctuation; k--)
        {
            var word = context.Word(k);
            if (!word.Equals("he", StringComparison.OrdinalIgnoreCase) && !word.Equals("she", StringComparison.OrdinalIgnoreCase)
                && (FemaleWords.Contains(word.ToString()) || MaleWords.Contains(word.ToString())))
            {
                Vote(person, word.ToString());
                return;
            }
        }
    }

    /// <summary>"Helen Marsh", "Daniel Kress": a given name borne almost only by women or by men tells the gender the text has not told.</summary>
    private void VoteGivenName(string person, ReadOnlySpan<char> firstWord)
    {
        if (GivenNameGenders.Female.Contains(firstWord))
        {
            Vote(person, "she");
        }
        else if (GivenNameGenders.Male.Contains(firstWord))
        {
            Vote(person, "he");
        }
    }

    /// <summary>A title, role word or given name: what the text or the name itself states.</summary>
    private const int Stated = 2;

    /// <summary>The lead-then-pronoun pattern: usually right, but only an inference from position.</summary>
    private const int Inferred = 1;

    private void Vote(string person, string word, int weight = Stated)
    {
        var female = FemaleWords.Contains(word);
        var male = MaleWords.Contains(word);
        if (!female && !male)
        {
            return;
        }

        var votes = _votes.GetValueOrDefault(person);
        _votes[person] = female ? (votes.Female + weight, votes.Male) : (votes.Female, votes.Male + weight);
    }
}
