using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Entities.Data;

/// <summary>
/// Religious, political and ethnic group names that are not demonyms of a country ("Muslims", "Libertarians", "Kurds"):
/// NORP in OntoNotes, MISC in CoNLL-2003. Written by hand.
/// </summary>
internal static class GroupNames
{
    public static WordSet Names { get; } = FrozenSet.ToFrozenSet(
    [
        "Muslim", "Muslims", "Islamic", "Christian", "Christians", "Jew", "Jews", "Jewish", "Catholic", "Catholics", "Protestant",
        "Protestants", "Orthodox", "Hindu", "Hindus", "Buddhist", "Buddhists", "Sikh", "Sikhs", "Sunni", "Sunnis", "Shia", "Shiite",
        "Shiites", "Shi'ite", "Mormon", "Mormons", "Evangelical", "Evangelicals", "Anglican", "Anglicans", "Baptist", "Baptists",
        "Methodist", "Methodists", "Lutheran", "Lutherans", "Atheist", "Scientologist", "Scientologists",
        "Democrat", "Democrats", "Republican", "Republicans", "Libertarian", "Libertarians", "Conservative", "Conservatives",
        "Tory", "Tories", "Socialist", "Socialists", "Communist", "Communists", "Liberal", "Liberals", "Labourite", "Marxist",
        "Marxists", "Nazi", "Nazis", "Bolshevik", "Bolsheviks", "Zionist", "Zionists", "Islamist", "Islamists", "Jihadist", "Jihadists",
        "Kurd", "Kurds", "Kurdish", "Basque", "Basques", "Catalan", "Catalans", "Arab", "Arabs", "Arabic", "Pashtun", "Pashtuns", "Tamil", "Tamils", "Uighur", "Uighurs",
        "Uyghur", "Uyghurs", "Tibetan", "Tibetans", "Chechen", "Chechens", "Tatar", "Tatars", "Roma", "Berber", "Berbers",
        "Hutu", "Hutus", "Tutsi", "Tutsis", "Banyamulenge", "Mayan", "Mayans", "Kashmiri", "Kashmiris", "Zulu", "Yoruba", "Igbo", "Hausa", "Maori", "Aboriginal", "Aborigines", "Inuit",
        "Hispanic", "Hispanics", "Latino", "Latinos", "Latina", "Latinas", "African American", "African Americans",
        "Native American", "Native Americans", "American Indian", "American Indians", "Asian American", "Asian Americans",
        "Pacific Islander", "Pacific Islanders", "Caucasian", "Caucasians", "Asian", "Asians", "African", "Africans", "European",
        "Europeans", "Latin American", "Latin Americans", "Scandinavian", "Scandinavians", "Balkan", "Slavic", "Anglo-Saxon",

        // Older and agency spellings, men of a nation, movements named after a person, and more peoples.
        "Moslem", "Moslems", "Shi'ites", "Druze", "Alawite", "Alawites", "Copt", "Copts", "Coptic", "Maronite", "Maronites",
        "Dutchman", "Dutchmen", "Englishman", "Englishmen", "Frenchman", "Frenchmen", "Irishman", "Irishmen", "Scotsman", "Scotsmen", "Scot", "Scots",
        "Welshman", "Welshmen", "Zapatista", "Zapatistas", "Sandinista", "Sandinistas", "Peronist", "Peronists", "Gaullist",
        "Gaullists", "Maoist", "Maoists", "Acholi", "Baganda", "Kikuyu", "Kalenjin", "Ndebele", "Shona", "Xhosa", "Tuareg",
        "Tuaregs", "Hazara", "Hazaras", "Tajik", "Tajiks", "Uzbek", "Uzbeks", "Rohingya", "Sinhalese", "Kashubian",

        // People of a state or province, as sports copy names them ("Californian Tom Lehman"), and peoples of mixed descent.
        "Californian", "Californians", "Texan", "Floridian", "Floridians", "Virginian", "Virginians", "Georgian",
        "Oklahoman", "Arizonan", "Coloradan", "Nebraskan", "Minnesotan", "Minnesotans", "Ohioan", "Ohioans",
        "Alaskan", "Alaskans", "Oregonian", "Missourian", "Tennessean", "Kentuckian",
        "Carolinian", "Louisianan", "Bavarian", "Bavarians", "Quebecer", "Quebecers", "Quebecois", "Ontarian", "Albertan",
        "Queenslander", "Queenslanders", "Tasmanian", "Tasmanians", "Victorian", "Sicilian", "Sicilians", "Sardinian",
        "Corsican", "Corsicans", "Andalusian", "Galician", "Flemish", "Walloon", "Walloons", "Punjabi", "Punjabis", "Bengali",
        "Bengalis", "Gujarati", "Kannadiga", "Indo-Fijian", "Indo-Fijians", "Afrikaner", "Afrikaners",
    ], StringComparer.Ordinal);
}
