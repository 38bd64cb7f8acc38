using NewsTrace.Documents;
using NewsTrace.Entities;

namespace NewsTrace.Quotes;

/// <summary>Who said it and with which cue: the resolved speaker, the source as written, its entity and the cue.</summary>
internal sealed record Attribution(string? Speaker, TextSpan? SpeakerSpan, string? SpeakerEntity, string? Cue, TextSpan? CueSpan)
{
    /// <summary>The same speaker without a cue of its own: for a continuation quote.</summary>
    public Attribution Inherited() => this with { Cue = null, CueSpan = null };

    /// <summary>A person named in the text speaks: their canonical name (or, lacking one, the name as written) and their mention.</summary>
    public static Attribution OfPerson(EntityMention person, string text, string? cue = null, TextSpan? cueSpan = null)
    {
        var name = person.Canonical ?? person.Span.Of(text);
        return new Attribution(name, person.Span, name, cue, cueSpan);
    }
}
