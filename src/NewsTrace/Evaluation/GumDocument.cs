using System.Collections.Immutable;
using NewsTrace.Entities.Tagging;

namespace NewsTrace.Evaluation;

/// <summary>
/// One GUM document with its gold NER names: the named person/organization/place mentions' name_start..name_end,
/// deduplicated and outermost only, labelled PER, ORG or LOC (the scoring of ../shared/data/gum-entities/README.md).
/// </summary>
public sealed record GumDocument(string Id, string Genre, string Split, string Text, ImmutableArray<LabelledSpan> Names);
