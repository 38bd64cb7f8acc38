using System.Text;
using NewsTrace.Documents;
using NewsTrace.Ingest;

namespace NewsTrace.Tests.Extraction;

/// <summary>Builds raw inputs and finds fixture files for the extraction tests.</summary>
internal static class Inputs
{
    public static RawInput Html(string html, ArticleMetadata? metadata = null, string? charset = null)
        => Bytes(Encoding.UTF8.GetBytes(html), InputFormat.Html, metadata, charset);

    public static RawInput Bytes(byte[] content, InputFormat format, ArticleMetadata? metadata = null, string? charset = null)
        => new("test.input", DocumentId.FromContent(content), content, format, charset, metadata ?? ArticleMetadata.Empty);

    /// <summary>A file under tests/NewsTrace.Tests/Extraction/Fixtures, found from the solution root (fixtures are not copied to the output).</summary>
    public static string FixturePath(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsTrace.slnx")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException("NewsTrace.slnx not found above " + AppContext.BaseDirectory);
        }

        return Path.Combine(directory.FullName, "tests", "NewsTrace.Tests", "Extraction", "Fixtures", name);
    }
}
