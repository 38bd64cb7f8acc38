using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Finds one document's quotations: transcript lines first, then text in quote marks (attributed and typed direct or
/// partial), then reported speech and "according to" in sentences with no quote marks. The stage's logic, callable
/// without a pipeline.
/// </summary>
public static class QuoteFinder
{
    private static readonly System.Buffers.SearchValues<char> LeadingFiller = System.Buffers.SearchValues.Create("….-–— ");

    public static ImmutableArray<Quotation> Find(string text, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> sentences, ImmutableArray<EntityMention> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tokens.IsDefaultOrEmpty || sentences.IsDefaultOrEmpty)
        {
            return [];
        }

        var context = new QuoteContext(text, tokens, sentences, entities.IsDefault ? [] : entities);
        var output = new List<Quotation>();
        // A dash-led interview has no labels; where it is found, label-like lines inside it are its speakers' words.
        var transcriptLines = new DashInterviewFinder(context).Find(output);
        var labelled = new List<Quotation>();
        var labelledLines = new TranscriptFinder(context).Find(labelled);
        var dashLines = transcriptLines.ToList();
        output.AddRange(labelled.Where(quote => !dashLines.Exists(line => line.Overlaps(quote.Span))));
        transcriptLines.AddRange(labelledLines);

        var nested = new List<QuotedSpan>();
        var quoted = QuoteMarkPairer.Pair(text, tokens, nested);
        quoted.RemoveAll(span => transcriptLines.Exists(line => line.Contains(span.Inner)));
        var resolver = new SpeakerResolver(context, position => IsInside(quoted, position));

        // Block quotes are the speaker's words too: quote marks inside them are nested, and no reported speech is read there.
        var blocks = new BlockQuoteFinder(context, resolver).Find(output, transcriptLines);
        quoted.RemoveAll(span => blocks.Exists(block => block.Contains(span.Inner)));
        transcriptLines.AddRange(blocks);
        SignWords.RemoveSlogans(context, quoted);
        quoted.RemoveAll(span => ProgrammeTitles.IsProgrammeTitle(context, span) || ScareQuotes.IsScareQuote(context, span));
        var direct = new DirectQuoteAttributor(context, resolver);
        var attributions = direct.Attribute(quoted);
        for (var q = 0; q < quoted.Count; q++)
        {
            var span = quoted[q];
            var who = attributions[q];
            var kind = IsPartial(context, direct, span) ? QuoteKinds.Partial : QuoteKinds.Direct;
            output.Add(new Quotation(span.Inner, kind, who?.Speaker, who?.SpeakerSpan, who?.SpeakerEntity, who?.Cue, who?.CueSpan));
        }

        AddNested(context, resolver, direct, nested, quoted, attributions, output);

        var reported = new ReportedSpeechFinder(context, resolver);
        var directCount = output.Count;
        var nextQuote = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            while (nextQuote < quoted.Count && tokens[quoted[nextQuote].CloseToken].End <= sentence.Start)
            {
                nextQuote++;
            }

            var hasQuote = nextQuote < quoted.Count && tokens[quoted[nextQuote].OpenToken].Start < sentence.End;
            if (transcriptLines.Exists(line => line.Overlaps(sentence)))
            {
                continue;
            }

