using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Ingest;

/// <summary>
/// Ingests uploads through the same path as <c>newstrace ingest</c>: the files are written under safe names into a
/// private temporary folder, read by <see cref="InputReader"/> (so format detection, gzip, JSON Lines, WARC and feeds
/// all work), and stored by <see cref="CorpusIngestor"/>. Sources are recorded as "upload/NAME", never as the
/// temporary path. One ingest runs at a time: it already uses every core.
/// </summary>
public sealed class UploadIngestor(WebBackend backend, StoryCache stories, WebAppOptions options) : IDisposable
{
    public const string SourcePrefix = "upload/";

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<IngestSummary> IngestAsync(IReadOnlyList<UploadedInput> inputs, InputFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var folder = Directory.CreateTempSubdirectory("newstrace-upload-");
        try
        {
            var paths = new List<string>(inputs.Count);
            for (var i = 0; i < inputs.Count; i++)
            {
                var path = Path.Combine(folder.FullName, UploadFileNames.Safe(inputs[i].FileName, i));
                await File.WriteAllBytesAsync(path, inputs[i].Content.ToArray(), cancellationToken);
                paths.Add(path);
            }

            var reader = new InputReader(new IngestOptions { Format = format, MaxInputBytes = options.MaxRequestBytes, Recursive = false });
            var prefix = folder.FullName + Path.DirectorySeparatorChar;
            var items = reader.Read(paths, cancellationToken).Select(item => Rename(item, prefix));
            var ingestor = new CorpusIngestor(backend.CreateAnalyzer(), backend.Store);
            await _oneAtATime.WaitAsync(cancellationToken);
            try
            {
                // The ingestor's parallel map blocks its calling thread; keep that off the request thread.
                return await Task.Run(() => ingestor.RunAsync(items, null, cancellationToken), cancellationToken);
            }
            finally
            {
                _oneAtATime.Release();
                stories.Invalidate();
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    private static IngestItem Rename(IngestItem item, string folderPrefix)
    {
        if (!item.Source.StartsWith(folderPrefix, StringComparison.Ordinal))
        {
            return item;
        }

        var source = SourcePrefix + item.Source[folderPrefix.Length..];
        return item switch
        {
            RawInput raw => raw with { Source = source, Metadata = raw.Metadata with { Source = source } },
            _ => item with { Source = source },
        };
    }
}
