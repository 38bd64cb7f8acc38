using NewsTrace.Entities;

namespace NewsTrace.Quotes;

/// <summary>A pronoun no one named before answers, taken up by the person named next: a part of <see cref="SpeakerResolver"/>.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Sentences after a pronoun with no antecedent within which the person it stands for is named.</summary>
    private const int CataphoraSentences = 3;

    /// <summary>The first person named after <paramref name="token"/>, outside quotes, within <see cref="CataphoraSentences"/> sentences, that <paramref name="accept"/> takes.</summary>
    private EntityMention? FirstNamedAfter(int token, Func<EntityMention, bool> accept)
    {
        var own = context.SentenceOfToken[token];
        foreach (var entity in context.Entities)
        {
            if (entity.Span.Start <= context.Tokens[token].Start || entity.Type != EntityTypes.Person || insideQuote(entity.Span.Start))
            {
                continue;
            }

            if (context.SentenceOfToken[context.FirstTokenAtOrAfter(entity.Span.Start)] - own > CataphoraSentences)
            {
                return null;
            }

            if (accept(entity))
            {
                return entity;
            }
        }

        return null;
    }
}
