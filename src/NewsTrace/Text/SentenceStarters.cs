using System.Collections.Frozen;

namespace NewsTrace.Text;

/// <summary>
/// Capitalised function words that begin sentences but rarely names. After an abbreviation that can end a sentence
/// ("U.S.", "Inc.", "a.m.", an initial) one of these means a new sentence ("in the U.S. The next day"), while any
/// other capitalised word is taken as part of a name ("U.S. President Joe Biden", "10 a.m. Moscow time").
/// </summary>
internal static class SentenceStarters
{
    private static readonly WordSet Words = FrozenSet.ToFrozenSet(
    [
        // English.
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here",
        "His", "Her", "Its", "Their", "Our", "My", "Your", "In", "On", "At", "But", "And", "Or", "So", "Yet", "For", "If",
        "When", "While", "After", "Before", "As", "Since", "Although", "Though", "However", "Meanwhile", "Also", "Then",
        "Now", "Still", "Some", "Many", "Most", "Both", "Each", "Every", "No", "Not", "What", "Why", "How", "Who", "Where",
        "Which", "Last", "Next", "Earlier", "Later", "According", "Despite", "During", "Under", "With", "Without", "From",
        "By", "To", "Its", "Such", "Other", "Another", "One", "Two", "Three", "Asked", "Speaking", "Instead", "Moreover",
        "Several", "Few", "All", "Any", "More", "Only", "Even", "Nearly", "Among", "Because", "Until", "Once", "Four", "Five",
        "Former", "Formerly",

        // Russian.
        "В", "На", "По", "Он", "Она", "Они", "Оно", "Это", "Как", "Но", "И", "А", "Мы", "Я", "Вы", "Так", "При", "После",
        "Для", "Об", "О", "С", "Из", "Однако", "Также", "Кроме", "Если", "Когда", "Что", "Там", "Тогда",

        // French.
        "Le", "La", "Les", "L", "Il", "Elle", "Ils", "Elles", "Nous", "Vous", "Je", "Un", "Une", "Des", "Ce", "Cette",
        "Ces", "Mais", "Et", "Selon", "Dans", "Pour", "Après", "Avant", "Depuis",

        // German.
        "Der", "Die", "Das", "Er", "Sie", "Es", "Wir", "Ich", "Ein", "Eine", "Im", "Am", "Auch", "Aber", "Und", "Nach",
        "Vor", "Seit", "Bei", "Mit", "Zu", "Zum", "Zur", "Dabei", "Dies", "Diese", "Dieser",
    ], StringComparer.Ordinal);

    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);
}
