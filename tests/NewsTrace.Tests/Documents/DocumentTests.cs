using NewsTrace.Documents;
using NewsTrace.Pipeline;

namespace NewsTrace.Tests.Documents;

public sealed class DocumentTests
{
    private static readonly LayerKey<string> Layer = new("layer");

    [Fact]
    public void Adding_a_layer_returns_a_new_document_and_leaves_the_old_one_alone()
    {
        var original = new Document("id", "text", ArticleMetadata.Empty);

        var annotated = original.WithLayer(Layer, "value");

        Assert.False(original.Has(Layer));
        Assert.Equal("value", annotated.Get(Layer));
        Assert.Same(original.Text, annotated.Text);
    }

    [Fact]
    public void A_layer_is_written_once()
    {
        var annotated = new Document("id", "text", ArticleMetadata.Empty).WithLayer(Layer, "value");

        Assert.Throws<InvalidOperationException>(() => annotated.WithLayer(Layer, "again"));
    }

    [Fact]
    public void A_missing_layer_names_itself()
    {
        var document = new Document("id", "text", ArticleMetadata.Empty);

        var error = Assert.Throws<InvalidOperationException>(() => document.Get(Layer));
        Assert.Contains("'layer'", error.Message, StringComparison.Ordinal);
        Assert.Equal("fallback", document.GetOrDefault(Layer, "fallback"));
    }

    [Fact]
    public void A_missing_layer_says_which_stage_failed_on_the_document()
    {
        var document = new Document("id", "text", ArticleMetadata.Empty)
            .WithFailure(new StageFailure("quotes", "Index was outside the bounds of the array."));

        var error = Assert.Throws<InvalidOperationException>(() => document.Get(Layer));
        Assert.Contains("stage 'quotes' failed: Index was outside the bounds of the array.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_stable_content_hashes()
    {
        Assert.Equal(DocumentId.FromText("same words"), DocumentId.FromText("same words"));
        Assert.NotEqual(DocumentId.FromText("same words"), DocumentId.FromText("other words"));
        Assert.Matches("^[0-9a-f]{16}$", DocumentId.FromText("x"));
        // A fixed value: the id must never depend on the process, the machine or the runtime version.
        Assert.Equal("2cf24dba5fb0a30e", DocumentId.FromText("hello"));
    }
}
