namespace NewsTrace.Extraction.Html;

/// <summary>Which listed words the class and id values of one element contain (see <see cref="BoilerplateNames"/>).</summary>
[Flags]
internal enum ClassNameWords
{
    None = 0,
    Chrome = 1 << 0,
    Content = 1 << 1,
    Comment = 1 << 2,
    CommentSingular = 1 << 3,
    CommentsSection = 1 << 4,
    CommentExcluded = 1 << 5,
    List = 1 << 6,
    Byline = 1 << 7,
    Author = 1 << 8,
    BylineExcluded = 1 << 9,
    Date = 1 << 10,
    Skip = 1 << 11,
}
