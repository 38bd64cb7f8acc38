using NewsTrace.Documents;
using NewsTrace.Entities;

namespace NewsTrace.Quotes;

/// <summary>
/// "But the chairman, Gil Weiss, said Brandt had “every right” to go to court. “Nobody should be rushed,” he said.": a
/// pronoun right after a report takes up the one who reported, not a man named inside the report, unless the text gives
/// the reporter the other gender. The pronoun resolver prefers people whose gender it knows; this puts the reporter first.
/// </summary>
internal static class PronounsAfterReports
{
    public static void Give(QuoteContext context, List<Quotation> output, PersonGenders genders)
    {
        for (var q = 1; q < output.Count; q++)
        {
            var quote = output[q];
            var previous = output[q - 1];

            // "“…,” he said, adding that ...": the second report has the first one's source, and so its speaker.
            if (quote.SpeakerSpan is { } source && previous.SpeakerSpan == source && previous.SpeakerEntity is not null && quote.SpeakerEntity != previous.SpeakerEntity)
            {
                output[q] = quote with { Speaker = previous.Speaker, SpeakerEntity = previous.SpeakerEntity };
                continue;
            }
            if (quote.SpeakerSpan is not { } pronoun || quote.SpeakerEntity is not { } taken || previous.SpeakerEntity is not { } reporter
                || reporter == taken || previous.CueSpan is not { } cue || previous.SpeakerSpan is not { } reporterSpan)
            {
                continue;
            }

            var written = pronoun.Of(context.Text);
            if (written is not ("he" or "He" or "she" or "She") || pronoun.Start < cue.End)
            {
                continue;
            }

            var cueSentence = context.SentenceOfToken[context.FirstTokenAtOrAfter(cue.Start)];
            var pronounSentence = context.SentenceOfToken[context.FirstTokenAtOrAfter(pronoun.Start)];
            if (pronounSentence - cueSentence > 1 || context.Text.AsSpan(cue.End, pronoun.Start - cue.End).Contains("\n\n", StringComparison.Ordinal))
            {
                continue;
            }

            // The man the pronoun took is named only inside the report: its words ("Williams was going west, Officer Pennings
            // said"), or what follows its cue in that sentence ("Weiss said Brandt had ..."), and nowhere else since.
            var sentenceStart = context.Sentences[cueSentence].Start;
            var afterCue = previous.Span.Start >= cue.End;
            var reportStart = afterCue ? cue.End : previous.Span.Start;
            var reportEnd = afterCue ? Math.Max(previous.Span.End, context.Sentences[cueSentence].End) : previous.Span.End;
            if (reporterSpan.Overlaps(new TextSpan(reportStart, reportEnd)) || !NamedBetween(context, taken, reportStart, reportEnd)
                || NamedBetween(context, taken, reportEnd, pronoun.Start) || NamedBetween(context, taken, Math.Min(sentenceStart, reportStart), reportStart))
            {
                continue;
            }

            if (!genders.Disagrees(reporter, written.ToString()))
            {
                output[q] = quote with { Speaker = previous.Speaker, SpeakerEntity = reporter };
            }
        }
    }

    private static bool NamedBetween(QuoteContext context, string person, int start, int end)
    {
        foreach (var entity in context.Entities)
        {
            if (entity.Type == EntityTypes.Person && entity.Span.Start >= start && entity.Span.End <= end
                && string.Equals(PersonGenders.Key(context, entity), person, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
