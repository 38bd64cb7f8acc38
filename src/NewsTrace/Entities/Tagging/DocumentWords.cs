using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>Word sets of one document that the passes after the tagger consult.</summary>
internal static class DocumentWords
{
    /// <summary>Every word the document writes with a lower-case first letter: evidence that a capitalised form is not a name.</summary>
    public static LowerCaseWordSet LowerCase(string text, ImmutableArray<Token> tokens) => new(text, tokens);
}