            if (!hasQuote && !HasQuoteMark(context, s))
            {
                reported.Find(s, output);
            }
            else
            {
                reported.FindAddingThat(s, output);
                reported.FindAfterQuoteMark(s, output);
                reported.FindBeforeQuoteMark(s, hasQuote ? quoted[nextQuote].OpenToken : FirstQuoteMark(context, s), output);
                reported.FindThatAfterQuoted(s, output);

                // "According to X, the visit is a “rare chance”": the quoted words there are X's.
                if (output.Exists(quote => quote.Speaker is null && sentence.Contains(quote.Span)) && reported.FindAccordingTo(s, output) is { } source)
                {
                    GiveUnattributed(output, directCount, sentence, source);
                }
            }
        }

        output.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        FollowInstitutionalIt(context, output);
        GiveRepeatedWords(context.Text, output);
        HeadlineSources.GiveDashedName(context, output);
        HeadlineSources.GiveTitle(context, resolver, output);
        HeadlineSources.GiveBodyNamedBody(context, output);
        GiveParagraphLeadIn(context, resolver, output);
        SourcePhrases.Give(context, resolver, output);
        GroupPronounSources.Give(context, output);
        PronounsAfterReports.Give(context, output, resolver.Genders);
        RepliesToQuestions.Give(context, output, resolver.Genders);
        QuotedTitleCase.Drop(context.Text, output);
        return [.. output];
    }

    /// <summary>Quotes inside the outer quotes, for the person the outer speaker quotes (see <see cref="NestedQuoteAttributor"/>).</summary>
    private static void AddNested(QuoteContext context, SpeakerResolver resolver, DirectQuoteAttributor direct, List<QuotedSpan> nested,
        List<QuotedSpan> quoted, List<Attribution?> attributions, List<Quotation> output)
    {
        if (nested.Count == 0)
        {
            return;
        }

        var attributor = new NestedQuoteAttributor(context, resolver);
        foreach (var inner in nested)
        {
            var outer = quoted.FindIndex(span => span.Inner.Contains(inner.Inner));
            if (outer < 0)
            {
                continue;
            }

            var outerWho = attributions[outer];
            if (attributor.Attribute(inner, quoted[outer], outerWho?.Speaker, outerWho?.SpeakerEntity) is { } who)
            {
                var kind = IsPartial(context, direct, inner) ? QuoteKinds.Partial : QuoteKinds.Direct;
                output.Add(new Quotation(inner.Inner, kind, who.Speaker, who.SpeakerSpan, who.SpeakerEntity, who.Cue, who.CueSpan));
            }
        }
    }

    /// <summary>
    /// "He promised to put wages first.\n\n“For ten years we have told working people to wait. …”": a quote paragraph
    /// with no cue of its own is introduced by the reporting sentence that ends the paragraph before it (the lead-in
    /// without a colon), when that sentence quotes nothing itself: the subject of its verb of saying speaks; with no verb of
    /// saying there, the one person it names in full (and no body beside) speaks.
    /// </summary>
    private static void GiveParagraphLeadIn(QuoteContext context, SpeakerResolver resolver, List<Quotation> output)
    {
        var text = context.Text;
        for (var q = 0; q < output.Count; q++)
        {
            var quote = output[q];
            var mark = quote.Span.Start - 1;
            if (quote.Speaker is not null || quote.Kind != QuoteKinds.Direct || mark <= 0)
            {
                continue;
            }

            var lineStart = text.LastIndexOf('\n', mark - 1) + 1;
            if (lineStart <= 0 || !text.AsSpan(lineStart, mark - lineStart).IsWhiteSpace())
            {
                continue;
            }

            var markToken = context.FirstTokenAtOrAfter(mark);
            if (markToken == 0 || context.SentenceOfToken[markToken] == 0)
            {
                continue;
            }

            var leadIn = context.SentenceOfToken[markToken] - 1;
            var first = context.FirstTokenOf(leadIn);
            var last = context.LastTokenOf(leadIn);
            if (HasQuoteMark(context, leadIn))
            {
                continue;
            }

            var given = false;
            for (var k = first + 1; k <= last; k++)
            {
                // "... sent a letter to the secretary asking for his records": the words before a participle are a whole
                // clause, whose last noun is no subject.
                if (CueVerbs.IsCue(context.Word(k)) && !context.Word(k).EndsWith("ing", StringComparison.Ordinal)
                    && resolver.Resolve(first, k - 1) is { Speaker: not null } who)
                {
                    output[q] = quote with { Speaker = who.Speaker, SpeakerSpan = who.SpeakerSpan, SpeakerEntity = who.SpeakerEntity };
                    given = true;
                    break;
                }
            }

            // "At the wharf on Tuesday, Darren Kemsley was unloading his catch.\n\n“My old man fished these reefs ...”": a
            // paragraph that sets one named person in the scene, and no body, introduces the quote paragraph after it.
            if (!given && OnlyPersonOf(context, first, last) is { } person)
            {
                output[q] = quote with { Speaker = person.Canonical ?? person.Span.Of(text), SpeakerSpan = person.Span, SpeakerEntity = person.Canonical ?? person.Span.Of(text) };
            }
        }
    }

    /// <summary>The one person named in full in tokens <paramref name="first"/> to <paramref name="last"/>, when no other person or body is named there; else null.</summary>
    private static EntityMention? OnlyPersonOf(QuoteContext context, int first, int last)
    {
        EntityMention? person = null;
        for (var k = first; k <= last; k++)
        {
            if (context.EntityStartingAt[k] is not (var e and >= 0))
            {
                continue;
            }

            var entity = context.Entities[e];
            if (entity.Type == EntityTypes.Organization || (entity.Type == EntityTypes.Person && person is not null))
            {
                return null;
            }

            if (entity.Type == EntityTypes.Person)
            {
                person = entity;
            }
        }

        return person is { } named && named.Span.Of(context.Text).Contains(' ', StringComparison.Ordinal) ? named : null;
    }

    /// <summary>
    /// A headline's "Marovia promises ‘complete support’" repeats words the body quotes with a speaker: an unattributed
    /// quote whose words stand inside an attributed direct quote, or are all of it ("‘Why did it take 97 days?’" above “Why did
    /// it take 97 days?” she asked), is that speaker's.
    /// </summary>
    private static void GiveRepeatedWords(string text, List<Quotation> output)
    {
        for (var q = 0; q < output.Count; q++)
        {
            var quote = output[q];
            if (quote.Speaker is not null || quote.Kind is not (QuoteKinds.Partial or QuoteKinds.Direct))
            {
                continue;
            }

            var words = quote.Span.Slice(text).Trim().TrimEnd(".,;:!?").ToString();
            var source = words.Length < 8 ? null : output.Find(other => other.Speaker is not null && other.Kind is QuoteKinds.Direct or QuoteKinds.Transcript
                && other.Span.Length >= quote.Span.Length && other.Span.Slice(text).Contains(words, StringComparison.OrdinalIgnoreCase));
            if (source is not null)
            {
                output[q] = quote with { Speaker = source.Speaker, SpeakerEntity = source.SpeakerEntity };
            }
        }
    }

    /// <summary>
    /// "According to the institute, ... It added that ...": "it" right after an institution was quoted is that institution,
    /// even when the entity layer did not mark its name (the resolver then only has countries named in passing).
    /// </summary>
    private static void FollowInstitutionalIt(QuoteContext context, List<Quotation> output)
    {
        for (var q = 1; q < output.Count; q++)
        {
            if (output[q].SpeakerSpan is not { } written || !written.Slice(context.Text).Equals("it", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var previous = output[q - 1];
            var sentenceOfIt = context.SentenceOfToken[context.FirstTokenAtOrAfter(written.Start)];
            var sentenceOfPrevious = context.SentenceOfToken[context.FirstTokenAtOrAfter(Math.Max(0, previous.Span.End - 1))];
            if (previous.Speaker is not null && previous.SpeakerSpan is { } source && sentenceOfIt - sentenceOfPrevious <= 1
                && IsInstitution(context, previous) && !source.Slice(context.Text).Equals("it", StringComparison.OrdinalIgnoreCase))
            {
                output[q] = output[q] with { Speaker = previous.Speaker, SpeakerEntity = previous.SpeakerEntity };
            }
        }
    }

    private static bool IsInstitution(QuoteContext context, Quotation quote)
    {
        if (quote.Kind == QuoteKinds.Transcript || quote.SpeakerSpan is not { } span || PronounLike(span.Slice(context.Text)))
        {
            return false;
        }

        foreach (var entity in context.Entities)
        {
            if (entity.Type == EntityTypes.Person && ((quote.SpeakerEntity is not null && entity.Canonical == quote.SpeakerEntity) || span.Overlaps(entity.Span)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool PronounLike(ReadOnlySpan<char> written) =>
        written.Equals("he", StringComparison.OrdinalIgnoreCase) || written.Equals("she", StringComparison.OrdinalIgnoreCase)
        || written.Equals("they", StringComparison.OrdinalIgnoreCase) || written.Equals("we", StringComparison.OrdinalIgnoreCase);

    /// <summary>Tokenizes, splits and finds entities itself, then finds the quotations.</summary>
    public static ImmutableArray<Quotation> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens.AsSpan());
        return Find(text, tokens, sentences, EntityFinder.Find(text, tokens, sentences));
    }

    /// <summary>Gives the quotes in <paramref name="sentence"/> that have no speaker (among the first <paramref name="count"/> outputs) to <paramref name="source"/>.</summary>
    private static void GiveUnattributed(List<Quotation> output, int count, TextSpan sentence, Quotation source)
    {
        for (var q = 0; q < count; q++)
        {
            var quote = output[q];
            if (quote.Speaker is null && sentence.Contains(quote.Span))
            {
                output[q] = quote with
                {
                    Speaker = source.Speaker,
                    SpeakerSpan = source.SpeakerSpan,
                    SpeakerEntity = source.SpeakerEntity,
                    Cue = source.Cue,
                    CueSpan = source.CueSpan,
                };
            }
        }
    }

    private static int FirstQuoteMark(QuoteContext context, int sentence)
    {
        var last = context.LastTokenOf(sentence);
        var i = context.FirstTokenOf(sentence);
        while (i <= last && context.Tokens[i].Kind != TokenKind.QuoteMark)
        {
            i++;
        }

        return i;
    }

    private static bool HasQuoteMark(QuoteContext context, int sentence)
    {
        var last = context.LastTokenOf(sentence);
        for (var i = context.FirstTokenOf(sentence); i <= last; i++)
        {
            if (context.Tokens[i].Kind == TokenKind.QuoteMark && context.Text[context.Tokens[i].Start] is not ('\'' or '’'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tokens (words and the closing stop) of the longest quote that counts as a quoted phrase in mid-sentence.</summary>
    private const int MaxPhraseTokens = 4;

    /// <summary>Partial: starts in lower case, or stands inside the reporter's sentence without ending like one, or is a few words in mid-sentence.</summary>
    private static bool IsPartial(QuoteContext context, DirectQuoteAttributor direct, QuotedSpan span)
    {
        var inner = span.Inner.Slice(context.Text).Trim();
        var firstLetter = inner.IndexOfAnyExcept(LeadingFiller);
        if (firstLetter >= 0 && char.IsLower(inner[firstLetter]))
        {
            return true;
        }

        // A few words quoted mid-sentence are a phrase even when the full stop sits inside the marks, as American
        // style puts it: 'under the slogan of "Open Seas Together."'
        var startsSentence = direct.StartsSentence(span.OpenToken);
        if (!startsSentence && span.CloseToken - span.OpenToken - 1 <= MaxPhraseTokens)
        {
            return true;
        }

        var endsLikeSentence = inner.Length > 0 && inner[^1] is '.' or ',' or '!' or '?' or '…' or ';' or ':';
        return !endsLikeSentence && !startsSentence;
    }

    /// <summary>Binary search over the spans, which the pairer returns in text order and without overlap.</summary>
    internal static bool IsInside(List<QuotedSpan> quoted, int position)
    {
        var lo = 0;
        var hi = quoted.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var inner = quoted[mid].Inner;
            if (position < inner.Start)
            {
                hi = mid - 1;
            }
            else if (position >= inner.End)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
