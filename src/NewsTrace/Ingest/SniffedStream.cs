namespace NewsTrace.Ingest;

/// <summary>
/// A read-only stream whose first bytes were read ahead so the format can be decided from them;
/// reading then returns those bytes first and continues with the rest of the inner stream.
/// </summary>
internal sealed class SniffedStream : ForwardOnlyReadStream
{
    private readonly Stream _inner;
    private readonly bool _ownsInner;
    private readonly byte[] _head;
    private readonly int _headLength;
    private int _headPosition;

    public SniffedStream(Stream inner, int headCapacity, bool ownsInner = true)
    {
        _inner = inner;
        _ownsInner = ownsInner;
        _head = new byte[headCapacity];
        while (_headLength < headCapacity)
        {
            var read = inner.Read(_head, _headLength, headCapacity - _headLength);
            if (read <= 0)
            {
                break;
            }

            _headLength += read;
        }
    }

    /// <summary>The first bytes of the stream (fewer than the capacity only when the stream is that short).</summary>
    public ReadOnlySpan<byte> Head => _head.AsSpan(0, _headLength);

    public override int Read(Span<byte> buffer)
    {
        if (_headPosition < _headLength)
        {
            var count = Math.Min(buffer.Length, _headLength - _headPosition);
            _head.AsSpan(_headPosition, count).CopyTo(buffer);
            _headPosition += count;
            return count;
        }

        return _inner.Read(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsInner)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
