using NewsTrace.Extraction.ScrapedText;

namespace NewsTrace.Tests.Extraction.ScrapedText;

public class LineClassifierTests
{
    [Theory]
    [InlineData("Skip to main content")]
    [InlineData("HomeLatest NewsWorldBusiness")]
    [InlineData("HomeLocal NewsFerry service to resume betw...")]
    [InlineData("Politics | World | Business | Opinion | Video")]
    [InlineData("Home > News > World")]
    [InlineData("Sign in    Subscribe")]
    [InlineData("Share this article: Facebook  X  Email")]
    [InlineData("Facebook Twitter WhatsApp")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Follow us on Telegram for the latest updates")]
    [InlineData("We use cookies to improve your experience. By continuing to browse you agree.")]
    [InlineData("© 2024 Capital Observer. All rights reserved.")]
    [InlineData("Privacy Policy | Terms of Use")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Sponsored")]
    [InlineData("ALSO READ: Island schools reopen")]
    [InlineData("Related: Budget talks drag on | Grain exports rise")]
    [InlineData("Tags: ferries, strikes, islands")]
    [InlineData("Email the author")]
    [InlineData("Hours ago")]
    [InlineData("5 min read")]
    [InlineData("* * *")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    [InlineData("Читайте также: новости дня")]
    [InlineData("Alle Rechte vorbehalten.")]
    public void Chrome(string line) => Assert.Equal(ScrapedLineKind.Chrome, LineClassifier.Classify(line).Kind);

    [Theory]
    [InlineData("Most Popular")]
    [InlineData("Related stories")]
    [InlineData("You may also like")]
    [InlineData("Read more")]
    public void Link_list_headings(string line) => Assert.Equal(ScrapedLineKind.ListHeading, LineClassifier.Classify(line).Kind);

    [Theory]
    [InlineData("Comments (3)")]
    [InlineData("12 comments")]
    [InlineData("Leave a comment")]
    [InlineData("Leave a Reply")]
    [InlineData("Recent Comments")]
    [InlineData("Reader comments")]
    [InlineData("Join the discussion")]
    [InlineData("Comment Template")]
    [InlineData("3 thoughts on “A bridge too far”")]
    [InlineData("John Smith says: May 30, 2024 at 7:57 pm")]
    [InlineData("Anna Berg says:")]
    public void Comment_section_starts(string line) => Assert.Equal(ScrapedLineKind.CommentStart, LineClassifier.Classify(line).Kind);

    [Theory]
    [InlineData("The company's share price fell by a tenth after the newsletter went out.")]
    [InlineData("MULTIPLIER EFFECTS")]
    [InlineData("The minister says: we will not wait for the summer to act on this.")]
    [InlineData("– Whose?")]
    [InlineData("He left McDonald's to join YouTube as a producer in 2019.")]
    [InlineData("Lavrov: DPRK seeks independence")]
    [InlineData("The firm changed its privacy policy last year after the regulator asked it to explain how it stores the data of its customers.")]
    public void Article_lines_are_content(string line) => Assert.Equal(ScrapedLineKind.Content, LineClassifier.Classify(line).Kind);
}
