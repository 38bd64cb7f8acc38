namespace NewsTrace.Entities.Tagging;

/// <summary>
/// The second pass's extra features in a two-pass (stacked) tagger: the first pass's tag of the token and of its
/// neighbours, and how the first pass labelled the same capitalised word elsewhere in the document (its majority label,
/// the share of its mentions inside a name, and for each label the word's usual place in the name: alone, first, inside
/// or last). A name's later mentions often have weaker context than its first ("Crown said" after "Crown Paints Ltd"),
/// and one document rarely uses one word for two kinds of thing; the first pass cannot see that, the second can
/// (Krishnan and Manning 2006; Ratinov and Roth 2009, "extended prediction history"). The second pass is trained on
/// first-pass tags from models that did not see the document (<see cref="EntityTaggerTrainer"/>), so it learns how far
/// to trust them on unseen text.
/// </summary>
internal sealed class FirstPassFeatures
{
    /// <summary>A token's place in a first-pass name: alone, first, inside, last (O tokens count as alone).</summary>
    private const int Roles = 4;

    /// <summary>The most label classes (O plus labels) the per-token count buffer holds.</summary>
    private const int MaxClasses = 8;

    private const int NoTag = 15;

    private readonly FeatureExtractor _extractor;
    private readonly int[] _tags;
    private readonly int _classes;

    /// <summary>Per capitalised lower-cased word, its mentions counted by (class × role); class 0 is O, class k+1 label k.</summary>
    private readonly Dictionary<ulong, int[]> _counts = [];

    public FirstPassFeatures(FeatureExtractor extractor, int[] tags, int labelCount)
    {
        if (labelCount + 1 > MaxClasses)
        {
            throw new ArgumentOutOfRangeException(nameof(labelCount), "too many labels for the two-pass features");
        }

        _extractor = extractor;
        _tags = tags;
        _classes = labelCount + 1;
        for (var i = 0; i < tags.Length; i++)
        {
            if (!extractor.IsCapitalised(i))
            {
                continue;
            }

            var key = extractor.LowerWord(i);
            if (!_counts.TryGetValue(key, out var counts))
            {
                counts = new int[_classes * Roles];
                _counts.Add(key, counts);
            }

            counts[(Class(i) * Roles) + Role(i)]++;
        }
    }

    /// <summary>Appends token <paramref name="i"/>'s second-pass features to <paramref name="features"/>.</summary>
    public void AddTo(int i, List<ulong> features)
    {
        var tag = _tags[i];
        var previous = i > 0 && !_extractor.StartsSentence(i) ? _tags[i - 1] : NoTag;
        var next = i + 1 < _tags.Length && !_extractor.StartsSentence(i + 1) ? _tags[i + 1] : NoTag;
        features.Add(FeatureHash.Of(FeatureTemplate.FirstPassTag, tag));
        features.Add(FeatureHash.Of(FeatureTemplate.FirstPassContext, (previous * 16) + next));
        if (!_extractor.IsCapitalised(i) || !_counts.TryGetValue(_extractor.LowerWord(i), out var all))
        {
            return;
        }

        // The other mentions only: the token's own first-pass tag is a feature of its own above.
        Span<int> counts = stackalloc int[MaxClasses * Roles];
        all.CopyTo(counts);
        counts[(Class(i) * Roles) + Role(i)]--;
        Span<int> byClass = stackalloc int[MaxClasses];
        var total = 0;
        for (var c = 0; c < _classes; c++)
        {
            for (var r = 0; r < Roles; r++)
            {
                byClass[c] += counts[(c * Roles) + r];
            }

            total += byClass[c];
        }

        if (total == 0)
        {
            features.Add(FeatureHash.Of(FeatureTemplate.ElsewhereShare, 0));
            return;
        }

        var majority = 0;
        for (var c = 1; c < _classes; c++)
        {
            majority = byClass[c] > byClass[majority] ? c : majority;
        }

        var inNames = total - byClass[0];
        var share = inNames == 0 ? 1 : inNames * 2 < total ? 2 : inNames < total ? 3 : 4;
        features.Add(FeatureHash.Of(FeatureTemplate.ElsewhereShare, share));
        features.Add(FeatureHash.Of(FeatureTemplate.ElsewhereMajority, majority));
        features.Add(FeatureHash.Of(FeatureTemplate.ElsewhereMajorityAndTag, (majority * 16) + tag));
        features.Add(FeatureHash.Of(FeatureTemplate.ElsewhereMajorityAndPosition, (majority * 2) + (_extractor.StartsSentence(i) ? 1 : 0)));
        for (var c = 1; c < _classes; c++)
        {
            if (byClass[c] == 0)
            {
                continue;
            }

            var role = 0;
            for (var r = 1; r < Roles; r++)
            {
                role = counts[(c * Roles) + r] > counts[(c * Roles) + role] ? r : role;
            }

            features.Add(FeatureHash.Of(FeatureTemplate.ElsewhereLabelRole, (c * Roles) + role));
        }
    }

    /// <summary>The features of every token: the extractor's followed by these, for training the second pass.</summary>
    public TokenFeatures Append(TokenFeatures first)
    {
        var hashes = new List<ulong>(first.Hashes.Length + (first.TokenCount * 8));
        var offsets = new int[first.TokenCount + 1];
        for (var i = 0; i < first.TokenCount; i++)
        {
            offsets[i] = hashes.Count;
            hashes.AddRange(first.Of(i));
            AddTo(i, hashes);
        }

        offsets[first.TokenCount] = hashes.Count;
        return new TokenFeatures([.. hashes], offsets);
    }

    private int Class(int i) => TagSet.LabelOf(_tags[i]) + 1;

    private int Role(int i)
    {
        var tag = _tags[i];
        if (tag == TagSet.Outside)
        {
            return 0;
        }

        var continues = i + 1 < _tags.Length && _tags[i + 1] == TagSet.Inside(TagSet.LabelOf(tag));
        return TagSet.IsBegin(tag) ? (continues ? 1 : 0) : (continues ? 2 : 3);
    }
}
