using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Quotes;
using NewsTrace.Tests.Text;

namespace NewsTrace.Tests.Quotes;

public sealed class QuotePropertyTests
{
    private static readonly string[] Pieces =
    [
        " ", "\n", "\n\n", "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "“", ",", ".", ":", "said", "told", "he", "she", "the minister",
        "Marta Kowalczyk", "Kowalczyk", "according to", "that", "Question:", "Foreign Minister", "the White House", "(FRO)", "FRO",
        "Federal Republic of Ostrava", "Sergei", "Sergey", "DPRK", "adding", "the harbour will reopen", "Mr.", "U.S.", "’s",
    ];

    private static Arbitrary<string> QuoteLikeText()
        => Gen.Frequency((3, Gen.Elements(Pieces)), (1, TextGenerators.NewsLikeText().Generator))
            .ListOf()
            .Select(parts => string.Join(' ', parts))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Entity_spans_are_in_bounds_ordered_and_non_overlapping()
        => Prop.ForAll(QuoteLikeText(), text =>
        {
            var previousEnd = 0;
            foreach (var mention in EntityFinder.Find(text))
            {
                if (mention.Span.Start < previousEnd || mention.Span.IsEmpty || mention.Span.End > text.Length || string.IsNullOrEmpty(mention.Type))
                {
                    return false;
                }

                previousEnd = mention.Span.End;
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property Quote_speaker_and_cue_spans_are_in_bounds()
        => Prop.ForAll(QuoteLikeText(), text => QuoteFinder.Find(text).All(quote =>
            InBounds(quote.Span, text) && (quote.SpeakerSpan is not { } speaker || InBounds(speaker, text)) && (quote.CueSpan is not { } cue || InBounds(cue, text))));

    private static bool InBounds(TextSpan span, string text) => span.End <= text.Length && !span.IsEmpty;
}
