namespace NewsTrace.Reuse.Provenance;

/// <summary>What a node of a provenance graph stands for.</summary>
public enum ProvenanceNodeKind
{
    /// <summary>An article in the store (one of its sources, when the same content came from several).</summary>
    Article = 0,

    /// <summary>An agency or outlet an article credits ("Meridian", "AP") that may not be in the store.</summary>
    OutsideSource = 1,
}
