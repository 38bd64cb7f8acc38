using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Quotes;
using NewsTrace.Text;
using NewsTrace.Time;

namespace NewsTrace.Pipeline;

/// <summary>The well-known layers. Each is produced by exactly one stage; see the stage table in ARCHITECTURE.md.</summary>
public static class Layers
{
    public static readonly LayerKey<ImmutableArray<Token>> Tokens = new("tokens");

    public static readonly LayerKey<ImmutableArray<TextSpan>> Sentences = new("sentences");

    public static readonly LayerKey<ImmutableArray<EntityMention>> Entities = new("entities");

    public static readonly LayerKey<ImmutableArray<Quotation>> Quotes = new("quotes");

    public static readonly LayerKey<ImmutableArray<Timex>> Timexes = new("timexes");
}
