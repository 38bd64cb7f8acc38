using System.Collections.Frozen;
using System.Globalization;
using NewsTrace.Text;

namespace NewsTrace.Time;

/// <summary>
/// A written-out date after the publish date, told in the past tense ("the talks took place on 20 November" in an article
/// published on 10 November): either the date or the publish date is wrong.
/// </summary>
internal sealed partial class TimexScan
{
    /// <summary>Days a date may lie after the publish date before it counts as later: time zones and late-evening datelines.</summary>
    private const int AfterPublishToleranceDays = 1;

    /// <summary>How far before the date the clause is searched for words that make the sentence about a plan.</summary>
    private const int PlanWindowBefore = 15;

    private const int PlanWindowAfter = 6;

    /// <summary>
    /// Words that make a later date legitimate in a past-tense sentence: a plan, a schedule, a deadline or a promise
    /// ("agreed to meet on 20 November", "was postponed until 20 November", "set for 20 November").
    /// </summary>
    private static readonly WordSet PlanWords = FrozenSet.ToFrozenSet(
        [
            "will", "would", "shall", "could", "should", "may", "might", "must", "can", "going", "plan", "plans", "planned", "planning",
            "scheduled", "rescheduled", "postponed", "delayed", "deferred", "moved", "pushed", "brought", "set", "slated", "due",
            "expected", "agreed", "decided", "promised", "pledged", "vowed", "invited", "asked", "called", "urged", "wanted", "hoped",
            "intended", "aimed", "deadline", "until", "till", "by", "before", "next", "upcoming", "coming", "later", "forecast",
            "predicted", "if", "unless", "announced", "to",
        ],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Marks <paramref name="match"/> when it names a day or month after the publish date in a past-tense clause.</summary>
    private TimexMatch CheckedAgainstTense(TimexMatch match)
    {
        if (match.Problem is not null || _dct is not { } dct || match.Type != TimexMatch.Date || FirstDay(match) is not { } first
            || first <= dct.AddDays(AfterPublishToleranceDays) || !TellsAsPast(match.Start, match.End))
        {
            return match;
        }

        var days = first.DayNumber - dct.DayNumber;
        return match with
        {
            Problem = string.Create(
                CultureInfo.InvariantCulture,
                $"{match.Value} is {days} days after the publish date {TimexValues.Day(dct)}, but the sentence tells it in the past tense"),
            ProblemKind = DateAnomaly.PastTenseAfterPublish,
        };
    }

    /// <summary>The first day a day or month value covers; null for years, decades and anything vaguer.</summary>
    private static DateOnly? FirstDay(TimexMatch match)
    {
        if (match.Day is { } day)
        {
            return day;
        }

        return match.Value is { Length: 7 } month
            && DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            ? start
            : null;
    }

    /// <summary>
    /// True when the date is the time of a past event: introduced by "on" or "in" ("took place on", "was signed in"), the
    /// nearest tense cue is past, and nothing in the clause makes it a plan, a schedule or a deadline.
    /// </summary>
    private bool TellsAsPast(int start, int end)
    {
        if (!(IsWord(start - 1, "on") || IsWord(start - 1, "in")) || Tense(start, end) != TenseDirection.Past)
        {
            return false;
        }

        var sentence = _sentenceOf[start];
        var first = Math.Max(_sentenceFirst[sentence], start - PlanWindowBefore);
        var last = Math.Min(_sentenceEnd[sentence], end + PlanWindowAfter);
        for (var i = first; i < last; i++)
        {
            if (i >= start && i < end)
            {
                continue;
            }

            if (_tokens[i].Kind == Text.TokenKind.Word && (PlanWords.Contains(TextOf(i)) || TextOf(i).EndsWith("'ll", StringComparison.Ordinal) || TextOf(i).EndsWith("’ll", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }
}
