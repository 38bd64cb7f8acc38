using NewsTrace.Reuse;
using NewsTrace.Text;

namespace NewsTrace.Evaluation.Reuse;

/// <summary>
/// Generates labelled pairs from source articles: for each source, an identical copy, near-copies (trimmed with a new
/// headline; a few edits), rewrites from light to heavy spinning (thesaurus swaps, reordering, deletions, inserted
/// filler, changed voice, split and merged sentences, all combined), and an excerpt embedded in another story's article;
/// plus negatives: independent reports of the same story (sources in one story folder, and a rewrite of one against the
/// other) and pairs from different stories. Deterministic for a given seed and source list.
/// </summary>
public static class ReusePairGenerator
{
    public static IReadOnlyList<LabelledReusePair> Generate(IReadOnlyList<ReuseSource> sources, int seed)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var pairs = new List<LabelledReusePair>();
        for (var s = 0; s < sources.Count; s++)
        {
            var source = sources[s];
            var random = new Random(unchecked((seed * 7919) + s));
            var sentences = Sentences(source.Text);
            void Add(string kind, ReuseRelation expected, string left, string right)
                => pairs.Add(new LabelledReusePair($"{source.Story}/{source.Name}/{kind}", kind, expected, left, right));

            Add("identical", ReuseRelation.Identical, source.Text, Reformat(source.Text));
            Add("near-copy-trim", ReuseRelation.NearCopy, source.Text, TrimWithHeadline(sentences, random));
            Add("near-copy-edits", ReuseRelation.NearCopy, source.Text, FewEdits(sentences, random));
            Add("rewrite-synonyms", ReuseRelation.Rewrite, source.Text, Spin(sentences, random, SpinLevel.Synonyms));
            Add("rewrite-reorder", ReuseRelation.Rewrite, source.Text, Spin(sentences, random, SpinLevel.Reorder));
            Add("rewrite-delete-insert", ReuseRelation.Rewrite, source.Text, Spin(sentences, random, SpinLevel.DeleteInsert));
            Add("rewrite-voice-split", ReuseRelation.Rewrite, source.Text, Spin(sentences, random, SpinLevel.VoiceSplit));
            var heavy = Spin(sentences, random, SpinLevel.Heavy);
            Add("rewrite-heavy", ReuseRelation.Rewrite, source.Text, heavy);
            Add("rewrite-heavy-2", ReuseRelation.Rewrite, source.Text, Spin(sentences, random, SpinLevel.Heavy));

            var others = sources.Where(o => !string.Equals(Topic(o.Story), Topic(source.Story), StringComparison.Ordinal)).ToList();
            if (others.Count > 0)
            {
                var host = others[random.Next(others.Count)];
                Add("partial-embed", ReuseRelation.PartialReuse, source.Text, Embed(sentences, Sentences(host.Text), random, edit: false));
                var host2 = others[random.Next(others.Count)];
                Add("partial-embed-edited", ReuseRelation.PartialReuse, source.Text, Embed(sentences, Sentences(host2.Text), random, edit: true));
                var stranger = others[random.Next(others.Count)];
                Add("unrelated", ReuseRelation.Unrelated, source.Text, stranger.Text);
                Add("unrelated-spun", ReuseRelation.Unrelated, heavy, others[random.Next(others.Count)].Text);
            }

            for (var t = 0; t < sources.Count; t++)
            {
                var other = sources[t];
                if (t == s || !string.Equals(other.Story, source.Story, StringComparison.Ordinal))
                {
                    continue;
                }

                if (t > s)
                {
                    Add($"same-story-{other.Name}", ReuseRelation.SameStory, source.Text, other.Text);
                }

                Add($"same-story-spun-{other.Name}", ReuseRelation.SameStory, heavy, other.Text);
            }
        }

