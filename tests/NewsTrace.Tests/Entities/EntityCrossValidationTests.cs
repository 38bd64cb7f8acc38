using System.Collections.Immutable;
using System.Globalization;
using NewsTrace.Entities.Tagging;
using NewsTrace.Evaluation;

namespace NewsTrace.Tests.Entities;

public sealed class EntityCrossValidationTests
{
    private static readonly string[] People = ["Anna Berg", "Tomas Kell", "Rita Moss", "Jonas Pell", "Vera Lind", "Oskar Hale"];
    private static readonly string[] Towns = ["Varnholm", "Kestrup", "Ollby", "Fennick", "Dravos", "Mirlow", "Tasken"];

    /// <summary>Twelve small documents, each naming one person and one town in the same two sentences.</summary>
    private static List<GumDocument> Documents()
    {
        var documents = new List<GumDocument>();
        for (var k = 0; k < 12; k++)
        {
            var person = People[k % People.Length];
            var town = Towns[(k * 2) % Towns.Length];
            var text = $"Yesterday {person} visited {town} with officials.\nLater the residents of {town} said they were pleased.";
            var personStart = text.IndexOf(person, StringComparison.Ordinal);
            var townStart = text.IndexOf(town, StringComparison.Ordinal);
            var secondTown = text.LastIndexOf(town, StringComparison.Ordinal);
            ImmutableArray<LabelledSpan> names =
            [
                new(personStart, personStart + person.Length, "PER"),
                new(townStart, townStart + town.Length, "LOC"),
                new(secondTown, secondTown + town.Length, "LOC"),
            ];
            documents.Add(new GumDocument(k.ToString(CultureInfo.InvariantCulture), "news", "train", text, names));
        }

        return documents;
    }

    [Fact]
    public void Every_document_is_scored_once_by_a_tagger_that_did_not_train_on_it()
    {
        var documents = Documents();

        var evaluation = EntityCrossValidation.Run(documents, 3, new EntityTaggerTrainingOptions(Epochs: 3, Seed: 1, MinFeatureCount: 1));

        Assert.Equal(documents.Count, evaluation.Documents);
        Assert.Equal(documents.Sum(document => document.Names.Length), evaluation.Overall.TruePositives + evaluation.Overall.FalseNegatives);
        Assert.True(evaluation.Overall.F1 > 0.5, $"F1 {evaluation.Overall.F1}");
    }

    [Fact]
    public void Fewer_than_two_folds_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => EntityCrossValidation.Run(Documents(), 1, new EntityTaggerTrainingOptions()));
}
