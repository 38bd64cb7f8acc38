using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Entities.Tagging;
using NewsTrace.Text;

namespace NewsTrace.Entities;

/// <summary>
/// Finds and links the named entities of one text; the stage's logic, callable without a pipeline. By default the rules
/// (<see cref="EntityRecognizer"/>) read the text first and the shipped statistical tagger (<see cref="EntityTagger.Default"/>)
/// decides with their reading as features; pass a null tagger for the rules alone.
/// </summary>
public static class EntityFinder
{
    public static ImmutableArray<EntityMention> Find(string text, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> sentences)
        => Find(text, tokens, sentences, EntityTagger.Default);

    /// <summary>Finds with <paramref name="tagger"/>, or with the rules alone when it is null.</summary>
    public static ImmutableArray<EntityMention> Find(string text, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> sentences, EntityTagger? tagger)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tagger is null)
        {
            return EntityLinker.Link(text, tokens, new EntityRecognizer(text, tokens, sentences).Recognize());
        }

        var reading = new RuleReading(text, tokens, sentences);
        var candidates = CandidateMerger.Merge(text, tokens, reading.SentenceStarts, reading.Candidates, tagger.Tag(reading), tagger.Labels, reading.LowerCaseWords);
        return EntityLinker.Link(text, tokens, candidates, keepTypes: true);
    }

    /// <summary>Tokenizes and splits <paramref name="text"/> itself, then finds its entities.</summary>
    public static ImmutableArray<EntityMention> Find(string text) => Find(text, EntityTagger.Default);

    /// <summary>Tokenizes and splits <paramref name="text"/> itself, then finds its entities with <paramref name="tagger"/> (rules alone when null).</summary>
    public static ImmutableArray<EntityMention> Find(string text, EntityTagger? tagger)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        return Find(text, tokens, SentenceSplitter.Split(text, tokens.AsSpan()), tagger);
    }
}