        return pairs;
    }

    private enum SpinLevel
    {
        Synonyms,
        Reorder,
        DeleteInsert,
        VoiceSplit,
        Heavy,
    }

    /// <summary>
    /// The topic of a story folder is its first word ("velichko-dorvan-visit" and "velichko-un-briefing" are two events of
    /// one topic): pairs across stories of one topic are neither unrelated nor the same story, so they are not generated.
    /// </summary>
    private static string Topic(string story)
    {
        var dash = story.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? story : story[..dash];
    }

    private static List<string> Sentences(string text)
        => [.. SentenceSplitter.Split(text).Select(span => span.Of(text).Replace('\n', ' '))];

    /// <summary>Whitespace, line breaks and quote marks changed: the same text after normalisation.</summary>
    private static string Reformat(string text)
        => text.Replace(". ", ".  ", StringComparison.Ordinal).Replace("\n\n", "\n", StringComparison.Ordinal).Replace('"', '“');

    private static string TrimWithHeadline(List<string> sentences, Random random)
    {
        var keep = sentences.Take(Math.Max(2, sentences.Count - 1 - random.Next(2)));
        return FillerSentences.Headlines[random.Next(FillerSentences.Headlines.Length)] + "\n\n" + TextRewriter.Join(keep);
    }

    private static string FewEdits(List<string> sentences, Random random)
    {
        var edited = sentences.ToList();
        for (var n = 0; n < 3; n++)
        {
            var i = random.Next(edited.Count);
            edited[i] = TextRewriter.SwapWords(edited[i], 0.15, random);
        }

        return TextRewriter.Join(edited) + "\n\nSOURCE: Meridian";
    }

    private static string Spin(List<string> sentences, Random random, SpinLevel level)
    {
        // Every rewrite rewords every sentence it can: the light levels swap most listed words and move some
        // attributions; the heavy level swaps nearly all and adds every other operation.
        var rate = level == SpinLevel.Heavy ? 0.9 : 0.7;
        var voice = level is SpinLevel.VoiceSplit or SpinLevel.Heavy ? 0.8 : 0.3;
        var spun = sentences.Select(s => TextRewriter.SwapWords(s, rate, random))
            .Select(s => random.NextDouble() < voice ? TextRewriter.ChangeVoice(s) : s)
            .ToList();
        if (level is SpinLevel.VoiceSplit or SpinLevel.Heavy)
        {
            SplitAndMerge(spun, random);
        }

        if (level == SpinLevel.Heavy)
        {
            // Heavy spinning also turns clauses around and drops articles and adverbs, so few runs of five words survive.
            spun = spun.Select(s => random.NextDouble() < 0.5 ? TextRewriter.SwapClauses(s) : s)
                .Select(s => TextRewriter.DropWords(s, 0.6, random))
                .ToList();
        }

        if (level is SpinLevel.DeleteInsert or SpinLevel.Heavy)
        {
            var deletions = Math.Max(1, spun.Count / 5);
            for (var d = 0; d < deletions && spun.Count > 3; d++)
            {
                spun.RemoveAt(1 + random.Next(spun.Count - 1));
            }

            for (var n = 0; n < 2; n++)
            {
                spun.Insert(random.Next(spun.Count + 1), FillerSentences.All[random.Next(FillerSentences.All.Length)]);
            }
        }

        if (level is SpinLevel.Reorder or SpinLevel.Heavy)
        {
            for (var moves = 0; moves < 3; moves++)
            {
                var from = random.Next(spun.Count);
                var sentence = spun[from];
                spun.RemoveAt(from);
                spun.Insert(random.Next(spun.Count + 1), sentence);
            }
        }

        return TextRewriter.Join(spun);
    }

    private static void SplitAndMerge(List<string> sentences, Random random)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (random.NextDouble() < 0.3 && TextRewriter.Split(sentences[i]) is { } parts)
            {
                sentences[i] = parts.First;
                sentences.Insert(i + 1, parts.Second);
                i++;
            }
            else if (i + 1 < sentences.Count && random.NextDouble() < 0.2 && sentences[i].Length + sentences[i + 1].Length < 260)
            {
                sentences[i] = TextRewriter.Merge(sentences[i], sentences[i + 1]);
                sentences.RemoveAt(i + 1);
            }
        }
    }

    /// <summary>Three or four consecutive sentences of the source set into another story's article at a sentence boundary.</summary>
    private static string Embed(List<string> source, List<string> host, Random random, bool edit)
    {
        var length = Math.Min(source.Count, 3 + random.Next(2));
        var start = random.Next(source.Count - length + 1);
        var excerpt = source.Skip(start).Take(length).ToList();
        if (edit)
        {
            var i = random.Next(excerpt.Count);
            excerpt[i] = TextRewriter.SwapWords(excerpt[i], 0.3, random);
        }

        var at = 1 + random.Next(Math.Max(1, host.Count - 1));
        var text = host.Take(at).Concat(excerpt).Concat(host.Skip(at));
        return TextRewriter.Join(text);
    }
}
