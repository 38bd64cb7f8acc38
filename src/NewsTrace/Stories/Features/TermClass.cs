namespace NewsTrace.Stories.Features;

/// <summary>What kind of content word a term is; names and numbers carry more of an event's identity than common words.</summary>
public enum TermClass : byte
{
    Word,
    Name,
    Number,

    /// <summary>
    /// A weekday or month name ("Wednesday", "Oct."): written with a capital like a name, and it helps tell two events
    /// of one topic apart (which day), but it says nothing about which thread of events an article belongs to.
    /// </summary>
    Calendar,

    /// <summary>A run of consecutive content words inside quotation marks (<see cref="QuoteShingles"/>): a shared quotation.</summary>
    Quote,
}
