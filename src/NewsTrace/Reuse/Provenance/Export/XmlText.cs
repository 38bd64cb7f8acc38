using System.Text;
using System.Xml;

namespace NewsTrace.Reuse.Provenance.Export;

/// <summary>Text made safe for XML 1.0: characters XML cannot carry (control characters, lone surrogates) are dropped.</summary>
internal static class XmlText
{
    public static string Clean(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
