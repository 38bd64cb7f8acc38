using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Text;

namespace NewsTrace.Entities;

/// <summary>Finds and links the named entities of one text; the stage's logic, callable without a pipeline.</summary>
public static class EntityFinder
{
    public static ImmutableArray<EntityMention> Find(string text, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new EntityRecognizer(text, tokens, sentences).Recognize();
        return EntityLinker.Link(text, tokens, candidates);
    }

    /// <summary>Tokenizes and splits <paramref name="text"/> itself, then finds its entities.</summary>
    public static ImmutableArray<EntityMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        return Find(text, tokens, SentenceSplitter.Split(text, tokens.AsSpan()));
    }
}
