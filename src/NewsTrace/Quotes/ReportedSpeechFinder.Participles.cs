using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>"..., saying CLAUSE" and "..., adding that CLAUSE": reports in a participle of saying, a part of <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed partial class ReportedSpeechFinder
{
    /// <summary>Nouns of a written statement that "saying" can follow without a comma ("a statement saying ...").</summary>
    private static readonly FrozenSet<string> Documents = FrozenSet.ToFrozenSet(["statement", "letter", "note", "post", "message", "release"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A participial clause of saying: "The governor vetoed the map on Friday, saying it split communities" and "The
    /// office released a statement saying the leaders were invited": "saying" reports the words of the main clause's
    /// subject, the one who vetoed or released the statement.
    /// </summary>
    private void TrySaying(int first, int end, List<Quotation> output)
    {
        for (var k = first + 2; k + 4 <= end; k++)
        {
            // "X was quoted as saying the harbour would reopen": the passive's subject is the one quoted.
            var quotedAs = context.Is(k - 1, "as") && (context.Is(k - 2, "quoted") || context.Is(k - 2, "reported"));
            if (!context.Is(k, "saying") || !(context.IsPunctuation(k - 1, ",") || Documents.Contains(context.Word(k - 1).ToString()) || quotedAs))
            {
                continue;
            }

            var clause = context.Is(k + 1, "that") ? k + 2 : k + 1;
            if (end - clause < 3 || context.Tokens[clause].Kind != TokenKind.Word || NotClauseStart.Contains(context.Word(clause).ToString()))
            {
                return;
            }

            var subject = resolver.MainClauseSubject(first, k);
            if (SpeakerOf(subject) is { } speaker)
            {
                output.Add(Reported(clause, ClauseEnd(clause, end), speaker, k));
            }

            return;
        }
    }

    /// <summary>"“...,” Velichko said, adding that engineers could start": reported speech after a quote, with the quote's speaker.</summary>
    public void FindAddingThat(int sentence, List<Quotation> output)
    {
        var first = context.FirstTokenOf(sentence);
        var last = context.LastTokenOf(sentence);
        for (var a = first + 2; a + 2 < last; a++)
        {
            if (!context.Is(a, "adding") || !context.Is(a + 1, "that") || !context.IsPunctuation(a - 1, ","))
            {
                continue;
            }

            var start = a - 2;
            while (start > first && context.Tokens[start - 1].Kind != TokenKind.QuoteMark)
            {
                start--;
            }

            for (var k = a - 2; k > start; k--)
            {
                if (!CueVerbs.IsCue(context.Word(k)))
                {
                    continue;
                }

                var subject = resolver.Resolve(context.IsPunctuation(start, ",") ? start + 1 : start, k - 1);
                var end = last;
                while (end > a && context.Tokens[end].Kind is TokenKind.Punctuation or TokenKind.QuoteMark)
                {
                    end--;
                }

                if (SpeakerOf(subject) is { } speaker && end > a + 2)
                {
                    output.Add(Reported(a + 2, end, speaker, a));
                }

                return;
            }
        }
    }
}
