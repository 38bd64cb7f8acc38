using NewsTrace.Entities;

namespace NewsTrace.Quotes;

/// <summary>Names outside the story's sentences: the desk in a dateline's brackets and the writer in a byline.</summary>
internal sealed partial class DocumentMentions
{
    /// <summary>A byline is short: a name, "By" and an outlet or a second writer.</summary>
    private const int MaxBylineLength = 80;

    private int _bodyStart = -1;

    /// <summary>A name the story does not tell of, so never a speaker nor anyone's antecedent: a dateline's desk or a byline's writer.</summary>
    public bool IsOutsideStory(EntityMention entity) => IsDatelineSource(entity) || IsBylineName(entity);

    /// <summary>
    /// "LONDON (Health Desk) —": the outlet or desk in a dateline's brackets, which the entity layer may take for a person,
    /// is never a speaker.
    /// </summary>
    private bool IsDatelineSource(EntityMention entity)
    {
        var text = context.Text;
        var start = entity.Span.Start;
        var end = entity.Span.End;

        // The entity layer may mark only part of the desk's name ("Desk" of "Health Desk").
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == ' ') && entity.Span.Start - start < 40)
        {
            start--;
        }

        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == ' ') && end - entity.Span.End < 40)
        {
            end++;
        }

        if (start == 0 || text[start - 1] != '(' || end + 3 > text.Length || text[end] != ')')
        {
            return false;
        }

        var dash = end + 1;
        while (dash < text.Length && text[dash] == ' ')
        {
            dash++;
        }

        return dash < text.Length && text[dash] is '—' or '–' or '-';
    }

    /// <summary>
    /// "Ruth Calloway, Continental Monitor" or "By Ruth Calloway" on a line of its own between the headline and the story:
    /// the writer, who may be the only person named before a description that the story names later ("its U.N. ambassador
    /// said ... Ambassador Selim Harun said").
    /// </summary>
    private bool IsBylineName(EntityMention entity)
    {
        var text = context.Text;
        if (entity.Span.Start >= BodyStart())
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, entity.Span.Start - 1)) + 1;
        if (lineStart == 0)
        {
            // The first line is the headline, whose names the story's quotes may take up.
            return false;
        }

        var lineEnd = text.IndexOf('\n', entity.Span.Start);
        var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).Trim();
        if (line.Length > MaxBylineLength || line.Length == 0 || line[^1] is '.' or '!' or '?' or '"' or '”' or ':')
        {
            return false;
        }

        var before = text.AsSpan(lineStart, entity.Span.Start - lineStart).Trim();
        return before.IsEmpty || before.Equals("By", StringComparison.OrdinalIgnoreCase) || before.Equals("By:", StringComparison.OrdinalIgnoreCase)
            || (before.EndsWith(',') && before.Length < MaxBylineLength);
    }

    /// <summary>Where the story's first sentence line starts: the first line after the headline that ends a sentence.</summary>
    private int BodyStart()
    {
        if (_bodyStart >= 0)
        {
            return _bodyStart;
        }

        var text = context.Text;
        var lineStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        _bodyStart = text.Length;
        while (lineStart > 0 && lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).TrimEnd();
            if (line.Length > MaxBylineLength || (line.Length > 0 && line[^1] is '.' or '!' or '?' or '"' or '”'))
            {
                _bodyStart = lineStart;
                break;
            }

            lineStart = lineEnd + 1;
        }

        return _bodyStart;
    }
}
