using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace NewsTrace.Ingest.Feeds;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds item by item: only one item is in memory at a time.
/// DTDs are prohibited and no external resource is ever resolved, so XXE and entity-expansion attacks fail
/// with a parse error. Malformed XML ends the file with an <see cref="InputError"/> carrying the parser's
/// message and line (items before it are kept). Item sources are "path#n", n counting items from 1.
/// </summary>
internal sealed class FeedReader(long maxItemBytes)
{
    public IEnumerable<IngestItem> Read(Stream stream, string source, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };

        using var reader = XmlReader.Create(stream, settings);
        reader.MoveToContent();
        var root = reader.LocalName;
        if (root is not ("rss" or "RDF" or "feed"))
        {
            yield return new InputError(source, $"not an RSS or Atom feed: the root element is <{reader.Name}>");
            yield break;
        }

        var isAtom = root == "feed";
        var itemBuilder = new FeedItemBuilder(maxItemBytes);
        string? site = null;
        var number = 0;
        reader.Read();
        while (!reader.EOF)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            if (reader.LocalName is "item" or "entry")
            {
                var element = (XElement)XNode.ReadFrom(reader);
                number++;
                var itemSource = string.Create(CultureInfo.InvariantCulture, $"{source}#{number}");
                yield return isAtom ? itemBuilder.FromAtomEntry(element, site, itemSource) : itemBuilder.FromRssItem(element, site, itemSource);
                continue;
            }

            // The feed's own title names the site: <channel><title> in RSS, <feed><title> in Atom.
            if (site is null && reader.LocalName == "title" && reader.Depth == (isAtom ? 1 : 2))
            {
                site = reader.ReadElementContentAsString().Trim();
                continue;
            }

            reader.Read();
        }
    }
}
