using System.Collections.Immutable;
using NewsTrace.Entities;
using NewsTrace.Entities.Data;
using NewsTrace.Entities.Tagging;

namespace NewsTrace.Evaluation;

/// <summary>
/// Turns GUM documents into tagger training texts with CoNLL-2003 conventions, since NewsTrace is meant for plain newswire:
/// GUM labels group nouns ("Americans", "Muslims", "Democrats") as persons, where CoNLL has MISC, so known demonyms and group
/// names become NORP; GUM labels a country that acts ("Belgium said") as an organization, where CoNLL keeps LOC, so names
/// the gazetteer knows as countries or cities become LOC; capitalised titles standing alone ("the President", "Governor")
/// are named in GUM but are not names, so they are dropped (left as O).
/// </summary>
public static class GumTrainingData
{
    public static LabelledText ToTrainingText(GumDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var names = ImmutableArray.CreateBuilder<LabelledSpan>(document.Names.Length);
        foreach (var name in document.Names)
        {
            var surface = document.Text[name.Start..name.End].Replace('’', '\'');
            if (IsOnlyTitles(surface))
            {
                continue;
            }

            var known = Gazetteer.Entries.GetValueOrDefault(surface.StartsWith("The ", StringComparison.Ordinal) ? surface[4..] : surface);
            var label = known?.Type switch
            {
                EntityTypes.Nationality => "NORP",
                EntityTypes.Geopolitical when name.Label == "ORG" => "LOC",
                _ => GroupNames.Names.Contains(surface) ? "NORP" : name.Label,
            };
            names.Add(name with { Label = label });
        }

        return new LabelledText(document.Text, names.ToImmutable());
    }

    private static bool IsOnlyTitles(string surface)
        => surface.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => NameWords.StrongPersonTitles.Contains(word.ToLowerInvariant()) || word is "Vice" or "General" or "Prime");
}
