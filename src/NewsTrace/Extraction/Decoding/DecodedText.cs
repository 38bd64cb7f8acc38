using System.Collections.Immutable;

namespace NewsTrace.Extraction.Decoding;

/// <summary>Text decoded from bytes, with the encoding that was used and anything the caller should know about it.</summary>
/// <param name="EncodingName">The WHATWG-style name of the encoding used ("utf-8", "windows-1251", …).</param>
public sealed record DecodedText(string Text, string EncodingName, ImmutableArray<string> Warnings);
