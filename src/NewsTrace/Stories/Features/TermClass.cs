namespace NewsTrace.Stories.Features;

/// <summary>What kind of content word a term is; names and numbers carry more of an event's identity than common words.</summary>
public enum TermClass : byte
{
    Word,
    Name,
    Number,
}
