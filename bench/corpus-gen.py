#!/usr/bin/env python3
"""Writes a realistic synthetic news corpus of any size as JSON Lines, for the scale benchmarks (bench/million.sh).

Every story is an event (a flood, a vote, a strike, a court ruling, ...) in an invented town, with invented people,
organisations and figures. Each story has an original report by one outlet, wire copies syndicated word for word by
others (hours later, crediting the wire), rewrites that reorder, reword, cut and add to the original (and now and then
change a figure: a discrepancy), and follow-ups days later that repeat some quotes. Articles carry datelines, quotes
with named speakers, absolute and relative dates, and are 2-8 KB long like real news. The output is deterministic
for a given seed and size, so runs compare.

Usage: bench/corpus-gen.py N [--seed S] [--out FILE.jsonl] [--truth FILE.tsv]
  FILE.jsonl  one record per article: id, url, title, text, published, site, authors (stdout when omitted)
  FILE.tsv    article id, story id, kind (original, copy, rewrite, follow-up) and the article it derives from
"""
import argparse
import datetime as dt
import json
import random
import sys

SYLLABLES = ["ka", "lo", "mir", "ve", "dan", "sa", "tor", "el", "bri", "ny", "ost", "ra", "ven", "lu", "mar", "ko",
             "zel", "an", "tes", "ri", "gor", "ha", "lin", "do", "pra", "vi", "sk", "ne", "ber", "ul", "cha", "mo"]
GIVEN = ["Anna", "Marek", "Elena", "Tomas", "Irena", "Pavel", "Sofia", "Viktor", "Lena", "Oskar", "Maria", "Dario",
         "Nadia", "Felix", "Katya", "Boris", "Alma", "Ivo", "Petra", "Jonas", "Mila", "Radek", "Vera", "Emil"]
ROLES = ["the interior minister", "the mayor", "a government spokeswoman", "the union leader", "the chief judge",
         "the finance minister", "the regional governor", "the police chief", "the company's chief executive",
         "an opposition lawmaker", "the health minister", "a senior engineer"]
OUTLETS = ["dailyherald", "thecourier", "morningpost", "eveningstar", "newsline", "globaltimes", "citywire",
           "thetribune", "nationalreview", "regionalnews", "theobserver", "weeklyledger", "metrodaily", "coastgazette",
           "valleyvoice", "capitalreport", "frontpage", "thedispatch", "independentnews", "publicradio"]
