using NewsTrace.Documents;

namespace NewsTrace.Web.Html;

/// <summary>A highlighted span of article text: a CSS class chosen by our code and a tooltip that may hold data (encoded).</summary>
public sealed record Annotation(TextSpan Span, string CssClass, string Tooltip);
