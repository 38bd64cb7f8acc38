namespace NewsTrace.Extraction.Html;

/// <summary>Which listed words the class and id values of one element contain (see <see cref="BoilerplateNames"/>).</summary>
internal struct ClassNameWords
{
    public bool Chrome;
    public bool Content;
    public bool Comment;
    public bool CommentSingular;
    public bool CommentsSection;
    public bool CommentExcluded;
    public bool List;
    public bool Byline;
    public bool Author;
    public bool BylineExcluded;
    public bool Date;
    public bool Skip;
}
