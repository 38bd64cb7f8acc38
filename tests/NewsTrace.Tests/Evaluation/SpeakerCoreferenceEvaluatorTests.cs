using NewsTrace.Documents;
using NewsTrace.Evaluation;
using NewsTrace.Quotes;

namespace NewsTrace.Tests.Evaluation;

public sealed class SpeakerCoreferenceEvaluatorTests
{
    // Chain 1: Ana Pell (name) ... she (pronoun). Chain 2: a spokesman (no name). Chain 3: Teo Brask.
    private const string Text = "Mayor Ana Pell opened the bridge. “It is ours,” she said. A spokesman said “no comment”. Teo Brask left.";

    private static readonly GumCoreferenceDocument Document = new("doc", "news", "dev", Text,
    [
        Mention("Mayor Ana Pell", "person", 1, "name", named: true, name: "Ana Pell"),
        Mention("she", "person", 1, "pronoun"),
        Mention("A spokesman", "person", 2, "nominal"),
        Mention("Teo Brask", "person", 3, "name", named: true, name: "Teo Brask"),
    ]);

    [Fact]
    public void A_pronoun_is_right_when_its_speaker_names_the_pronoun_s_chain()
    {
        var evaluation = SpeakerCoreferenceEvaluator.Evaluate([Document], _ => [Quote("It is ours,", "she", "Ana Pell")]);

        Assert.Equal((1, 1), evaluation.ByWrittenKind[SpeakerCoreferenceEvaluator.WrittenPronoun]);
        Assert.Empty(evaluation.Errors);
        Assert.Equal(1.0, evaluation.ResolvedAccuracy);
    }

    [Fact]
    public void A_pronoun_resolved_to_another_chain_s_name_is_wrong_and_listed()
    {
        var evaluation = SpeakerCoreferenceEvaluator.Evaluate([Document], _ => [Quote("It is ours,", "she", "Teo Brask")]);

        Assert.Equal((1, 0), evaluation.ByWrittenKind[SpeakerCoreferenceEvaluator.WrittenPronoun]);
        var error = Assert.Single(evaluation.Errors);
        Assert.Contains("gold Ana Pell, found Teo Brask", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("spokesman", 1)]
    [InlineData("Teo Brask", 0)]
    public void An_unnamed_speaker_must_not_be_given_another_person_s_name(string speaker, int correct)
    {
        var evaluation = SpeakerCoreferenceEvaluator.Evaluate([Document], _ => [Quote("no comment", "A spokesman", speaker)]);

        Assert.Equal((1, correct), evaluation.ByWrittenKind[SpeakerCoreferenceEvaluator.WrittenDescription]);
    }

    [Fact]
    public void A_source_is_aligned_by_its_last_word_and_one_outside_any_mention_is_counted_apart()
    {
        var evaluation = SpeakerCoreferenceEvaluator.Evaluate([Document], _ =>
        [
            Quote("It is ours,", "Ana Pell", "Ana Pell"),
            Quote("no comment", "the bridge", "the bridge"),
            new Quotation(Span("no comment"), QuoteKinds.Direct, null, null, null, null, null),
        ]);

        Assert.Equal((1, 1), evaluation.ByWrittenKind[SpeakerCoreferenceEvaluator.WrittenName]);
        Assert.Equal(1, evaluation.Unaligned);
        Assert.Equal(1, evaluation.WithoutSource);
        Assert.Equal(3, evaluation.Quotations);
    }

    [Theory]
    [InlineData("AFP", "Agence France-Presse", true)]
    [InlineData("World Health Organisation", "WHO", true)]
    [InlineData("Ana Pell", "Pell", true)]
    [InlineData("AFP", "Associated Press", false)]
    [InlineData("Ana Pell", null, false)]
    public void Names_match_as_written_by_surname_or_as_acronym_and_full_name(string gold, string? predicted, bool expected)
        => Assert.Equal(expected, SpeakerCoreferenceEvaluator.Names(gold, predicted));

    [Fact]
    public void Pronouns_are_scored_only_where_their_chain_has_a_name()
    {
        var she = Span("she");
        var evaluation = PronounCoreferenceEvaluator.Evaluate([Document], _ => [(she, "Ana Pell"), (Span("A spokesman"), "Teo Brask")]);

        Assert.Equal(1, evaluation.Scored);
        Assert.Equal(1, evaluation.Right);
        Assert.Empty(evaluation.Errors);

        var wrong = PronounCoreferenceEvaluator.Evaluate([Document], _ => [(she, "Teo Brask")]);
        Assert.Equal(0, wrong.Right);
        Assert.Contains("found Teo Brask", Assert.Single(wrong.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Definite_descriptions_after_a_named_mention_are_resolved_and_scored()
    {
        const string text = "Mayor Ana Pell opened the bridge. The mayor said it was hers.";
        var document = new GumCoreferenceDocument("doc", "news", "dev", text,
        [
            new GumMention(0, 14, "person", 1, "name", true, 6, 14),
            new GumMention(34, 43, "person", 1, "nominal", false, null, null),
        ]);

        var right = DescriptionCoreferenceEvaluator.Evaluate([document], (_, spans) => [.. spans.Select(_ => (string?)"Ana Pell")]);
        var unresolved = DescriptionCoreferenceEvaluator.Evaluate([document], (_, spans) => [.. spans.Select(_ => (string?)"The mayor")]);

        Assert.Equal((1, 1, 0), (right.Scored, right.Right, right.Unresolved));
        Assert.Equal((1, 0, 1), (unresolved.Scored, unresolved.Right, unresolved.Unresolved));
    }

    private static Quotation Quote(string quote, string source, string speaker)
        => new(Span(quote), QuoteKinds.Direct, speaker, Span(source), speaker, "said", null);

    private static TextSpan Span(string part)
    {
        var start = Text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }

    private static GumMention Mention(string phrase, string type, int chain, string kind, bool named = false, string? name = null)
    {
        var start = Text.IndexOf(phrase, StringComparison.Ordinal);
        var nameStart = name is null ? (int?)null : Text.IndexOf(name, start, StringComparison.Ordinal);
        return new GumMention(start, start + phrase.Length, type, chain, kind, named, nameStart, nameStart + name?.Length);
    }
}
