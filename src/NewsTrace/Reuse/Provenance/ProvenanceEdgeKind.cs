namespace NewsTrace.Reuse.Provenance;

/// <summary>What an edge of a provenance graph says.</summary>
public enum ProvenanceEdgeKind
{
    /// <summary>The target article took text from the source article (its immediate source).</summary>
    DerivedFrom = 0,

    /// <summary>The target article names the source (an agency or outlet) in a credit line.</summary>
    Credits = 1,
}
