namespace NewsTrace.Ingest;

/// <summary>
/// Reads lines and blocks of bytes from a stream with bounded memory: a line longer than the caller's limit
/// is skipped up to its newline without being buffered, so one huge line cannot exhaust memory.
/// </summary>
internal sealed class BufferedByteReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _end;
    private byte[] _line = new byte[4096];
    private int _lineLength;

    /// <summary>The last line read, without its "\n" or "\r\n". Valid until the next read.</summary>
    public ReadOnlyMemory<byte> CurrentLine => _line.AsMemory(0, _lineLength);

    /// <summary>Bytes the last <see cref="ReadLine"/> consumed, line terminator included.</summary>
    public long LastLineConsumed { get; private set; }

    /// <summary>Reads the next line if it is at most <paramref name="maxBytes"/> long; a longer one is skipped.</summary>
    public LineReadResult ReadLine(long maxBytes)
    {
        _lineLength = 0;
        LastLineConsumed = 0;
        var tooLong = false;
        while (true)
        {
            if (_position == _end && !Fill())
            {
                if (LastLineConsumed == 0)
                {
                    return LineReadResult.EndOfStream;
                }

                break;
            }

            var available = _buffer.AsSpan(_position, _end - _position);
            var newline = available.IndexOf((byte)'\n');
            var take = newline >= 0 ? newline : available.Length;
            if (!tooLong)
            {
                if (_lineLength + (long)take > maxBytes + 1)
                {
                    // +1 above leaves room for the '\r' of a "\r\n" ending, trimmed below.
                    tooLong = true;
                    _lineLength = 0;
                }
                else
                {
                    AppendToLine(available[..take]);
                }
            }

            _position += take;
            LastLineConsumed += take;
            if (newline >= 0)
            {
                _position++;
                LastLineConsumed++;
                break;
            }
        }

        if (_lineLength > 0 && _line[_lineLength - 1] == (byte)'\r')
        {
            _lineLength--;
        }

        if (tooLong || _lineLength > maxBytes)
        {
            _lineLength = 0;
            return LineReadResult.TooLong;
        }

        return LineReadResult.Line;
    }

    /// <summary>Reads up to <paramref name="destination"/>'s length; returns fewer bytes only at the end of the stream.</summary>
    public int ReadBlock(Span<byte> destination)
    {
        var total = 0;
        while (total < destination.Length)
        {
            if (_position == _end && !Fill())
            {
                break;
            }

            var count = Math.Min(destination.Length - total, _end - _position);
            _buffer.AsSpan(_position, count).CopyTo(destination[total..]);
            _position += count;
            total += count;
        }

        return total;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many were skipped (fewer only at the end of the stream).</summary>
    public long Skip(long count)
    {
        var skipped = 0L;
        while (skipped < count)
        {
            if (_position == _end && !Fill())
            {
                break;
            }

            var step = (int)Math.Min(count - skipped, _end - _position);
            _position += step;
            skipped += step;
        }

        return skipped;
    }

    private void AppendToLine(ReadOnlySpan<byte> bytes)
    {
        if (_lineLength + bytes.Length > _line.Length)
        {
            Array.Resize(ref _line, Math.Max(_line.Length * 2, _lineLength + bytes.Length));
        }

        bytes.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += bytes.Length;
    }

    private bool Fill()
    {
        _position = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        if (_end < 0)
        {
            _end = 0;
        }

        return _end > 0;
    }
}
