using NewsTrace.Extraction.Html;

namespace NewsTrace.Tests.Extraction.Html;

public class ElementRolesTests
{
    [Theory]
    [InlineData("class=\"site-footer\"", ElementRole.Chrome)]
    [InlineData("class=\"relatedPosts\"", ElementRole.Chrome)]
    [InlineData("id=main-nav", ElementRole.Chrome)]
    [InlineData("class=\"ad-slot\"", ElementRole.Chrome)]
    [InlineData("class=\"canvas header-wrap\"", ElementRole.None)]
    [InlineData("class=\"sidebar-content\"", ElementRole.Chrome | ElementRole.ContentName)]
    [InlineData("class=\"post-body\"", ElementRole.ContentName)]
    [InlineData("id=\"comments\" class=\"comments-area\"", ElementRole.Chrome | ElementRole.CommentSection)]
    [InlineData("class=\"comment-list\"", ElementRole.Chrome | ElementRole.CommentSection | ElementRole.CommentItem)]
    [InlineData("class=\"comment-content\"", ElementRole.Chrome | ElementRole.CommentItem | ElementRole.ContentName)]
    [InlineData("class=\"comment-meta\"", ElementRole.Chrome)]
    [InlineData("class=\"byline\"", ElementRole.Byline)]
    [InlineData("class=\"author-name\"", ElementRole.Byline)]
    [InlineData("class=\"author-bio\"", ElementRole.None)]
    [InlineData("hidden", ElementRole.Hidden)]
    [InlineData("style=\"color: red; display : none\"", ElementRole.Hidden)]
    [InlineData("style=\"display:block\"", ElementRole.None)]
    [InlineData("itemprop=\"articleBody\"", ElementRole.ArticleBody)]
    [InlineData("class=\"entry-date published\"", ElementRole.DateLine | ElementRole.ContentName)]
    [InlineData("class=\"update\"", ElementRole.None)]
    [InlineData("class=\"skip-link\"", ElementRole.SkipName)]
    public void Attributes_name_roles(string attributes, ElementRole expected)
        => Assert.Equal(expected, ElementRoles.Classify(" " + attributes));
}
