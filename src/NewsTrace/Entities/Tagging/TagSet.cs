using System.Collections.Immutable;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// The BIO tags the tagger assigns to tokens: O, then B- and I- for each label. Tag 0 is always O;
/// label k (0-based) has B = 1 + 2k and I = 2 + 2k.
/// </summary>
public sealed class TagSet
{
    /// <summary>The labels the shipped model uses: CoNLL's PER, ORG and LOC, and NORP (nationalities and groups, CoNLL's MISC).</summary>
    public static ImmutableArray<string> DefaultLabels { get; } = ["PER", "ORG", "LOC", "NORP"];

    public TagSet(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        Labels = [.. labels];
        if (Labels.IsEmpty || Labels.Distinct(StringComparer.Ordinal).Count() != Labels.Length)
        {
            throw new ArgumentException("labels must be distinct and not empty", nameof(labels));
        }
    }

    public ImmutableArray<string> Labels { get; }

    /// <summary>The number of tags: O plus a B and an I per label.</summary>
    public int Count => 1 + (2 * Labels.Length);

    public static int Outside => 0;

    public static int Begin(int label) => 1 + (2 * label);

    public static int Inside(int label) => 2 + (2 * label);

    /// <summary>The label index of a B or I tag; -1 for O.</summary>
    public static int LabelOf(int tag) => tag == 0 ? -1 : (tag - 1) / 2;

    public static bool IsBegin(int tag) => tag > 0 && tag % 2 == 1;

    public static bool IsInside(int tag) => tag > 0 && tag % 2 == 0;

    /// <summary>False for a transition BIO forbids: an I tag after anything but the B or I of its own label.</summary>
    public static bool Allowed(int previous, int next) => !IsInside(next) || (previous > 0 && LabelOf(previous) == LabelOf(next));

    public int IndexOf(string label) => Labels.IndexOf(label, StringComparer.Ordinal);

    public string NameOf(int tag) => tag == 0 ? "O" : (IsBegin(tag) ? "B-" : "I-") + Labels[LabelOf(tag)];
}
