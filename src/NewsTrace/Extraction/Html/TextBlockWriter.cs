using System.Text;

namespace NewsTrace.Extraction.Html;

/// <summary>
/// Writes rendered page text: whitespace inside a line collapses to one space, blocks are separated by a line
/// break or a blank line, and no line starts or ends with a space. Breaks requested back to back merge into the
/// strongest one, so nested blocks never produce runs of empty lines.
/// </summary>
public sealed class TextBlockWriter
{
    private readonly StringBuilder _text = new();
    private int _pendingBreak;
    private bool _pendingSpace;
    private bool _lineHasText;

    public int Length => _text.Length;

    /// <summary>Ends the current line (<paramref name="blankLines"/> 0) or paragraph (1) before the next text.</summary>
    public void Break(int blankLines)
    {
        _pendingSpace = false;
        if (_text.Length > 0)
        {
            _pendingBreak = Math.Max(_pendingBreak, blankLines + 1);
        }
    }

    /// <summary>Separates the next text from the previous one by a space (table cells).</summary>
    public void Space()
    {
        if (_lineHasText)
        {
            _pendingSpace = true;
        }
    }

    /// <summary>Appends text whose whitespace is not significant.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                Space();
                continue;
            }

            AppendVisible(c);
        }
    }

    /// <summary>Appends preformatted text: its line breaks are kept, other whitespace still collapses.</summary>
    public void AppendPreformatted(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c == '\n')
            {
                if (_lineHasText)
                {
                    Break(0);
                }

                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                Space();
                continue;
            }

            AppendVisible(c);
        }
    }

    private void AppendVisible(char c)
    {
        if (_pendingBreak > 0)
        {
            _text.Append('\n', _pendingBreak);
            _pendingBreak = 0;
            _lineHasText = false;
            _pendingSpace = false;
        }
        else if (_pendingSpace && _lineHasText)
        {
            _text.Append(' ');
        }

        _pendingSpace = false;
        _text.Append(c);
        _lineHasText = true;
    }

    public override string ToString() => _text.ToString();
}
