using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Storage;

namespace NewsTrace.Tests.Pipeline;

/// <summary>The analyze contract writes null for a quote's missing speaker or cue span; reading it back must not throw.</summary>
public sealed class StoredDocumentNullSpanTests
{
    [Fact]
    public void Null_offsets_leave_the_optional_span_out_and_keep_the_item()
    {
        const string text = "\"We will build it,\" the minister said.";
        const string json = """
            {"sentences": [[0, 38], [null, 3]],
             "quotes": [{"start": 1, "end": 17, "text": "We will build it", "kind": "direct", "speaker": null,
                         "speaker_start": null, "speaker_end": null, "speaker_entity": null, "cue": "said", "cue_start": 33, "cue_end": 37}],
             "timexes": [{"start": null, "end": 4, "type": "DATE", "value": null}]}
            """;

        var restored = StoredDocument.FromStored(new StoredArticle("abcd", ArticleMetadata.Empty, text, "hash", json));

        Assert.Equal([new TextSpan(0, 38)], restored.Get(Layers.Sentences).ToArray());
        var quote = Assert.Single(restored.Get(Layers.Quotes));
        Assert.Null(quote.SpeakerSpan);
        Assert.Equal(new TextSpan(33, 37), quote.CueSpan);
        Assert.Empty(restored.Get(Layers.Timexes));
    }
}
