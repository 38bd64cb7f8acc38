using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;

namespace NewsTrace.Ingest.Compression;

/// <summary>
/// Decompresses a gzip file member by member and checks every member's CRC-32 and length trailer.
/// <see cref="GZipStream"/> silently returns end-of-stream on a truncated file, so a cut-off download would
/// look like a shorter valid input; this stream reports it instead, as an <see cref="InputReadException"/>
/// saying how many bytes were recovered. Concatenated members (one per WARC record, bgzip, pigz) are read
/// as one continuous stream. Bytes after the last member that do not start a new member are ignored, as gzip does.
/// </summary>
internal sealed class GzipReadStream : ForwardOnlyReadStream
{
    // The inflater is fed at most this many bytes at a time, which bounds the window searched for a trailer.
    private const int HandOutLimit = 8192;
    private const int MaxHeaderFieldBytes = 1 << 20;

    private readonly Stream _source;
    private readonly bool _ownsSource;
    private readonly GzipInflaterInput _input;
    private byte[] _window = new byte[64 * 1024];
    private int _position;
    private int _end;
    private int _handOutStart;
    private bool _sourceEnded;
    private DeflateStream? _inflater;
    private uint _memberCrc;
    private long _memberLength;
    private long _totalLength;
    private int _completedMembers;
    private bool _finished;

    public GzipReadStream(Stream source, bool ownsSource = true)
    {
        _source = source;
        _ownsSource = ownsSource;
        _input = new GzipInflaterInput(this);
    }

    /// <summary>Decompressed bytes returned so far.</summary>
    public long DecompressedLength => _totalLength;

    /// <summary>True when the bytes start with the gzip magic number 1f 8b.</summary>
    public static bool HasGzipMagic(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (!_finished)
        {
            if (_inflater is null && !StartMember())
            {
                _finished = true;
                return 0;
            }

            var read = Inflate(buffer);
            if (read > 0)
            {
                _memberCrc = Crc32.Append(_memberCrc, buffer[..read]);
                _memberLength += read;
                _totalLength += read;
                return read;
            }

            FinishMember();
        }

        return 0;
    }

    /// <summary>Feeds the inflater; called through <see cref="GzipInflaterInput"/>.</summary>
    internal int HandOutCompressed(Span<byte> destination)
    {
        if (_position == _end)
        {
            // The inflater consumed everything it was given, so nothing before here can hold the trailer.
            _position = _end = _handOutStart = 0;
            if (!FillWindow())
            {
                return 0;
            }
        }

        var count = Math.Min(Math.Min(destination.Length, _end - _position), HandOutLimit);
        _window.AsSpan(_position, count).CopyTo(destination);
        _handOutStart = _position;
        _position += count;
        return count;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inflater?.Dispose();
            _input.Dispose();
            if (_ownsSource)
            {
                _source.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private int Inflate(Span<byte> buffer)
    {
        try
        {
            return _inflater!.Read(buffer);
        }
        catch (InvalidDataException ex)
        {
            throw new InputReadException($"not a valid gzip stream: {ex.Message}", ex);
        }
    }

    private bool StartMember()
    {
        if (!EnsureAhead(2, _position))
        {
            if (_completedMembers == 0)
            {
                throw Truncated();
            }

            return false;
        }

        if (!HasGzipMagic(_window.AsSpan(_position)))
        {
            if (_completedMembers == 0)
            {
                throw new InputReadException("not a valid gzip stream: the file does not start with the gzip signature 1f 8b");
            }

            // Trailing padding or junk after a complete member: gzip ignores it too.
            return false;
        }

        ReadHeader();
        _inflater = new DeflateStream(_input, CompressionMode.Decompress, leaveOpen: true);
        _memberCrc = 0;
        _memberLength = 0;
        return true;
    }

    private void ReadHeader()
    {
        RequireAhead(10);
        var method = _window[_position + 2];
        var flags = _window[_position + 3];
        if (method != 8)
        {
            throw new InputReadException(string.Create(CultureInfo.InvariantCulture, $"not a valid gzip stream: unknown compression method {method}"));
        }

        if ((flags & 0xE0) != 0)
        {
            throw new InputReadException("not a valid gzip stream: reserved header flags are set");
        }

        _position += 10;
        if ((flags & 0x04) != 0)
        {
            RequireAhead(2);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(_window.AsSpan(_position));
            _position += 2;
            RequireAhead(extraLength);
            _position += extraLength;
        }

        if ((flags & 0x08) != 0)
        {
            SkipZeroTerminated();
        }

        if ((flags & 0x10) != 0)
        {
            SkipZeroTerminated();
        }

        if ((flags & 0x02) != 0)
        {
            RequireAhead(2);
            _position += 2;
        }
    }

    private void SkipZeroTerminated()
    {
        var scanned = 0;
        while (true)
        {
            var zero = _window.AsSpan(_position + scanned, _end - _position - scanned).IndexOf((byte)0);
            if (zero >= 0)
            {
                _position += scanned + zero + 1;
                return;
            }

            scanned = _end - _position;
            if (scanned > MaxHeaderFieldBytes)
            {
                throw new InputReadException("not a valid gzip stream: a header name or comment has no end");
            }

            RequireAhead(scanned + 1);
        }
    }

    private void FinishMember()
    {
        _inflater!.Dispose();
        _inflater = null;

        // The deflate data ended inside the last chunk handed to the inflater, and the 8-byte trailer
        // (CRC-32, length mod 2^32) follows it byte-aligned. A wrong guess matches with odds of 2^-64.
        EnsureAhead(8, _handOutStart);
        for (var start = _handOutStart; start <= _position && start + 8 <= _end; start++)
        {
            var trailer = _window.AsSpan(start, 8);
            if (BinaryPrimitives.ReadUInt32LittleEndian(trailer) == _memberCrc
                && BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]) == unchecked((uint)_memberLength))
            {
                _position = start + 8;
                _handOutStart = _position;
                _completedMembers++;
                return;
            }
        }

        if (_sourceEnded)
        {
            throw Truncated();
        }

        throw new InputReadException(string.Create(
            CultureInfo.InvariantCulture,
            $"not a valid gzip stream: checksum mismatch at the end of member {_completedMembers + 1} (after {_totalLength} decompressed bytes)"));
    }

    private InputReadException Truncated() =>
        new(string.Create(CultureInfo.InvariantCulture, $"gzip stream is truncated: ended after {_totalLength} decompressed bytes"));

    private void RequireAhead(int count)
    {
        if (!EnsureAhead(count, _position))
        {
            throw Truncated();
        }
    }

    /// <summary>Makes at least <paramref name="count"/> bytes available after the read position, keeping the window from <paramref name="keepFrom"/>.</summary>
    private bool EnsureAhead(int count, int keepFrom)
    {
        while (_end - _position < count)
        {
            if (keepFrom > 0)
            {
                _window.AsSpan(keepFrom, _end - keepFrom).CopyTo(_window);
                _position -= keepFrom;
                _handOutStart = Math.Max(0, _handOutStart - keepFrom);
                _end -= keepFrom;
                keepFrom = 0;
            }

            if (_end == _window.Length)
            {
                Array.Resize(ref _window, _window.Length * 2);
            }

            if (!FillWindow())
            {
                return false;
            }
        }

        return true;
    }

    private bool FillWindow()
    {
        if (_sourceEnded)
        {
            return false;
        }

        var read = _source.Read(_window, _end, _window.Length - _end);
        if (read <= 0)
        {
            _sourceEnded = true;
            return false;
        }

        _end += read;
        return true;
    }
}
