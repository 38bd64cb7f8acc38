namespace NewsTrace.Ingest.Compression;

/// <summary>
/// The compressed bytes of the current gzip member, as a stream for <see cref="System.IO.Compression.DeflateStream"/>.
/// It hands out bytes from <see cref="GzipReadStream"/>'s window so that the window knows which chunk the
/// inflater was reading when the deflate data ended, which is where the member trailer starts.
/// </summary>
internal sealed class GzipInflaterInput(GzipReadStream owner) : ForwardOnlyReadStream
{
    public override int Read(Span<byte> buffer) => owner.HandOutCompressed(buffer);
}
