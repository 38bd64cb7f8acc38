using System.Collections.Frozen;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Descriptions ("the minister", "a spokesman", "curator Elaine Gustafon"): the description half of <see cref="SpeakerResolver"/>.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "curator Elaine Gustafon", "Senior researcher Mu Li", "Undersecretary for Education Mr. Toccafondi": a name the
    /// entity layer missed, written after a role, is the capitalised words after the role's last lower-case word or after
    /// an honorific; null when no role stands before them ("the White House" stays as written).
    /// </summary>
    private string? NameAfterRole(int start, int last)
    {
        var nameStart = last;
        while (nameStart > start && char.IsUpper(context.Text[context.Tokens[nameStart - 1].Start]) && !WordIn(Entities.Data.NameWords.Honorifics, nameStart - 1))
        {
            nameStart--;
        }

        if (nameStart == start)
        {
            return null;
        }

        var before = context.Word(nameStart - 1).ToString();
        var afterRole = Entities.Data.NameWords.Honorifics.Contains(before) || (char.IsLower(before[0]) && !Determiners.Contains(before) && before is not ("of" or "for" or "and" or "to" or "at"));
        return afterRole ? context.Text[context.Tokens[nameStart].Start..context.Tokens[last].End] : null;
    }

    private Attribution? ResolveDescription(int first, int last)
    {
        var tokens = context.Tokens;
        if (tokens[last].Kind != TokenKind.Word || !(char.IsLetter(context.Text[tokens[last].Start]) || AgeOf(context.Word(last)) > 0))
        {
            return null;
        }

        var start = DescriptionStart(first, last);

        // "the 71-year-old said", "the 69-year-old developer said": the person the story gave that age, or with the age
        // alone, the person named last.
        if (context.Is(start, "the") && AgedPerson(start, last) is { } aged)
        {
            var agedName = aged.Canonical ?? aged.Span.Of(context.Text);
            return new Attribution(agedName, new TextSpan(tokens[start].Start, tokens[last].End), aged.Canonical ?? agedName, null, null);
        }
        var head = context.Word(last).ToString().ToLowerInvariant();
        if (Spokespeople.Contains(head) && (SpokespersonInstitution(first, last) ?? OwnersSpokesperson(first, last) ?? SpokespersonOfKind(start, last) ?? SubjectsSpokesperson(start, last)) is { } represented)
        {
            return represented;
        }

        var span = new TextSpan(tokens[start].Start, tokens[last].End);
        var written = span.Of(context.Text);
        if (context.Is(start, "the") && start == last - 1 && _mentions.OrganisationNamedWith(span.Start, context.Word(last)) is { } organisation)
        {
            // "the alliance said" after "the Alliance of Small Island States": the organisation, not a person introduced as
            // its negotiator (whose role words hold the organisation's name).
            return new Attribution(_mentions.FullName(organisation), span, organisation.Canonical, null, null);
        }

        // "Halvorsen Motors cut its forecast. The company said ...", "the lender said": a company named before speaks.
        if (context.Is(start, "the") && start == last - 1 && (CompanyNouns.Contains(head) || (head.Length > 5 && head.EndsWith("maker", StringComparison.Ordinal) && !PeopleMakers.Contains(head)))
            && _mentions.MostRecent(span.Start, EntityTypes.Organization, null, skipPossessive: false, accept: head == "group" ? IsCompanyOrGroupName : IsCompanyName) is { } company)
        {
            return new Attribution(_mentions.FullName(company), span, company.Canonical, null, null);
        }

        if (context.Is(start, "the") && start == last - 1 && OrganisationOfKind(span.Start, head) is { } body)
        {
            return new Attribution(_mentions.FullName(body), span, body.Canonical, null, null);
        }

        // "The U.S. Chamber of Commerce ... responded within the hour. On Twitter, the business lobby wrote": a body's noun takes
        // up the organisation that opened the sentence before.
        if (context.Is(start, "the") && last - start <= 3 && BodyNouns.Contains(head) && OrganisationOpeningSentenceBefore(start) is { } opener)
        {
            return new Attribution(_mentions.FullName(opener), span, opener.Canonical, null, null);
        }

        // "The White House said in a statement that ... “…,” the statement said": the statement speaks for its author.
        if (AuthoredTexts.Contains(head) && TextDescriptionStart(last) == start && AuthorOfEarlier(start, head) is { } author)
        {
            var authorName = author.Canonical ?? author.Span.Of(context.Text);
            return new Attribution(author.Type == EntityTypes.Organization ? _mentions.FullName(author) : authorName, span, author.Canonical ?? authorName, null, null);
        }

        // "In a statement, it said ... “…,” the statement said": the statement speaks for whoever issued it, named or not.
        if (AuthoredTexts.Contains(head) && start == last - 1 && context.Is(start, "the") && SpeakerOfEarlierText(start, head) is { } issuer)
        {
            return issuer with { SpeakerSpan = span };
        }

        if (start == last - 1 && WordIn(Determiners, start) && AuthoredTexts.Contains(head) && GroupSenderOfEarlier(start, head) is { } senders)
        {
            return new Attribution(senders, span, null, null, null);
        }

        // "the attorneys general wrote": a plural description takes up the group that issued a text before, as introduced,
        // and is never one holder of the title ("Attorney General X").
        var pluralTitle = head == "general" && last > start && IsPlural(context.Word(last - 1));
        if (context.Is(start, "the") && (pluralTitle || IsPlural(head)) && GroupSenderNamed(start + 1, last) is { } group)
        {
            return new Attribution(group, span, null, null, null);
        }

        if (pluralTitle)
        {
            return new Attribution(written, span, null, null, null);
        }

        if (head == "campaign" && CampaignOf(start, last) is { } campaign)
        {
            return new Attribution(campaign, span, null, null, null);
        }

        if (InstitutionHeads.Contains(head))
        {
            // "the regional weather office" names the institution without the article; "Kesmaria's civil protection agency"
            // keeps its country, which tells it from another country's agency, as "the state auditor's office" keeps the role.
            var nameStart = start;
            for (var i = start; i < last; i++)
            {
                if (WordIn(Determiners, i))
                {
                    nameStart = i + 1;
                }
            }

            // "according to figures from Iran's Red Crescent relief agency": a preposition before the owner is no part of the name.
            while (nameStart < last && context.Word(nameStart) is "from" or "of" or "by" or "to" or "with" or "for" or "at" or "in" or "on")
            {
                nameStart++;
            }

            var institution = TownsInstitution(start, nameStart, span.End) ?? context.Text[tokens[nameStart].Start..span.End];
            var named = _mentions.NamedInstitution(span.Start, institution);

            // "The Kyrgyz foreign ministry said ... “…,” the ministry said": a bare head noun takes up the institution last
            // described with it, unless one was named with it since.
            if (context.Is(start, "the") && DescribedInstitutionBefore(start, head) is { } described && (named is null || described.Start > named.Span.Start)
                && (start == last - 1 || ModifiersWithin(start + 1, last - 1, described.Description)))
            {
                return new Attribution(described.Name, span, null, null, null);
            }

            return named is not null
                ? new Attribution(_mentions.FullName(named), span, named.Canonical, null, null)
                : new Attribution(institution, span, null, null, null);
        }

        // "the Prime Minister said" in British and Australian style: a capitalised title after "the" takes up the person it
        // titled ("Prime Minister Joanne Kerrigan"), as the lower-case description would.
        // "A government MP said", "Opposition MPs said", "the MP said": a title in capitals heads a description like any
        // role word, and "the MP" takes up "One Labour MP from the north-west" as "the aide" takes up "an aide".
        // "the Tennessee Republican" and "the President-elect" are descriptions like "the senator", not titles.
        if (char.IsUpper(context.Text[tokens[last].Start]) && !DocumentMentions.IsPartyMember(head) && !ProtagonistRoles.Contains(head)
            && !(Entities.Tagging.TitlesAlone.IsTitle(head) && Entities.Tagging.TitlesAlone.IsCapitals(context.Word(last))))
        {
            var titled = context.Is(start, "the") && Entities.Data.NameWords.PersonTitles.Contains(head)
                ? _mentions.MostRecentWithRole(span.Start, head, [.. Enumerable.Range(start + 1, last - start - 1).Select(i => context.Word(i).ToString())])
                : null;
            return titled is not null
                ? new Attribution(titled.Canonical ?? _mentions.FullName(titled), span, titled.Canonical, null, null)
                : new Attribution(NameAfterRole(start, last) ?? written, span, null, null, null);
        }

        // "a Tevanian foreign ministry spokesman said": an indefinite description brings in someone new, never a person
        // named before, so it is its own speaker (without the article).
        if (context.Is(start, "a") || context.Is(start, "an") || context.Is(start, "another") || (context.Is(start, "one") && !context.Is(start + 1, "of")))
        {
            return start < last ? new Attribution(context.Text[tokens[start + 1].Start..span.End], span, null, null, null) : null;
        }

        if (KinSharingSurname(start, last, span) is { } kin)
        {
            return kin;
        }

        var modifiers = ContentWords(start, last);
        // "Morvan dismissed the idea. “…,” the conservative deputy said": the subject of the sentence just before, in the same
        // paragraph, introduced with the description's role, is the one it takes up, before anyone else with that role.
        if (context.Is(start, "the") && !IsPlural(head) && Entities.Data.NameWords.PersonTitles.Contains(head)
            && context.SentenceOfToken[start] is var own and > 0
            && !context.Text.AsSpan(context.Sentences[own - 1].Start, span.Start - context.Sentences[own - 1].Start).Contains('\n')
            && RecentSubject(start, _ => true) is var (subject, subjectSentence)
            && !context.Text.AsSpan(subjectSentence.Start, span.Start - subjectSentence.Start).Contains("\n", StringComparison.Ordinal)
            && _mentions.HasOwnRole(subject, head))
        {
            return new Attribution(subject.Canonical ?? _mentions.FullName(subject), span, subject.Canonical, null, null);
        }

        // "A senior aide, who spoke on condition of anonymity, said ... “…,” the aide said": a definite description takes
        // up the indefinite one that introduced the same head noun, unless someone introduced with that role was named
        // since ("A party source said Brask ..." does not make Brask a source: the antecedent's own words are no role).
        var antecedent = context.Is(start, "the") ? _mentions.IndefiniteAntecedent(span.Start, head) : null;
        // "Asked whether Mr Pemberton had raised it, the spokesman said": the question's names are what was asked about.
        var sentenceStart = context.FirstTokenOf(context.SentenceOfToken[start]);
        var lookBefore = sentenceStart < start && context.Is(sentenceStart, "asked") ? tokens[sentenceStart].Start : span.Start;
        var withRole = _mentions.MostRecentWithRole(lookBefore, head, modifiers, antecedent is { } a ? new TextSpan(a.Position, a.Position + a.Length) : null);
        if (antecedent is { } found && (withRole is null || withRole.Span.Start < found.Position))
        {
            // "a career officer who ... Her name is Gail Pfister.": the description takes up someone the story then named.
            if (_mentions.NamedAsTheirName(context.FirstTokenAtOrAfter(found.Position)) is { } introduced)
            {
                var introducedName = introduced.Canonical ?? introduced.Span.Of(context.Text);
                return new Attribution(introducedName, span, introduced.Canonical ?? introducedName, null, null);
            }

            // "Héctor Saravia, a Peronist deputy from Tucumán, ... the Tucumán deputy said": the description was the named person's.
            if (_mentions.NamedBeforeApposition(found.Position) is { } appositive)
            {
                return new Attribution(appositive.Canonical ?? _mentions.FullName(appositive), span, appositive.Canonical, null, null);
            }

            // "A No 10 spokesman said ... the spokesman said": the unnamed spokesman still speaks for the institution.
            var institution = Spokespeople.Contains(head) ? InstitutionOfSpokesperson(found.Text) : null;
            return new Attribution(institution ?? found.Text, span, null, null, null);
        }

        // "the parents", "the owners": a plural description names a group, never one person named before.
        if (IsPlural(head))
        {
            return new Attribution(written, span, null, null, null);
        }

        if (withRole is null && PossessedNewcomer(start, span) is { } newcomer)
        {
            return newcomer;
        }

        // "Rennicker has not mentioned Heckworth by name. But ..., the nominee told the crowd": a protagonist's role takes up
        // the subject of a recent sentence before a name in its object.
        var person = withRole
            ?? _mentions.FirstIntroducedWithRoleAfter(span.Start, head, modifiers)
            ?? _mentions.IntroducedWithRoleSoonAfter(span.End, head, modifiers)
            ?? (context.Is(start, "the") && start + 1 < last ? _mentions.FirstIntroducedWithPhraseAfter(span.End, context.Text[tokens[start + 1].Start..span.End], head) : null)
            ?? (ProtagonistRoles.Contains(head) && context.Is(start, "the")
                ? RecentSubject(start, p => !_mentions.ServesRole(p, head) && !_mentions.OfOtherParty(p, head))?.Person
                : null)
            ?? (Entities.Data.NameWords.PersonTitles.Contains(head) || ProtagonistRoles.Contains(head) || DocumentMentions.IsPartyMember(head)
                ? _mentions.MostRecent(span.Start, EntityTypes.Person, null, accept: p => !_mentions.ServesRole(p, head) && !_mentions.OfOtherParty(p, head))
                : null)
            ?? (ProtagonistRoles.Contains(head) ? _mentions.NamedInNextSentence(last) : null)
            ?? (Entities.Data.NameWords.PersonTitles.Contains(head) && _mentions.MostRecent(span.Start, EntityTypes.Person, null) is null
                ? UntitledNamedNext(last)
                : null)
            ?? DescribedByCapitals(start, last, head, span);
        return new Attribution(person?.Canonical ?? written, span, person?.Canonical, null, null);
    }

    /// <summary>
    /// "Korea's deputy trade minister said ... Mina Harrow, who led the delegation, told reporters": a lead that names no one
    /// gives its title to the person the next sentence names, unless a title or role of their own stands before the name.
    /// </summary>
    private EntityMention? UntitledNamedNext(int last)
    {
        if (_mentions.NamedInNextSentence(last) is not { } named)
        {
            return null;
        }

        // The description's own title before the name is no other role ("the state auditor said ... State Auditor Beverly Cuthbert's report").
        var before = context.FirstTokenAtOrAfter(named.Span.Start) - 1;
        return before >= 0 && context.Tokens[before].Kind == TokenKind.Word && context.OnSameLine(before, before + 1)
            && !context.Word(before).Equals(context.Word(last), StringComparison.OrdinalIgnoreCase) ? null : named;
    }

    /// <summary>
    /// "the Coast Guard's spokeswoman", "the Navy’s spokesman": the body that owns the spokesperson speaks, named as the
    /// story writes it; null where no organisation or state owns the role.
    /// </summary>
    private Attribution? OwnersSpokesperson(int first, int last)
    {
        var possessive = last - 1;
        if (possessive <= first || context.Word(possessive) is not ("'s" or "\u2019s"))
        {
            return null;
        }

        if (context.EntityEndingAt[possessive - 1] is not (var owner and >= 0)
            || context.Entities[owner].Type is not (EntityTypes.Organization or EntityTypes.Geopolitical)
            || context.Entities[owner].Span.Start < context.Tokens[first].Start)
        {
            return null;
        }

        var body = context.Entities[owner];
        var name = body.Type == EntityTypes.Organization ? _mentions.FullName(body) : body.Canonical ?? body.Span.Of(context.Text);
        return new Attribution(name, new TextSpan(context.Tokens[first].Start, context.Tokens[last].End), body.Canonical, null, null);
    }

    /// <summary>The age an "NN-year-old" word gives, or 0.</summary>
    private static int AgeOf(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen is > 0 and <= 3 && word[hyphen..].Equals("-year-old", StringComparison.OrdinalIgnoreCase) && int.TryParse(word[..hyphen], out var age) ? age : 0;
    }

    /// <summary>
    /// The person an age description takes up: the latest one whose words give that age ("Warren Gallister, 69,", "the
    /// 69-year-old developer"); else the one introduced with the role, else the person named last. Null without an age.
    /// </summary>
    private EntityMention? AgedPerson(int start, int last)
    {
        var age = 0;
        for (var k = start + 1; k <= last && age == 0; k++)
        {
            age = AgeOf(context.Word(k));
        }

        if (age == 0)
        {
            return null;
        }

        var before = context.Tokens[start].Start;
        var written = age.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var givenAge = _mentions.MostRecent(before, EntityTypes.Person, null, skipPossessive: true, accept: p =>
        {
            var window = _mentions.Window(p);
            var after = window.AsSpan(window.IndexOf(" | ", StringComparison.Ordinal) + 3);
            var commaAge = after.StartsWith(", " + written, StringComparison.Ordinal) && (after.Length == written.Length + 2 || !char.IsAsciiDigit(after[written.Length + 2]));
            return commaAge || window.Contains(written + "-year-old", StringComparison.OrdinalIgnoreCase);
        });
        if (givenAge is not null)
        {
            return givenAge;
        }

        // "the 38-year-old rancher" where no one was given the age: the person whose words hold the role, else, as for the
        // age alone, the person named last; a definite description with an age takes up someone the story brought on.
        var role = AgeOf(context.Word(last)) > 0 ? null : context.Word(last).ToString();
        return (role is null ? null : _mentions.MostRecent(before, EntityTypes.Person, null, skipPossessive: true,
                   accept: p => _mentions.IsFullyNamed(p) && _mentions.Window(p).Contains(role, StringComparison.OrdinalIgnoreCase)))
               ?? _mentions.MostRecent(before, EntityTypes.Person, null, skipPossessive: true, accept: _mentions.IsFullyNamed);
    }

    /// <summary>
    /// "the Hadley campaign said" is the Hadley campaign, never a person whose words mention a campaign; "his campaign said"
    /// is the campaign of the man "his" stands for ("Warren Tolliver's campaign"). Null for any other campaign.
    /// </summary>
    private string? CampaignOf(int start, int last)
    {
        if (start == last - 1 && (context.Is(start, "his") || context.Is(start, "her")) && ResolvePossessive(start) is { Speaker: { } owner })
        {
            return owner + "'s campaign";
        }

        var named = start + (WordIn(Determiners, start) ? 1 : 0);
        for (var i = named; i < last; i++)
        {
            if (!char.IsUpper(context.Text[context.Tokens[i].Start]))
            {
                return null;
            }
        }

        return named < last ? context.Text[context.Tokens[named].Start..context.Tokens[last].End] : null;
    }

    /// <summary>"the diplomats" → "diplomat", "witnesses" → "witness", "deputies" → "deputy": one of a group, without its article.</summary>
    internal static string SingularOf(string group)
    {
        var words = group.Split(' ');
        var start = words.Length > 1 && Determiners.Contains(words[0]) ? 1 : 0;
        var head = words[^1];
        head = head.EndsWith("ies", StringComparison.Ordinal) ? string.Concat(head.AsSpan(0, head.Length - 3), "y")
            : head.EndsWith("sses", StringComparison.Ordinal) || head.EndsWith("ches", StringComparison.Ordinal) || head.EndsWith("shes", StringComparison.Ordinal) ? head[..^2]
            : head[..^1];
        return string.Join(' ', words[start..^1].Append(head));
    }

    /// <summary>Nouns in -s that name one thing: "the Corps said" is the body, not members of it.</summary>
    private static readonly WordSet SingularsInS = FrozenSet.ToFrozenSet(["corps", "series", "species", "means", "headquarters"], StringComparer.OrdinalIgnoreCase);

    /// <summary>A regular plural noun ("parents", "officials"), not a singular in -s ("boss", "press", "analysis", "status", "Corps").</summary>
    internal static bool IsPlural(ReadOnlySpan<char> head)
        => (head.Length > 3 && head[^1] == 's' && !head.EndsWith("ss", StringComparison.Ordinal) && !head.EndsWith("us", StringComparison.Ordinal)
            && !head.EndsWith("is", StringComparison.Ordinal) && !SingularsInS.Contains(head))
           || (head.Length > 4 && head.EndsWith("men", StringComparison.Ordinal) && head is not ("abdomen" or "regimen" or "specimen" or "stamen"));
}
