using NewsTrace.Entities.Tagging;
using NewsTrace.Evaluation;

namespace NewsTrace.Tests.Entities;

public sealed class InlineLabelledTextTests
{
    [Fact]
    public void Marks_become_spans_over_the_unmarked_text()
    {
        var document = InlineLabelledText.ParseDocument("[PER Helmut Kohl] met [NORP French] officials in [LOC Bonn].");

        Assert.Equal("Helmut Kohl met French officials in Bonn.", document.Text);
        LabelledSpan[] expected = [new(0, 11, "PER"), new(16, 22, "NORP"), new(36, 40, "LOC")];
        Assert.Equal(expected, document.Names.ToArray());
    }

    [Fact]
    public void Blank_lines_separate_documents_and_comment_lines_are_skipped()
    {
        const string content = "# a comment\n[ORG AJAX] WIN\n[LOC AMSTERDAM] 1996-09-14\n\n\nSecond story about [PER Seles].\n";

        var documents = InlineLabelledText.Parse(content);

        Assert.Equal(2, documents.Count);
        Assert.Equal("AJAX WIN\nAMSTERDAM 1996-09-14", documents[0].Text);
        Assert.Equal(2, documents[0].Names.Length);
        Assert.Equal("Seles", documents[1].Text[documents[1].Names[0].Start..documents[1].Names[0].End]);
    }

    [Theory]
    [InlineData("An unclosed [PER mark")]
    [InlineData("An empty [PER] mark")]
    [InlineData("No label [ Kohl]")]
    public void A_broken_mark_is_an_error(string marked)
        => Assert.Throws<FormatException>(() => InlineLabelledText.ParseDocument(marked));

    [Fact]
    public void The_repository_newswire_texts_parse_with_known_labels()
    {
        var path = Path.Combine(RepositoryRoot(), "eval", "entities", "newswire-training.txt");

        var documents = InlineLabelledText.ReadFile(path);

        Assert.True(documents.Count >= 20);
        Assert.All(documents.SelectMany(document => document.Names), name => Assert.Contains(name.Label, TagSet.DefaultLabels));
        Assert.All(documents, document => Assert.DoesNotContain('[', document.Text));
    }

    [Fact]
    public void Scored_documents_keep_person_organisation_and_place_names_and_drop_nationalities()
    {
        var text = InlineLabelledText.ParseDocument("[ORG NAPOLI] WIN\n[NORP Italian] club [ORG Napoli] beat [PER Mertens]'s old side in [LOC Naples].");

        var document = LabelledTextScoring.ToDocument(text, 3);

        Assert.Equal("03 NAPOLI WIN", document.Id);
        Assert.Equal(["ORG", "ORG", "PER", "LOC"], document.Names.Select(name => name.Label));
        Assert.Equal(text.Text, document.Text);
    }

    [Fact]
    public void The_held_out_newswire_texts_parse_with_known_labels()
    {
        var documents = LabelledTextScoring.ReadFile(Path.Combine(RepositoryRoot(), "eval", "entities", "newswire-heldout.txt"));

        Assert.True(documents.Count >= 20);
        Assert.All(documents.SelectMany(document => document.Names), name => Assert.Contains(name.Label, (string[])["PER", "ORG", "LOC"]));
        Assert.All(documents, document => Assert.DoesNotContain('[', document.Text));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsTrace.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("repository root (NewsTrace.slnx) not found");
    }
}
