using NewsTrace.Entities;
using NewsTrace.Entities.CrossDocument;
using NewsTrace.Entities.Data;

namespace NewsTrace.Quotes;

/// <summary>Organisations as the document names them: the fuller name of one written short, and the body a description names; a part of <see cref="DocumentMentions"/>.</summary>
internal sealed partial class DocumentMentions
{
    /// <summary>An organisation's name as written, with the country it belongs to when one follows ("... of the Republic of Kesmaria").</summary>
    public string FullName(EntityMention organisation)
    {
        // "An NRA spokesman", "ICE said" where the story wrote the name out ("The National Rifle Association, which ..."):
        // the body's name as the story gave it in full.
        if (CrossDocumentNameKey.IsAcronym(organisation.Span.Of(context.Text)) && (WrittenOut(organisation) ?? DefinedAs(organisation.Span.Of(context.Text))) is { } writtenOut)
        {
            return writtenOut;
        }

        // "Hoshida ... the company said" after "Hoshida Seating": a body's short name is its name given before.
        var written = organisation.Span.Of(context.Text);
        if (organisation.Canonical is { } canonical && canonical.Length > written.Length + 1 && canonical.StartsWith(written, StringComparison.Ordinal)
            && canonical[written.Length] == ' ')
        {
            return canonical;
        }

        // "the Corps said" after "the U.S. Army Corps of Engineers": the body called by its head word, linked to its full name.
        if (organisation.Canonical is { } full && full.Length > written.Length + 1 && !written.Contains(' ', StringComparison.Ordinal) && HoldsWord(full, written))
        {
            return full;
        }

        if (organisation.Canonical is null && OrganisationOpeningWith(organisation) is { } opened)
        {
            organisation = opened;
        }

        var last = context.FirstTokenAtOrAfter(organisation.Span.End);
        var end = organisation.Span.End;

        // "Red Mesa Water Services of Midland", "Tamura Metals Corp of Japan": a company's home place after its line of
        // business or legal form is no part of its name; a body's place is ("Central Bank of Russia").
        var closing = context.Word(last - 1);
        if (NameWords.CompanyBusinessWords.Contains(closing)
            || NameWords.CompanyForms.Contains(closing))
        {
            return context.Text[organisation.Span.Start..end];
        }

        if (last + 1 < context.Tokens.Length && context.Is(last, "of") && context.Tokens[last].Start == organisation.Span.End + 1
            && context.EntityStartingAt[last + 1] is var country and >= 0 && context.Entities[country].Type == EntityTypes.Geopolitical)
        {
            end = context.Entities[country].Span.End;
        }
        else if (last + 2 < context.Tokens.Length && context.Is(last, "of") && context.Is(last + 1, "the")
            && context.EntityStartingAt[last + 2] is var theCountry and >= 0 && context.Entities[theCountry].Type == EntityTypes.Geopolitical)
        {
            end = context.Entities[theCountry].Span.End;
        }

        return context.Text[organisation.Span.Start..end];
    }

    /// <summary>Whether <paramref name="name"/> has <paramref name="word"/> as one of its space-separated words.</summary>
    private static bool HoldsWord(string name, ReadOnlySpan<char> word)
    {
        foreach (var range in name.AsSpan().Split(' '))
        {
            if (name.AsSpan()[range].SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The most recent organisation named before <paramref name="shorter"/>, outside quotes, whose longer name opens with
    /// its words ("Sandhill Health Partners" for "Sandhill"), or null.
    /// </summary>
    public EntityMention? OrganisationOpeningWith(EntityMention shorter)
    {
        var words = shorter.Span.Of(context.Text);
        for (var e = context.Entities.Length - 1; e >= 0; e--)
        {
            var entity = context.Entities[e];
            if (entity.Span.Start >= shorter.Span.Start || entity.Type != EntityTypes.Organization || insideQuote(entity.Span.Start)
                || entity.Span.Length <= words.Length + 1)
            {
                continue;
            }

            var name = context.Text.AsSpan(entity.Span.Start, entity.Span.Length);
            if (name.StartsWith(words, StringComparison.Ordinal) && name[words.Length] == ' ')
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>The most recent organisation named before <paramref name="before"/> whose name holds <paramref name="head"/> as a capitalised word.</summary>
    public EntityMention? OrganisationNamedWith(int before, ReadOnlySpan<char> head)
    {
        if (head.Length < 4)
        {
            return null;
        }

        // "According to the university" after "Noyyal State University" and "the Noyyal University Teachers' Association":
        // a body whose head the noun is comes before a later one that only holds the word.
        EntityMention? holding = null;
        for (var e = context.Entities.Length - 1; e >= 0; e--)
        {
            var entity = context.Entities[e];
            if (entity.Span.Start >= before || entity.Type != EntityTypes.Organization || insideQuote(entity.Span.Start))
            {
                continue;
            }

            var written = entity.Span.Of(context.Text);
            if (HoldsCapitalisedWord(written, head))
            {
                if (IsHeadedBy(written, head))
                {
                    return entity;
                }

                holding ??= entity;
                continue;
            }

            // "the F.B.I. ... the bureau": a known organisation's other names count ("Federal Bureau of Investigation").
            if (entity.Canonical is { } canonical && Entities.Data.Organizations.NamesByCanonical.TryGetValue(canonical, out var names))
            {
                foreach (var name in names)
                {
                    if (HoldsCapitalisedWord(name, head))
                    {
                        return entity;
                    }
                }
            }
        }

        return holding;
    }

    /// <summary>Whether <paramref name="word"/> is the name's head: its last word, or the word before its first "of".</summary>
    private static bool IsHeadedBy(string name, ReadOnlySpan<char> word)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var of = Array.IndexOf(words, "of");
        var head = of > 0 ? words[of - 1] : words[^1];
        return head.AsSpan().Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    private static bool HoldsCapitalisedWord(string name, ReadOnlySpan<char> word)
    {
        foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(part[0]) && part.AsSpan().Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the foreign ministry said" after "the Ministry of Foreign Affairs of the Republic of Marovia" was named: the
    /// organisation named earlier whose name holds every word of the description ("foreign", "ministry").
    /// </summary>
    public EntityMention? NamedInstitution(int before, string description)
    {
        var words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var e = context.Entities.Length - 1; e >= 0; e--)
        {
            var entity = context.Entities[e];
            if (entity.Span.Start >= before || entity.Type != EntityTypes.Organization)
            {
                continue;
            }

            if (words.Length > 1 && ContainsAll(context.Text.AsSpan(entity.Span.Start, entity.Span.Length), words))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>
    /// A loop over a span rather than a TrueForAll lambda over a substring: both were allocated for every organisation
    /// looked at.
    /// </summary>
    private static bool ContainsAll(ReadOnlySpan<char> name, string[] words)
    {
        foreach (var word in words)
        {
            if (!name.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
