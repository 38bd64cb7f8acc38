using NewsTrace.Documents;

namespace NewsTrace.Quotes;

/// <summary>Descriptions opened by a possessive determiner; a part of <see cref="SpeakerResolver"/>.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "Their teacher said", "her coach said": someone new, known by whose they are, when nobody named before holds the role;
    /// not the person last named, as a bare "the teacher" may be. The description without its determiner; null for others.
    /// </summary>
    private Attribution? PossessedNewcomer(int start, TextSpan span)
    {
        if (context.Word(start) is not ("Their" or "their" or "Her" or "her" or "His" or "his") || start + 1 >= context.Tokens.Length)
        {
            return null;
        }

        var described = context.Text[context.Tokens[start + 1].Start..span.End];
        return new Attribution(described, span, null, null, null);
    }
}
