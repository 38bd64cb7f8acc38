using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Delta Midstream Partners ... Delta Midstream said": a body named in full once is named after that without its head
/// word ("Partners", "Group", "Council"). Those words alone look like a person's name to the tagger; a person whose words
/// are the opening words of the document's organisation, all of whose remaining words are heads of bodies, is that
/// organisation, unless it opens with a given name (the "Betty Ford Center" is named after Betty Ford).
/// </summary>
internal static class OrganisationPrefixNames
{
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var person = merged[k];
            // "Betty Ford ... the Betty Ford Center": a body named after a person leaves the person alone.
            if (person.Type != EntityTypes.Person || person.Canonical is not null || person.LastToken == person.FirstToken
                || FirstNames.Contains(TokenText.Of(text, tokens[person.FirstToken])))
            {
                continue;
            }

            foreach (var body in merged)
            {
                if (body.Type == EntityTypes.Organization && body.LastToken - body.FirstToken > person.LastToken - person.FirstToken
                    && OpensWith(text, tokens, body, person) && RestAreHeads(text, tokens, body, person.LastToken - person.FirstToken + 1))
                {
                    merged[k] = person with { Type = EntityTypes.Organization };
                    break;
                }
            }
        }
    }

    private static bool OpensWith(string text, ImmutableArray<Token> tokens, NameCandidate body, NameCandidate person)
    {
        for (var i = 0; i <= person.LastToken - person.FirstToken; i++)
        {
            if (!TokenText.Of(text, tokens[body.FirstToken + i]).SequenceEqual(TokenText.Of(text, tokens[person.FirstToken + i])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool RestAreHeads(string text, ImmutableArray<Token> tokens, NameCandidate body, int words)
    {
        for (var t = body.FirstToken + words; t <= body.LastToken; t++)
        {
            if (!TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[t]))
            {
                return false;
            }
        }

        return true;
    }
}
