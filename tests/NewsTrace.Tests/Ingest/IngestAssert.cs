using NewsTrace.Ingest;

namespace NewsTrace.Tests.Ingest;

/// <summary>Reads paths with an <see cref="InputReader"/> and picks items apart.</summary>
internal static class IngestAssert
{
    public static List<IngestItem> ReadAll(IngestOptions options, params string[] paths) =>
        [.. new InputReader(options).Read(paths)];

    public static List<IngestItem> ReadAll(params string[] paths) => ReadAll(new IngestOptions(), paths);

    public static RawInput Raw(IngestItem item) => Assert.IsType<RawInput>(item);

    public static InputError Error(IngestItem item) => Assert.IsType<InputError>(item);

    public static string ContentText(RawInput input) => System.Text.Encoding.UTF8.GetString(input.Content.Span);
}
