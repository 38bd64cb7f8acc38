namespace NewsTrace.Ingest.Compression;

/// <summary>
/// The compressed bytes of the current gzip member, as a stream for <see cref="System.IO.Compression.DeflateStream"/>.
/// It hands out bytes from <see cref="GzipReadStream"/>'s window so that the window knows which chunk the
/// inflater was reading when the deflate data ended, which is where the member trailer starts.
/// </summary>
internal sealed class GzipInflaterInput(GzipReadStream owner) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => owner.HandOutCompressed(buffer);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
