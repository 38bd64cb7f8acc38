using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>Between character spans and per-token BIO tags.</summary>
internal static class BioCodec
{
    /// <summary>
    /// The tags of <paramref name="tokens"/> for the gold <paramref name="names"/>. A name whose edges fall inside a token
    /// takes the whole tokens it touches; names with labels outside <paramref name="tags"/>, or overlapping an earlier name, are left out.
    /// </summary>
    /// <returns>The tags, and how many names did not line up with token edges.</returns>
    public static (int[] Tags, int Misaligned) Encode(ImmutableArray<Token> tokens, IEnumerable<LabelledSpan> names, TagSet tags)
    {
        var result = new int[tokens.Length];
        var misaligned = 0;
        foreach (var name in names.OrderBy(name => name.Start).ThenByDescending(name => name.End))
        {
            var label = tags.IndexOf(name.Label);
            if (label < 0)
            {
                continue;
            }

            var first = -1;
            var last = -1;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].End > name.Start && tokens[i].Start < name.End)
                {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }

            if (first < 0 || result.AsSpan(first, last - first + 1).ContainsAnyExcept(0))
            {
                continue;
            }

            if (tokens[first].Start != name.Start || tokens[last].End != name.End)
            {
                misaligned++;
            }

            result[first] = TagSet.Begin(label);
            for (var i = first + 1; i <= last; i++)
            {
                result[i] = TagSet.Inside(label);
            }
        }

        return (result, misaligned);
    }

    /// <summary>The labelled token runs of a tag sequence (an I without its B, which decoding never gives, opens a run).</summary>
    public static List<TokenSpan> Decode(ReadOnlySpan<int> tags)
    {
        var spans = new List<TokenSpan>();
        var i = 0;
        while (i < tags.Length)
        {
            if (tags[i] == TagSet.Outside)
            {
                i++;
                continue;
            }

            var label = TagSet.LabelOf(tags[i]);
            var last = i;
            while (last + 1 < tags.Length && tags[last + 1] == TagSet.Inside(label))
            {
                last++;
            }

            spans.Add(new TokenSpan(i, last, label));
            i = last + 1;
        }

        return spans;
    }
}
