namespace NewsTrace.Reporting;

/// <summary>How much analysis one article carries.</summary>
public sealed record ArticleAnalysisCounts(int Sentences, int Entities, int Quotes, int Timexes, int StageFailures)
{
    public static ArticleAnalysisCounts Zero { get; } = new(0, 0, 0, 0, 0);

    public ArticleAnalysisCounts Add(ArticleAnalysisCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Sentences + other.Sentences, Entities + other.Entities, Quotes + other.Quotes, Timexes + other.Timexes, StageFailures + other.StageFailures);
    }

    /// <summary>Counts the layers of an analysed document; a layer its pipeline did not produce counts as zero.</summary>
    public static ArticleAnalysisCounts FromDocument(Documents.Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(
            document.GetOrDefault(Pipeline.Layers.Sentences, []).Length,
            document.GetOrDefault(Pipeline.Layers.Entities, []).Length,
            document.GetOrDefault(Pipeline.Layers.Quotes, []).Length,
            document.GetOrDefault(Pipeline.Layers.Timexes, []).Length,
            document.Failures.Length);
    }

    /// <summary>Counts the layers of a stored analysis JSON object; a malformed or missing layer counts as zero.</summary>
    public static ArticleAnalysisCounts FromJson(string analysisJson)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(analysisJson);
            var root = json.RootElement;
            return new(Count(root, "sentences"), Count(root, "entities"), Count(root, "quotes"), Count(root, "timexes"), Count(root, "stage_failures"));
        }
        catch (System.Text.Json.JsonException)
        {
            return Zero;
        }
    }

    private static int Count(System.Text.Json.JsonElement root, string name)
        => root.ValueKind == System.Text.Json.JsonValueKind.Object
           && root.TryGetProperty(name, out var layer)
           && layer.ValueKind == System.Text.Json.JsonValueKind.Array
            ? layer.GetArrayLength()
            : 0;
}
