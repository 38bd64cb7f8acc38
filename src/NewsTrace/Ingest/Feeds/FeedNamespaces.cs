using System.Xml.Linq;

namespace NewsTrace.Ingest.Feeds;

/// <summary>XML namespaces of the feed vocabularies NewsTrace reads.</summary>
internal static class FeedNamespaces
{
    public static XNamespace Atom { get; } = "http://www.w3.org/2005/Atom";

    public static XNamespace Content { get; } = "http://purl.org/rss/1.0/modules/content/";

    public static XNamespace DublinCore { get; } = "http://purl.org/dc/elements/1.1/";

    public static XNamespace Rss10 { get; } = "http://purl.org/rss/1.0/";
}
