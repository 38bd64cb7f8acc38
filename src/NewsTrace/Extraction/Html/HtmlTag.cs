namespace NewsTrace.Extraction.Html;

/// <summary>The HTML elements NewsTrace treats specially; any other name is <see cref="Unknown"/>.</summary>
public enum HtmlTag
{
    /// <summary>A name not in this list (custom elements, SVG children, typos).</summary>
    Unknown,

    Html,

    Head,

    Body,

    Title,

    Meta,

    Link,

    Base,

    Script,

    Style,

    Noscript,

    Template,

    Svg,

    Math,

    Nav,

    Header,

    Footer,

    Aside,

    Form,

    Button,

    Iframe,

    Select,

    Option,

    Optgroup,

    Textarea,

    Input,

    Label,

    Fieldset,

    Legend,

    Article,

    Main,

    Section,

    Div,

    P,

    H1,

    H2,

    H3,

    H4,

    H5,

    H6,

    Hgroup,

    Ul,

    Ol,

    Li,

    Dl,

    Dt,

    Dd,

    Menu,

    Br,

    Hr,

    Wbr,

    Img,

    Picture,

    Source,

    Track,

    Video,

    Audio,

    Canvas,

    Embed,

    Object,

    Param,

    Map,

    Area,

    Table,

    Caption,

    Colgroup,

    Col,

    Thead,

    Tbody,

    Tfoot,

    Tr,

    Td,

    Th,

    Blockquote,

    Pre,

    Figure,

    Figcaption,

    Address,

    Details,

    Summary,

    Dialog,

    Span,

    A,

    Em,

    Strong,

    B,

    I,

    U,

    S,

    Small,

    Sub,

    Sup,

    Time,

    Code,

    Cite,

    Q,

    Abbr,

    Mark,

    Font,

    Center,

    Xmp,

    Plaintext,

    Noembed,

    Noframes,

    Frameset,

    Frame,
}
