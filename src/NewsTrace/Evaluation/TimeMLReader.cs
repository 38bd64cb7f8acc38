using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using NewsTrace.Documents;
using NewsTrace.Time;

namespace NewsTrace.Evaluation;

/// <summary>
/// Reads TimeML in the TempEval-3 .tml layout: <c>&lt;DCT&gt;&lt;TIMEX3 functionInDocument="CREATION_TIME" value="..."/&gt;&lt;/DCT&gt;</c> and
/// <c>&lt;TEXT&gt;</c> with inline <c>TIMEX3</c> (and other, ignored) tags. The document text is the content of TEXT with every tag removed.
/// </summary>
public static class TimeMLReader
{
    /// <exception cref="FormatException">The XML is malformed or has no TEXT element.</exception>
    public static TimeMLDocument Parse(string name, string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = false, IgnoreComments = true };
        var text = new StringBuilder();
        var gold = ImmutableArray.CreateBuilder<Timex>();
        var open = new Stack<(int Start, string Type, string? Value)>();
        DateOnly? dct = null;
        var inText = false;
        var sawText = false;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when reader.Name == "TEXT":
                        inText = !reader.IsEmptyElement;
                        sawText = true;
                        break;
                    case XmlNodeType.EndElement when reader.Name == "TEXT":
                        inText = false;
                        break;
                    case XmlNodeType.Element when reader.Name == "TIMEX3":
                        var value = reader.GetAttribute("value");
                        if (string.Equals(reader.GetAttribute("functionInDocument"), "CREATION_TIME", StringComparison.Ordinal))
                        {
                            dct ??= ParseDate(value);
                        }

                        if (inText && !reader.IsEmptyElement)
                        {
                            open.Push((text.Length, reader.GetAttribute("type") ?? "DATE", string.IsNullOrEmpty(value) ? null : value));
                        }

                        break;
                    case XmlNodeType.EndElement when reader.Name == "TIMEX3" && inText && open.Count > 0:
                        var (start, type, timexValue) = open.Pop();
                        gold.Add(new Timex(new TextSpan(start, text.Length), type, timexValue));
                        break;
                    case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                        text.Append(reader.Value);
                        break;
                    default:
                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            throw new FormatException($"{name}: not well-formed TimeML: {ex.Message}", ex);
        }

        if (!sawText)
        {
            throw new FormatException($"{name}: no <TEXT> element.");
        }

        gold.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        return new TimeMLDocument(name, text.ToString(), dct, gold.ToImmutable());
    }

    /// <summary>The day of a creation time value: "2024-10-17", "2024-10-17T13:05", or the compact "20241017".</summary>
    private static DateOnly? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return value.Length >= 8 && DateOnly.TryParseExact(value.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact) ? compact : null;
    }
}
