using System.Collections.Immutable;
using System.Globalization;
using NewsTrace.Entities;

namespace NewsTrace.Evaluation;

/// <summary>Lists one document's missed (-) and spurious (+) names against GUM's gold, in text order, for error analysis.</summary>
public static class EntityErrorListing
{
    public static void Write(GumDocument document, ImmutableArray<EntityMention> mentions, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var gold = document.Names.Select(name => (name.Start, name.End, name.Label)).ToHashSet();
        var predicted = mentions
            .Select(mention => (mention.Span.Start, mention.Span.End, Label: EntityEvaluator.LabelOf(mention.Type) ?? mention.Type))
            .ToHashSet();
        writer.WriteLine(document.Id);
        var missed = gold.Except(predicted).Select(name => (Name: name, Mark: '-'));
        var spurious = predicted.Except(gold).Where(name => name.Label != "NORP").Select(name => (Name: name, Mark: '+'));
        foreach (var (name, mark) in missed.Concat(spurious).OrderBy(item => item.Name.Start))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {mark}{name.Label,-4} {document.Text[name.Start..name.End]}"));
        }
    }
}
