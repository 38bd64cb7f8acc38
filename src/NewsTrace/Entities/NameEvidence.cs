namespace NewsTrace.Entities;

/// <summary>How sure the rules are of a name they found, which decides how it combines with the tagger's names.</summary>
internal enum NameEvidence
{
    /// <summary>A default reading ("two unknown capitalised words are a person"): only a feature for the tagger.</summary>
    Guess,

    /// <summary>
    /// Typed by its head word ("... Ministry", "... River", "Republic of ..."), or the office's country in a title
    /// ("Minister of Foreign Affairs of Kesmaria"): used where the tagger found nothing.
    /// </summary>
    Likely,

    /// <summary>A known name (gazetteer), a name after a title ("Minister Ewa Lindqvist") or a defined acronym: overrides the tagger.</summary>
    Strong,
}
