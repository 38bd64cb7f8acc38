using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Entities.Data;

/// <summary>
/// Named events, competitions, prizes and wars that news writes like organisations or places ("the Tour de France",
/// "Formula One", "the French Open"): MISC in CoNLL-2003, EVENT in OntoNotes, and never a person, organisation or place.
/// Written by hand. Events named by a place alone ("Wimbledon") are left out: the same word is the place.
/// </summary>
internal static class EventNames
{
    public static WordSet Names { get; } = FrozenSet.ToFrozenSet(
    [
        // Sport.
        "Tour de France", "Giro d'Italia", "Vuelta", "Formula One", "Formula 1", "World Cup", "Olympic Games", "Olympics",
        "Winter Olympics", "Summer Olympics", "Paralympics", "Super Bowl", "World Series", "Stanley Cup", "Davis Cup", "Fed Cup",
        "Ryder Cup", "Solheim Cup", "America's Cup", "Grand Prix", "Grand Slam", "Champions League", "Champions' League", "Champions ' League", "UEFA Cup", "Supercopa", "Copa Libertadores",
        "Miss World", "Miss Universe", "Sheffield Shield", "County Championship", "Red Stripe Cup", "Currie Cup", "Ranji Trophy",
        "Cup Winners' Cup", "European Championship", "European Championships", "World Championship", "World Championships",
        "Commonwealth Games", "Asian Games", "Pan American Games", "African Nations Cup", "Copa America", "Euro 96", "Euro 2000",
        "French Open", "Australian Open", "U.S. Open", "US Open", "British Open", "U.S. PGA Championship", "U.S. Masters",
        "Five Nations", "Tri-Nations", "Six Nations", "Super 12", "Grand National", "Kentucky Derby", "Melbourne Cup",
        "Prix de l'Arc de Triomphe", "Arc de Triomphe", "Gold Cup", "FA Cup", "League Cup", "Coca-Cola Cup", "Coppa Italia",
        "Copa del Rey", "Bundesliga", "Serie A", "Primera Liga", "Premier League", "NBA Finals", "All-Star Game", "Tour Championship",

        // History, politics and the calendar.
        "Cold War", "Gulf War", "Vietnam War", "Korean War", "World War One", "World War Two", "World War I", "World War II",
        "First World War", "Second World War", "Holocaust", "Ramadan", "Christmas", "Easter", "Nobel Peace Prize", "Nobel Prize",
        "Hajj", "Umrah", "Eid", "Eid al-Fitr", "Eid al-Adha", "Diwali", "Holi", "Passover", "Hanukkah", "Yom Kippur",
        "Rosh Hashanah", "Thanksgiving", "Lent", "Lunar New Year", "Chinese New Year", "Nowruz", "Oscars", "Academy Awards",
        "Pulitzer Prize", "Booker Prize",

        // Scriptures, named works as CoNLL-2003 leaves them (MISC, not a person).
        "Koran", "Quran", "Qur'an", "Bible", "Torah", "Talmud", "Old Testament", "New Testament",
    ], StringComparer.Ordinal);
}
