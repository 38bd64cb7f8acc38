using NewsTrace.Documents;

namespace NewsTrace.Quotes;

/// <summary>Who said it and with which cue: the resolved speaker, the source as written, its entity and the cue.</summary>
internal sealed record Attribution(string? Speaker, TextSpan? SpeakerSpan, string? SpeakerEntity, string? Cue, TextSpan? CueSpan)
{
    /// <summary>The same speaker without a cue of its own: for a continuation quote.</summary>
    public Attribution Inherited() => this with { Cue = null, CueSpan = null };
}