WIRES = ["Continental Press", "Eastern Wire", "Global News Agency", "United Dispatch"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SYNONYMS = {"said": "stated", "officials": "authorities", "announced": "declared", "about": "roughly",
            "residents": "locals", "began": "started", "plan": "proposal", "help": "assistance", "people": "residents",
            "meeting": "talks", "expected": "set", "warned": "cautioned", "increase": "rise", "reported": "said",
            "town": "municipality", "damage": "destruction", "workers": "employees", "agreed": "consented"}

TOPICS = [
    ("flood", "{n} evacuated as {river} river floods {town}",
     ["Floodwater from the {river} river forced {n} people from their homes in {town} on {weekday}, officials said.",
      "Rescue teams used boats to reach {n2} residents cut off in the lower districts of {town}.",
      "The water level peaked at {m} metres overnight, the highest since {year}, according to {org}.",
      "Damage to roads and bridges was estimated at {money} million euros.",
      "Schools in {town} will stay closed until at least {later}."]),
    ("vote", "{org} approves {money} million budget after long debate in {town}",
     ["Lawmakers in {town} approved a budget of {money} million euros on {weekday} by {n2} votes to {n3}.",
      "The plan includes spending on hospitals, rail links and {n} new teaching posts.",
      "{org} said the vote ended a dispute that had lasted since {month} {year}.",
      "Opposition members walked out before the final reading, calling the process rushed.",
      "The budget takes effect on {later}, pending a review by the audit office."]),
    ("strike", "Workers at {org} strike over pay in {town}",
     ["About {n} workers at {org} in {town} walked off the job on {weekday} in a dispute over pay.",
      "The union is asking for a raise of {pct} percent, while management has offered {pct2} percent.",
      "Production at the plant, which employs {n2} people, came to a halt by midday.",
      "Talks between the two sides broke down on {weekday2} after {m} hours.",
      "A further meeting is planned for {later}, a union statement said."]),
    ("court", "Court in {town} rules against {org} in contract case",
     ["A court in {town} ruled on {weekday} that {org} broke a contract worth {money} million euros.",
      "The judges ordered the company to pay {n} thousand euros in damages within {m} weeks.",
      "The case was first brought in {month} {year} by a group of {n2} suppliers.",
      "Lawyers for {org} said they would study the ruling before deciding whether to appeal.",
      "An appeal must be filed by {later}."]),
    ("bridge", "Talks on reopening {town} bridge make progress",
     ["Ministers meeting in {town} on {weekday} agreed to work toward reopening the bridge over the {river} river.",
      "The crossing, used by {n} vehicles a day, has been closed since {month} {year}.",
      "Repairs are expected to cost {money} million euros and to take {m} months.",
      "{org} will draw up a plan for the works before {later}.",
      "Traders on both banks say the closure has cut their sales by {pct} percent."]),
    ("fire", "Wildfire near {town} forces {n} from homes",
     ["A wildfire burning near {town} forced {n} people to leave their homes on {weekday}.",
      "More than {n2} firefighters and {m} aircraft were fighting the blaze, {org} said.",
      "The fire has burned about {n3} hectares of forest since it started on {weekday2}.",
      "Strong winds were expected to ease by {later}, forecasters said.",
      "No deaths have been reported, but {m} firefighters were treated for smoke inhalation."]),
    ("health", "{org} reports rise in infections in {town}",
     ["Health officials in {town} reported {n} new infections on {weekday}, up {pct} percent from a week earlier.",
      "{org} said {n2} patients were being treated in hospital, {m} of them in intensive care.",
      "Vaccination centres will extend their opening hours from {later}.",
      "The outbreak was first detected in {month} {year} in a care home on the edge of {town}.",
      "Officials urged residents to avoid crowded places for the next {m} weeks."]),
    ("factory", "{org} to close {town} factory, cutting {n} jobs",
     ["{org} said on {weekday} it would close its factory in {town}, cutting {n} jobs.",
      "The plant has made parts for the car industry since {year} and was the town's largest employer.",
      "Production will wind down by {later}, with {n2} staff offered posts at other sites.",
      "The company blamed a {pct} percent fall in orders over the past {m} years.",
      "Local leaders said they would seek a buyer for the site."]),
]
QUOTES = ["We are doing everything we can to help the people affected", "This is a difficult day for the whole region",
          "Nobody should have to wait this long for an answer", "We expect the work to be finished on time",
          "The figures speak for themselves", "We will not accept a deal that leaves families worse off",
          "Our teams have been working around the clock", "It is too early to say what caused this",
          "We have asked for an independent review", "The decision was not taken lightly",
          "We are ready to return to the table at any moment", "This agreement shows what cooperation can achieve",
          "Safety comes first, whatever the cost", "We warned about this risk years ago"]
FILLER = ["Local media said the situation remained tense in the centre of {town}.",
          "Residents interviewed on {weekday} said they had been given little warning.",
          "The region has a population of about {n3} and relies on farming and tourism.",
          "Similar events in {year} led to a review of emergency procedures.",
          "Critics say the authorities were slow to act on earlier reports.",
          "The government is due to publish a full report by the end of {month2}.",
          "Officials declined to comment on the cost of the response so far.",
          "Observers from neighbouring countries were expected to arrive later in the week.",
          "The issue is likely to feature in the campaign for next year's elections.",
          "Analysts said the outcome could set a precedent for other towns in the region.",
          "A spokesman for {org} said more details would be released on {weekday2}.",
          "Traffic on the main road into {town} was diverted for several hours.",
          "Volunteers set up a collection point at the town hall on {weekday}.",
          "The agency said it had received more than {n2} calls since {weekday2}."]


SUBJECTS = ["Residents of {town}", "Shop owners near the square", "Teachers at the local school", "Farmers outside {town}",
            "Officials at {org}", "Members of the town council", "Volunteers from a church group", "Emergency crews",
            "Regional broadcasters", "Economists at a bank in the capital", "Opposition politicians", "Neighbours of the site",
            "Two local newspapers", "Engineers hired by {org}", "Parents of pupils", "A group of pensioners"]
VERBS = ["complained about", "asked for", "welcomed", "questioned", "raised concerns over", "warned of", "praised",
         "called for an inquiry into", "organised a meeting on", "published figures on", "described", "played down"]
OBJECTS = ["the slow response", "the cost of repairs", "the new timetable", "the lack of information", "the closure of {street}",
           "plans for {street}", "the state of the old {building}", "compensation for families", "the budget for {year2}",
           "the role of {org}", "delays at the {building}", "the safety record of the {building}", "a petition signed by {k} people"]
TAILS = ["on {weekday}", "in a statement", "at a public hearing", "in a letter to {person}", "during a radio interview",
         "on social media", "at a press conference in {town}", "before the meeting with {person}", "after talks with {org}",
         "in the {k}-page report", "for the {ordinal} time this year", "while the investigation continues"]
STREETS = ["Market Street", "the river road", "the northern bypass", "Station Road", "the old harbour", "Church Lane", "the ring road"]
BUILDINGS = ["town hall", "railway station", "hospital", "bus depot", "water works", "primary school", "power plant", "sports hall"]
ORDINALS = ["second", "third", "fourth", "fifth"]


def background(rng, story, when):
    """A context sentence specific to the story (its town, people, organisation, numbers), so stories share no sentences."""
    person = rng.choice(story.people)[0]
    values = dict(story.values, weekday=WEEKDAYS[when.weekday()], person=person, street=rng.choice(STREETS),
                  building=rng.choice(BUILDINGS), k=str(rng.randint(3, 9000)), year2=str(when.year + 1), ordinal=rng.choice(ORDINALS))
    sentence = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."
    return sentence.format(**values)


def word(rng, parts=2):
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


class Story:
    def __init__(self, rng, index):
        self.index = index
        self.topic, self.headline, self.facts = TOPICS[rng.randrange(len(TOPICS))]
        self.town = word(rng, rng.choice((2, 3)))
        self.river = word(rng, 2)
        self.org = f"{word(rng, 2)} {rng.choice(['Council', 'Agency', 'Group', 'Authority', 'Works', 'Institute'])}"
        self.date = dt.datetime(2023, 1, 1, 6) + dt.timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
        self.people = [(f"{rng.choice(GIVEN)} {word(rng, rng.choice((2, 3)))}", rng.choice(ROLES)) for _ in range(rng.randint(2, 4))]
        self.values = {
            "n": f"{rng.randint(2, 95) * 100:,}", "n2": str(rng.randint(12, 900)), "n3": f"{rng.randint(10, 400) * 1000:,}",
            "m": str(rng.randint(2, 14)), "money": str(rng.randint(3, 900)), "pct": str(rng.randint(3, 40)),
            "pct2": str(rng.randint(1, 3)), "year": str(rng.randint(1995, 2022)), "month": rng.choice(MONTHS),
            "month2": rng.choice(MONTHS), "weekday2": rng.choice(WEEKDAYS), "river": self.river, "town": self.town,
            "org": self.org,
        }
        self.quotes = [(rng.choice(QUOTES), person) for person in self.people for _ in range(rng.randint(1, 2))]
        self.wire = rng.choice(WIRES)

    def fill(self, template, when, values=None):
        values = dict(values or self.values)
        values["weekday"] = WEEKDAYS[when.weekday()]
        later = when + dt.timedelta(days=7 + self.index % 20)
        values["later"] = f"{MONTHS[later.month - 1]} {later.day}"
        return template.format(**values)


def quote_sentence(rng, quote, person, first):
    name, role = person
    surname = name.split()[1]
    if first:
        return rng.choice([f"\u201c{quote},\u201d said {name}, {role}.", f"\u201c{quote},\u201d {name}, {role}, told reporters.",
                           f"{name}, {role}, said: \u201c{quote}.\u201d"])
    return rng.choice([f"\u201c{quote},\u201d {surname} added.", f"{surname} said that {quote[0].lower() + quote[1:]}.",
                       f"\u201c{quote},\u201d {surname} said."])


def original_sentences(rng, story, when, target):
    """The story's original report: a lead, facts, quotes with their speakers introduced, and context, to ~target chars."""
    sentences = [story.fill(fact, when) for fact in story.facts]
    seen = set()
    quotes = []
    for quote, person in story.quotes:
        quotes.append(quote_sentence(rng, quote, person, person[0] not in seen))
        seen.add(person[0])
    body = sentences[:2] + quotes[:2] + sentences[2:] + quotes[2:]
    pad(rng, story, when, body, target, start=3)
    return body


def pad(rng, story, when, body, target, start):
    """Adds context sentences (a few generic ones, mostly story-specific ones) until the text reaches target characters."""
    generic = rng.sample(FILLER, 4)
    while sum(len(s) + 1 for s in body) < target:
        sentence = story.fill(generic.pop(), when) if generic and rng.random() < 0.15 else background(rng, story, when)
        body.insert(rng.randint(min(start, len(body)), len(body)), sentence)


def paragraphs(rng, sentences):
    out, current = [], []
    for sentence in sentences:
        current.append(sentence)
        if len(current) >= rng.randint(1, 3):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def dateline(story, when, credit=None):
    place = story.town.upper()
    return f"{place}, {MONTHS[when.month - 1]} {when.day}" + (f" ({credit})" if credit else "") + " \u2014 "


def reword(rng, sentence):
    words = sentence.split(" ")
    for i, w in enumerate(words):
        key = w.strip(".,;:").lower()
        if key in SYNONYMS and rng.random() < 0.6:
            words[i] = w.replace(key, SYNONYMS[key]) if w.islower() else w
    return " ".join(words)


def iso(when, offset_hours):
    return (when.strftime("%Y-%m-%dT%H:%M") + f"{'+' if offset_hours >= 0 else '-'}{abs(offset_hours):02d}:00")


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.count = 0

    def record(self, story, kind, outlet, when, title, text, parent, authors):
        self.count += 1
        rid = f"a{self.count:08d}"
        slug = "-".join(title.lower().split()[:6]).replace(",", "")
        return {"id": rid, "url": f"https://www.{outlet}.com/{when:%Y/%m/%d}/{slug}-{self.count}", "title": title, "text": text,
                "published": iso(when, story.index % 5 - 2), "site": f"{outlet}.com", "authors": authors}, (rid, f"s{story.index:07d}", kind, parent or "")

    def story(self, index):
        rng = self.rng
        story = Story(rng, index)
        outlets = rng.sample(OUTLETS, 12)
        when = story.date
        title = story.fill(story.headline, when).replace("the ", "", 1) if story.headline.startswith("{org}") else story.fill(story.headline, when)
        title = title[0].upper() + title[1:]
        target = rng.choice([2000, 2500, 3000, 3500, 4000, 5000, 6000, 7500])
        sentences = original_sentences(rng, story, when, target)
        byline = [f"{rng.choice(GIVEN)} {word(rng, 2)}"]
        text = dateline(story, when, story.wire) + "\n\n".join(paragraphs(rng, sentences))
        original, truth = self.record(story, "original", outlets[0], when, title, text, None, byline)
        yield original, truth
        parent = original["id"]
        # Wire copies: the same text word for word, hours later, under other mastheads.
        for copy in range(rng.choice([0, 1, 1, 2, 2, 3, 4, 6])):
            later = when + dt.timedelta(minutes=rng.randint(20, 600))
            yield self.record(story, "copy", outlets[1 + copy], later, title if rng.random() < 0.7 else title.upper()[:1] + title[1:], text, parent, [])
        # Rewrites: reordered, reworded, cut and extended; now and then a figure changes.
        for rewrite in range(rng.choice([0, 1, 1, 1, 2, 3])):
            later = when + dt.timedelta(minutes=rng.randint(60, 1800))
            kept = [reword(rng, s) for s in sentences if rng.random() < 0.75]
            head, tail = kept[:2], kept[2:]
            rng.shuffle(tail)
            own = [background(rng, story, later) for _ in range(4)]
            body = head + tail[: len(tail) // 2] + own + tail[len(tail) // 2:]
            if rng.random() < 0.25:
                body = [s.replace(story.values["n2"], str(int(story.values["n2"]) + rng.randint(1, 50)), 1) for s in body]
            new_title = f"{story.town}: " + reword(rng, title)
            yield self.record(story, "rewrite", outlets[7 + rewrite], later, new_title, dateline(story, later) + "\n\n".join(paragraphs(rng, body)), parent,
                              [f"{rng.choice(GIVEN)} {word(rng, 2)}"])
        # Follow-ups: days later, new developments and some of the same quotes.
        for follow in range(rng.choice([0, 0, 1, 1, 2])):
            later = when + dt.timedelta(days=rng.randint(1, 9), minutes=rng.randint(0, 600))
            facts = [story.fill(f, later) for f in story.facts[2:]]
            earlier = f"On {MONTHS[when.month - 1]} {when.day}, " + story.fill(story.facts[0], when)[0].lower() + story.fill(story.facts[0], when)[1:]
            quotes = [quote_sentence(rng, q, p, True) for q, p in story.quotes[:2]]
            body = facts + [earlier] + quotes
            pad(rng, story, later, body, rng.choice([2000, 2500, 3000, 4000]), start=2)
            yield self.record(story, "follow-up", outlets[10 + follow % 2], later, f"{story.town} update: " + story.fill(story.facts[-1], later)[:70].rstrip(" ,."),
                              dateline(story, later) + "\n\n".join(paragraphs(rng, body)), parent, [])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", type=int)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--out", default="-")
    parser.add_argument("--truth")
    args = parser.parse_args()
    generator = Generator(args.seed)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    truth = open(args.truth, "w", encoding="utf-8") if args.truth else None
    written = 0
    index = 0
    while written < args.articles:
        for record, row in generator.story(index):
            if written >= args.articles:
                break
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if truth:
                truth.write("\t".join(row) + "\n")
            written += 1
        index += 1
    if out is not sys.stdout:
        out.close()
    if truth:
        truth.close()


if __name__ == "__main__":
    main()
