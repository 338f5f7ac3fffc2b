"""The word tables attribution reads from: cue verbs and their inflections,
pronouns, titles, role nouns and first names with their usual gender.

Kept apart from the rules so that a new cue verb or title is one line here and
the rules stay about sentence shape. Everything is lowercase.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from quotes.extract import first_names
from quotes.names import GENERATION_ABBREVIATIONS

# Lemmas of verbs that introduce reported speech. Inflections are generated.
_CUE_LEMMAS = """
say tell add write ask continue note warn claim insist tweet post explain state declare argue
suggest remark reply respond answer acknowledge admit announce assert contend comment complain
concede confirm deny describe emphasize emphasise exclaim joke maintain observe predict recall
report reiterate repeat shout stress testify urge quip conclude counter mention muse vow promise
pledge boast lament retort allege estimate caution scoff charge proclaim recount speculate
wonder yell cry whisper call blast slam criticize criticise praise accuse dismiss label brand
characterize characterise dub threaten demand question reason agree disagree begin read
cite reference hail tout laud decry deride denounce condemn mock ridicule portray term chide scold rail
sing plead beg assure advise inform scream blame chant liken compare
riff fume surmise elaborate exhort interject opine sneer grumble concur posit clarify confide
recommend
""".split()

_IRREGULAR = {
    "say": ["says", "said", "saying"],
    "tell": ["tells", "told", "telling"],
    "write": ["writes", "wrote", "writing", "written"],
    "begin": ["begins", "began", "beginning", "begun"],
    "sing": ["sings", "sang", "singing", "sung"],
    "read": ["reads", "reading"],
}
_DOUBLE_FINAL = {"admit", "quip", "testify"}


def _inflect(lemma: str) -> list[str]:
    if lemma in _IRREGULAR:
        return [lemma, *_IRREGULAR[lemma]]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        stem = lemma[:-1]
        return [lemma, stem + "ies", stem + "ied", lemma + "ing"]
    if lemma in _DOUBLE_FINAL:
        return [lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    s = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s"
    return [lemma, s, lemma + "ed", lemma + "ing"]


CUE_FORMS: dict[str, str] = {form: lemma for lemma in _CUE_LEMMAS for form in _inflect(lemma)}
# "pointed out": the past only ("point" and "points" are nouns too)
CUE_FORMS["pointed"] = "point"

# Irregular past tenses that report speech with a particle after a quote: "shot back",
# "went on", "struck back", "cut in".
PHRASAL_PAST = {"shot", "went", "struck", "hit", "cut", "broke", "spoke", "chimed", "lashed"}
# Cues that only make their subject a speaker when a quote follows them closely
# ("Trump called Clinton 'crooked'"), not on their own.
WEAK_CUES = {
    "call",
    "liken",
    "compare",
    "describe",
    "label",
    "brand",
    "characterize",
    "characterise",
    "dub",
    "praise",
    "criticize",
    "criticise",
    "accuse",
    "dismiss",
    "question",
    "begin",
    "agree",
    "disagree",
    "reason",
    "continue",
    "cite",
    "reference",
    "hail",
    "tout",
    "laud",
    "decry",
    "deride",
    "denounce",
    "condemn",
    "mock",
    "ridicule",
    "portray",
    "term",
    "chide",
    "scold",
    "rail",
    "blame",
}

ADVERBS = set(
    """also reportedly previously later then once recently again further publicly privately repeatedly
    simply just still even already never often frequently initially first last finally subsequently
    earlier now allegedly apparently similarly famously openly has had have was were is are would
    will could did does do been being not quickly immediately angrily flatly bluntly""".split()
)

PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "we": "p", "i": "s"}

# Adjectives of a nation, party or faith: no person's name starts with one, but an
# organisation's may ("American Civil Liberties Union", "Canadian Medical Association").
NATIONAL_ADJECTIVES = set(
    """republican democratic american european african asian hispanic latino latina russian
    chinese mexican canadian british french german italian spanish iranian iraqi syrian israeli
    palestinian arab muslim christian catholic jewish evangelical korean japanese indian
    pakistani afghan cuban ukrainian""".split()
)
# Sentence-initial or otherwise capitalised words that never start a name.
NOT_NAMES = (
    set(
        """the a an he she it they we i you his her their its our my your this that these those there here
    when while but and or so if as at in on of for to by with from after before during since until
    however meanwhile still later earlier yesterday today tonight now then also yet although though
    because despite instead indeed asked speaking according last next monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september
    october november december sept jan feb mar apr aug oct nov dec not no yes one two both many some
    several another other such what who whom whose which where why how all each every mr mrs ms dr
    said says told added even just only under over than like unlike among between against about into
    through former late then- republicans democrat democrats americans gop q
    i'm i’m i've i’ve i'd i’d i'll i’ll""".split()
    )
    | NATIONAL_ADJECTIVES
)

# Words before a name that give a title: "Sen. Tim Kaine", "President Obama".
TITLE_ABBREVIATIONS = {
    "sen.": "senator",
    "sen": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "sgt.": "sergeant",
    "sec.": "secretary",
    "atty.": "attorney",
    "pres.": "president",
    "supt.": "superintendent",
    "dr.": "doctor",
    "rev.": "reverend",
    "amb.": "ambassador",
    "gov": "governor",
    "rep": "representative",
    "del.": "delegate",
    "prof.": "professor",
    "adm.": "admiral",
    "maj.": "major",
    "capt.": "captain",
    "cmdr.": "commander",
    # police and courts outside the US: "Const. Laura Brabant", "Det. Sgt. Mike Carbone"
    "const.": "constable",
    "cst.": "constable",
    "insp.": "inspector",
    "det.": "detective",
    "cpl.": "corporal",
    # city councils: "Coun. Ada Holm (Ward 3, Riverdale)", "Ald. Dana Kirk"
    "coun.": "councillor",
    "cllr.": "councillor",
    "ald.": "alderman",
}
# Not "Miss": "a former Miss Universe" is a title, not a woman's name.
HONORIFICS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}

# Nouns that name a role a person or an organisation speaks in.
PERSON_ROLES = set(
    """spokesman spokeswoman spokesperson president senator governor mayor nominee candidate congressman
    congresswoman representative chairman chairwoman chair ceo director secretary minister adviser
    advisor aide official officer strategist manager pollster analyst host anchor reporter journalist
    correspondent editor columnist author writer founder leader chief head attorney lawyer judge justice
    general commander ambassador economist professor expert scientist researcher surrogate consultant
    operative lawmaker legislator politician businessman businesswoman billionaire mogul activist
    organizer organiser voter supporter member speaker premier chancellor king queen prince pope
    lieutenant colonel sergeant deputy counsel investigator prosecutor sheriff commissioner superintendent
    executive president-elect vice-president veteran father mother wife husband son daughter narrator
    announcer moderator questioner doctor physician source friend resident witness protester protestor
    neighbor neighbour student teacher worker insider critic observer ally owner partner colleague
    relative delegate staffer employee woman man lady widow widower admiral major captain person
    people coach referee player teammate supervisor coordinator nurse engineer technician councillor
    councilman councilwoman alderman trustee principal lecturer scholar historian accountant
    architect designer developer contractor pilot driver farmer shopkeeper customer patient victim
    survivor suspect defendant plaintiff juror magistrate detective firefighter paramedic soldier
    campaigner volunteer tenant landlord grandmother grandfather sister brother cousin uncle aunt
    niece nephew fan athlete reverend mp mpp mla mna mep msp faculty
    constable inspector corporal
    front-runner frontrunner contender challenger incumbent neurosurgeon surgeon master emcee
    sociologist psychologist actor actress comedian donor agent citizen spectator pastor rabbi
    commentator pundit dad mom mum grandma grandpa
    priest bishop parent retiree commuter shopper pensioner""".split()
)
ORG_ROLES = set(
    """outlet agency newspaper daily paper network channel site website magazine publication
    broadcaster tabloid station campaign committee party company firm group organization
    organisation office department ministry government administration council commission union
    association institute foundation center centre fund bank court board team newsroom service
    bureau poll survey report study statement book article ruling memo letter lawsuit complaint clip
    ad video piece editorial document filing platform release transcript alliance coalition
    federation society university college league authority""".split()
)
# The last word of a company's name: "Halvorsen Foods Inc", "Merrow Chemical Co."
CORPORATE_SUFFIXES = {
    "inc",
    "co",
    "corp",
    "corporation",
    "ltd",
    "llc",
    "plc",
    "company",
    "holdings",
    "group",
    "systems",
    "technologies",
    "industries",
    "enterprises",
    "labs",
    # industries: "Sun Life Financial", "Teck Resources"
    "financial",
    "insurance",
    "pharmaceuticals",
    "airlines",
    "energy",
    "resources",
    "mining",
    "realty",
    "communications",
}
# The last word of a firm's name that makes it an organisation, though rarely the
# company a story is about ("an analyst at Birch Capital", "Jo Park of Beaumont Capital
# Markets"): so "the firm" finds it, but no "the company" or "she".
FIRM_SUFFIXES = set(
    """capital markets partners associates securities investments advisors advisers consulting
    management strategies analytics ventures""".split()
)
ROLE_SYNONYMS = {
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "chairwoman": "chairman",
    "chair": "chairman",
    "congresswoman": "congressman",
    "advisor": "adviser",
    "representative": "congressman",
    "organisation": "organization",
    "centre": "center",
    # "Justice Marion Keefe" of a court, then "the judge"
    "justice": "judge",
}
GENDERED_ROLES = {
    "spokesman": "m",
    "spokeswoman": "f",
    "congressman": "m",
    "congresswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "businessman": "m",
    "businesswoman": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "father": "m",
    "mother": "f",
    "wife": "f",
    "husband": "m",
    "son": "m",
    "daughter": "f",
    "lady": "f",
    "widow": "f",
    "widower": "m",
    "woman": "f",
    "man": "m",
}


# Cached: reading an article asks it of the same few hundred words tens of thousands of
# times, and the answer depends on the word tables alone (bounded, as the vocabulary is).
@lru_cache(maxsize=8192)
def role_key(word: str) -> str:
    """How a role word is looked up: "Sen." is "senator", "spokeswoman" is "spokesman"."""
    w = word.lower().strip(",")
    # the abbreviations keep their dot ("gen."): look them up before the dot goes
    w = TITLE_ABBREVIATIONS.get(w) or TITLE_ABBREVIATIONS.get(w.strip(".")) or w.strip(".")
    return ROLE_SYNONYMS.get(w, w)


# Words that make a capitalised name an organisation rather than a person.
ORG_WORDS = set(
    """news times post journal tribune herald daily weekly press network party committee campaign fund
    agency department ministry council commission university college institute foundation
    association center centre group inc corp company bank house senate congress court office
    administration government board union league club team reuters politico newsweek interfax cnn
    msnbc nbc abc cbs fox bbc npr ap afp breitbart verstka beast hill axios bloomberg guardian
    telegraph economist atlantic vox slate gallup rasmussen quinnipiac kremlin pentagon whitehouse
    republicans democrats gop dnc rnc fbi cia nsa state police army navy corporation media magazine
    review today monitor wire report caucus coalition alliance society federation organization
    organisation movement initiative project act chamber""".split()
)

# "Association of Flight Attendants", "Court of Appeals for the Sixth Circuit": one name
ORG_HEADS = set(
    """association department commission court office bureau council committee institute university
    federation union league society fund board agency coalition alliance center centre school college
    ministry organization organisation foundation appeals bank academy party caucus house
    conference chamber""".split()
)
# The last words of an organisation's name that no description ends with ("the Republican
# House" is one; "the Canadian Medical Association" is a name).
ORG_NAME_HEADS = ORG_HEADS - {"house", "caucus", "court", "school", "bank", "office", "center", "centre"}
ORG_LINKS = {"of", "for", "on", "the", "of the", "for the", "on the"}

# First names whose bearer is usually a man or a woman, so "she" can skip "Mike Pence",
# that the census table (quotes.extract.first_names) lacks or gives the other sex: names
# from outside the US and the public figures of the news ("Lindsey" Graham). Names worn
# by both (Terry, Kim, Pat, Jean) are left out: the article's own pronouns and titles
# decide those.
_MALE = """
christian jordan logan willie chris newt rand bernie barack jeb reince mitt dmitry dmitri
vladimir sergey sergei kirill vyacheslav boris alexei alexey mikhail igor viktor yuri oleg
andrei xi muhammad ali hassan abdul recep francois rahm rush john-paul beto elon rupert
jean-claude devin cory antonin gingrich len dale lindsey kanye maury kerr quincy donnie ira
mohamed sterling
françois stéphane sébastien étienne jérôme frédéric andré rené éric benoît gaétan réal luc yves
mathieu guillaume gilles michel normand sylvain alain maxime olivier philippe ghislain rémi
jean-françois jean-pierre jean-yves jean-marc jean-guy jean-luc jean-sébastien jean-philippe
noël joël raphaël michaël loïc josé jesús andrés ramón martín sebastián rubén raúl héctor óscar
iván joaquín tomás nicolás agustín matías joão gonçalo álvaro marcelo
""".split()
_FEMALE = """
kelly alexis kellyanne huma ivanka melania condoleezza kamala marine nicola jen megyn dana mika
omarosa jan tulsi gennifer ivana lynn leslie
karine sylvie manon maude lise ginette johanne mireille josée mélanie
stéphanie valérie véronique geneviève hélène céline émilie amélie élise mylène andrée thérèse
cécile gisèle françoise michèle renée chloé zoë anaïs léa marie-ève marie-claude marie-france
marie-josée marie-hélène marie-pier anne-marie maría lucía sofía mónica verónica inés rocío begoña
carmen pilar guadalupe soledad fernanda itziar graça conceição
""".split()


def _folded(name: str) -> str:
    """``name`` without its accents: "François" is also written "Francois"."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


# The census table first, then the hand-made lists above, which win where they disagree;
# an accented name of the lists stands for its unaccented spelling too (news from Quebec
# or Latin America is often typed without them), where the census has no other answer.
FIRST_NAME_GENDER: dict[str, str] = {n: "m" for n in first_names.MALE}
FIRST_NAME_GENDER.update({n: "f" for n in first_names.FEMALE})
FIRST_NAME_GENDER.update({n: "m" for n in _MALE})
FIRST_NAME_GENDER.update({n: "f" for n in _FEMALE})
FIRST_NAME_GENDER.update({_folded(n): "m" for n in _MALE if _folded(n) not in FIRST_NAME_GENDER})
FIRST_NAME_GENDER.update({_folded(n): "f" for n in _FEMALE if _folded(n) not in FIRST_NAME_GENDER})

# Nouns for what someone said: "Trump's statement", "in his remarks".
SPEECH_NOUNS = set(
    """statement statements remarks remark comments comment speech interview tweet tweets post words
    claim claims promise pledge vow answer response message letter op-ed assertion argument warning
    boast suggestion description accusation headline request appeal plea reply retort quip""".split()
)
# Nouns of somebody's own words, whose owner a possessive before them names ("Holm's
# remarks", 'her "fresh start" comments'): the speech nouns, a report's, an admission's and
# an aside's words
OWNED_WORDS = frozenset(SPEECH_NOUNS | {"report", "admission", "aside"})

# Nouns of what someone pledged or called for, and the word that opens what was pledged:
# "his promise to be \"neutral\"", "Holm's call for \"a total ban\"" (the quote is the
# promise, the call; not "his call to \"the ministry\"", a telephone call).
PLEDGE_NOUNS = {"promise": "to", "pledge": "to", "vow": "to", "call": "for", "plea": "for", "demand": "for"}

# Words that open a subordinate clause: its subject is not the sentence's.
SUBORDINATORS = {
    "although",
    "though",
    "while",
    "whereas",
    "when",
    "where",
    "because",
    "as",
    "if",
    "since",
    "after",
    "before",
    "once",
    "until",
}
CONJUNCTIONS = {"but", "and", "while", "whereas", "yet", "so", "although", "though", "as", "or"}
PREPOSITIONS = set(
    """about of with to for by against on at from in into over than like as under after before
    during since toward towards upon via among between including""".split()
)
# The articles: a noun follows them, so a verb's base form after one is a noun
ARTICLES = frozenset({"a", "an", "the"})
DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "one",
    "another",
    "some",
    "two",
    "three",
    "several",
    "many",
    "most",
    "other",
    "our",
}

# The last word of a venue's or a place's name ("Madison Square Garden", "Trump Tower", "Brill
# County", "Oakmere Valley"): a place, whatever first name it opens with. Not "Hall", "Park",
# nor the heads that are surnames too (SURNAME_PLACE_HEADS).
VENUE_HEADS = frozenset(
    """garden arena stadium coliseum auditorium plaza airport tower cathedral
    county township borough valley village creek avenue highway""".split()
)

# The heads of place names that are surnames too ("Kessock Lake" and "Ricki Lake", "Oak
# Street" and "Ava Street"): a place only with no known first name before it and not as
# its clause's subject (a person may be either; entities decides).
SURNAME_PLACE_HEADS = frozenset("lake street parish bay island town heights river".split())

# Places, so that "he said" never resolves to "West Virginia" and a place is never
# taken for a person. Multi-word places are matched as whole names.
PLACES = set(
    """
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
tennessee texas utah vermont virginia washington wisconsin wyoming new-hampshire new-jersey
new-mexico new-york north-carolina north-dakota rhode-island south-carolina south-dakota
west-virginia district-of-columbia america usa u.s. u.s.a. us united-states united-kingdom
britain great-britain england scotland wales ireland northern-ireland canada mexico cuba haiti
brazil argentina chile colombia venezuela peru bolivia ecuador uruguay paraguay guatemala
honduras nicaragua panama russia ukraine belarus poland germany france italy spain portugal
netherlands belgium switzerland austria sweden norway denmark finland iceland greece turkey
cyprus hungary romania bulgaria serbia croatia bosnia slovenia slovakia czech-republic estonia
latvia lithuania moldova armenia azerbaijan kazakhstan uzbekistan turkmenistan kyrgyzstan
tajikistan china japan korea north-korea south-korea taiwan mongolia vietnam cambodia laos
thailand burma myanmar malaysia singapore indonesia philippines india pakistan afghanistan
bangladesh nepal sri-lanka iran iraq syria lebanon israel palestine gaza jordan egypt libya
tunisia algeria morocco sudan south-sudan ethiopia somalia kenya uganda rwanda nigeria ghana
senegal mali niger chad congo angola zambia zimbabwe mozambique south-africa saudi-arabia yemen
oman qatar kuwait bahrain united-arab-emirates uae australia new-zealand europe asia africa
antarctica middle-east north-africa latin-america south-america central-america southeast-asia
west-bank crimea donbas kremlin moscow london paris berlin rome madrid beijing tokyo kyiv kiev
minsk warsaw brussels geneva vienna ankara tehran baghdad damascus beirut jerusalem cairo riyadh
doha dubai pyongyang seoul delhi new-delhi mumbai islamabad kabul hanoi manila jakarta sydney
toronto ottawa montreal vancouver havana caracas chicago boston philadelphia atlanta miami
houston dallas denver phoenix seattle detroit cleveland cincinnati columbus pittsburgh baltimore
milwaukee minneapolis charlotte orlando tampa nashville memphis louisville tulsa omaha
los-angeles san-francisco san-diego las-vegas new-orleans st.-louis st-louis kansas-city
salt-lake-city new-york-city brooklyn manhattan queens bronx harlem chelsea silicon-valley
wall-street capitol-hill hollywood midwest appalachia
ontario quebec british-columbia b.c. alberta saskatchewan manitoba nova-scotia new-brunswick
newfoundland newfoundland-and-labrador prince-edward-island p.e.i. yukon nunavut n.s. n.b. n.l. n.w.t.
northwest-territories
""".split()
)

# A name word behind an Arabic particle: "al-Mansouri", "el-Sisi", "bin-Salman".
PARTICLE_NAME = re.compile(r"(?:al|el|bin|ibn|abu|ben)-[A-Z]")

# A party and state tag after a politician's name: "R-Wis", "D-N.C.", "(R-Ohio)".
PARTY_TAG = re.compile(r"[RDI]-[A-Z][\w.\-]*$")

# Capitalised words naming groups of people, not one person: "African Americans".
GROUPS = set(
    """americans africans europeans asians hispanics latinos latinas muslims christians catholics
    protestants jews evangelicals mormons democrats republicans conservatives liberals progressives
    libertarians independents russians ukrainians chinese mexicans canadians iranians syrians
    israelis palestinians arabs germans french british britons italians koreans japanese indians
    pakistanis afghans iraqis cubans venezuelans brazilians turks kurds whites blacks millennials
    boomers""".split()
)


# -- tables of the speaker rules ------------------------------------------------------------

ROLES = PERSON_ROLES | ORG_ROLES
# Words a noun phrase or a name never runs over.
NP_STOP = PREPOSITIONS | CONJUNCTIONS | {"that", "who", "which", "when", "where", "whose", "if"}
# Words that open a clause of their own, whose subject is not the sentence's.
CLAUSE_STARTS = CONJUNCTIONS | SUBORDINATORS | {"then"}
CLAUSE_BREAKS = CLAUSE_STARTS | PREPOSITIONS | {"which", "who", "whom", "that"}
# First words of an appositive after a name: "Peskov, the Kremlin spokesman,".
APPOSITIVE_STARTS = {"a", "an", "the", "who", "which", "whose", "its", "his", "her", "their"}
# Words before a title that say its holder has it no more, or not yet: "former Sen. Dan
# Holt", "the late Mayor Ed Ng", "then-Gov. Ann Roy", "ex-Judge Ida Fry". Such a title is
# read on the quote of that mention only, never carried to the person's other quotes.
PAST_ROLE_MARKS = frozenset(
    """former ex then late retired outgoing onetime one-time erstwhile previous incoming future
    would-be""".split()
)
# Modifiers of a definite description that identify someone already met.
DESCRIPTIVE_MODIFIERS = {
    "former",
    "presidential",
    "vice-presidential",
    "outgoing",
    "incoming",
    "embattled",
    "retired",
}
# Heads of a speaker phrase that name a share of people, never one of them: "63 percent said".
SHARE_NOUNS = {"percent", "majority", "plurality", "minority"}
# Quantifiers that stand alone for people right before a speech verb, a noun phrase with
# no noun: '"...," another said', 'Some said ...', "Yet another tweeted,".
LONE_SPEAKERS = frozenset({"another", "others", "some", "many", "most", "both", "several", "one"})
# Participles that make "those" a set of people asked: "those surveyed said".
ASKED_PARTICIPLES = frozenset({"surveyed", "polled", "questioned", "interviewed", "asked", "sampled"})
# Nouns for a quote itself, in an appositive right after it: '"...," a phrase he repeated'.
QUOTE_NOUNS = {"phrase", "line", "remark", "refrain", "slogan", "expression", "sentiment", "quip", "words"}
PARTY_MEMBERS = {"democrat", "republican"}  # "the Oregon Democrat": capitalised, yet a role
# Their plurals, a group of speakers after a quantifier: "some Republicans said", "Many
# Democrats say"; never one person a description could resolve to.
PARTY_GROUPS = {"democrats", "republicans"}
# Words that count the members of such a group.
GROUP_COUNTS = {"some", "many", "most", "several", "both", "few", "other", "two", "three", "four", "five"}
# Before a past participle, a passive: "was widely ridiculed", "got called".
# The auxiliaries and modals that stand before a main verb ("has said", "would argue"): one
# list, what each rule's own set is taken from
AUXILIARIES = frozenset(
    "is was are were has have had do does did will would can could should may might must".split()
)
MODALS = frozenset("will would can could should may might must".split())
# The pronouns that open a relative clause set off after its noun ("the plan, which", "Ada
# Holm, who", "the board, whose members")
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})
PASSIVE_AUXILIARIES = {"is", "was", "are", "were", "be", "been", "being", "get", "got", "gets"}
COPULAS = {"is", "was", "are", "were", "be", "been"}
# Documents that speak for whoever put them out.
DOCUMENT_NOUNS = {
    "statement",
    "report",
    "document",
    "letter",
    "memo",
    "release",
    "filing",
    "complaint",
    "notice",
}
# Every document a quote can be read from ("From the email:", "a study from the institute
# said"): the attribution reads these as speakers, the resolver only DOCUMENT_NOUNS.
WRITTEN_SOURCES = DOCUMENT_NOUNS | set(
    """memorandum email e-mail study survey poll lawsuit ruling indictment affidavit transcript
    dossier audit note footnote summary playbook""".split()
)
# What carries someone's words without being their author: "put out a statement saying",
# "released an ad calling", "held up a sign reading" (the words are the subject's).
CARRIER_NOUNS = (
    SPEECH_NOUNS
    | WRITTEN_SOURCES
    | set(
        """ad ads advertisement commercial video article editorial column flyer mailer emails text
        sign banner poster placard""".split()
    )
)
# What shows words to passers-by, and is their source as written (PolNeAR's and the
# unseen corpora's gold): 'held a sign reading "..."', 'a chalk message that read "..."',
# 'a hat that says "..."'; not its holder. The verb forms that show them:
DISPLAY_NOUNS = set(
    """sign signs banner banners poster posters placard placards shirt shirts t-shirt t-shirts
    hat hats cap caps button buttons sticker stickers billboard billboards message messages
    bottle bottles""".split()
)
DISPLAY_CUES = {"reading", "read", "reads", "saying", "said", "says"}
# The -ing forms of seeing or hearing a work, that open a phrase whose object is a show or a
# text: 'Watching "Meet the Press," Ada Holm laughed'. Not holding or waving a sign ('Holding
# signs calling him "a loser," the protesters chanted'): a sign's words are its holders'.
PERCEIVING_PARTICIPLES = frozenset(
    "watching viewing seeing hearing listening reading playing screening".split()
)
# Verbs of coming upon words that someone else wrote: "Police found a note in her car,
# \"...\"", "Reporters obtained an email, \"...\"": the subject is no author of the words
# (not "received": 'Holm received the award, "I am humbled."' is hers).
FINDING_VERBS = frozenset(
    """found finds discovered discovers obtained obtains recovered recovers uncovered uncovers
    seized seizes spotted spots intercepted intercepts""".split()
)
# Verbs that put words out, in a document or a post: "released a statement saying", "put
# out", "held up a sign reading".
PUBLISHING_VERBS = set(
    """release released releases issue issued issues send sent sends put puts post posted posts
    publish published publishes write wrote writes written email emailed emails tweet tweeted
    tweets run ran runs air aired airs circulate circulated circulates file filed files unveil
    unveiled unveils launch launched launches pen penned pens revise revised revises draft
    drafted drafts blast blasted blasts hold held holds display displayed displays distribute
    distributed distributes""".split()
)
# Prepositions whose object a participle after it does not have as its subject: "posted a
# message on Twitter reading", "wrote a letter to the attorney general asking".
CARRIER_PREPOSITIONS = {"to", "on", "into", "onto", "at", "via"}
# Opening a sentence before a comma: "Meanwhile, ..." (the subject comes after it).
SENTENCE_ADVERBS = set(
    """meanwhile however still later earlier yesterday today tonight now then also instead indeed yet
    separately moreover furthermore nonetheless nevertheless again afterward afterwards first second
    third finally next besides sure overall eventually ultimately thus plus somewhere here there""".split()
)
# Closed-class words that open a sentence and never a name: prepositions, numbers, discourse
# markers ("Besides, ...", "Within hours", "Seven years earlier", "Sure, ...", "Given that").
OPENER_WORDS = set(
    """besides within without beyond below above across amid amidst despite given per toward towards
    upon inside outside throughout including regarding concerning beneath behind beside
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    hundreds thousand thousands million millions dozens couple half
    sure maybe perhaps whatever whoever therefore moreover thus hence otherwise anyway certainly
    surely good well okay ok yes no so rather nor neither either once whether likewise similarly
    additionally furthermore
    """.split()
)
# The words of a time phrase: "on Tuesday", "in 2011", "last week", "earlier this month".
TIME_WORDS = set(
    """on in at during last this next earlier later early late past the a week weeks month hours
    minutes moments decades ago
    months year years night morning afternoon evening weekend day days monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september
    october november december jan feb aug sept oct nov dec""".split()
)
# Nouns that take a plural verb with no -s of their own: "Holm's people say", "Sanders's staff
# say" (a verb after them, not a noun that a possessive owns).
UNMARKED_PLURALS = frozenset("people staff children men women police team crew family personnel".split())
# Holidays, named as days are: "by Thanksgiving", "before Christmas" (a time, no name).
HOLIDAYS = frozenset("christmas thanksgiving easter hanukkah halloween passover ramadan".split())
# Nouns of a time a deadline names, beyond TIME_WORDS: "by the deadline", "by the end of May".
DEADLINE_NOUNS = frozenset({"deadline", "end", "time", "close", "start"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "i", "it", "they", "we"})
# The prepositions of a phrase of place or time inside a sentence: between a subject and its
# verb ("Obama at the time said", words.placed_end) or a speech noun and its "that"
# ("his statement on Wednesday that", rules.Owner).
PLACING = frozenset({"in", "at", "during", "on"})
# The first word of a phrase of time or place: PLACING and the words that start a time
# phrase with no preposition ("last week", "earlier this month", "after the debate"): one
# set for entities and subjects, which both step over such a phrase when it opens a sentence
# with no comma before its subject ("On Thursday evening Hillary Clinton delivered", "At one
# point the crowd chanted"); rules.Owner uses a part of it.
TIME_OPENERS = PLACING | {"after", "before", "last", "early", "late", "earlier", "later", "this"}
# Prepositions after the head of a speaker phrase: "a narrator in the Clinton ad".
PHRASE_PREPOSITIONS = {"in", "at", "from", "with", "on", "for"}
# Prepositions whose object is whom a thing is addressed to or about, never who wrote it:
# "A letter to Senator Ann Vale said", "An ad about X says", "The case against X shows"
# (not "from", "by", "of", "for": "a statement from X", "a spokesman for X" speak for X)
OBJECT_PREPOSITIONS = frozenset({"to", "about", "against", "toward", "towards", "over", "into", "upon"})
# "to her," before a quote; "his remark that", "its statement that": the owner of the words
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "his": "he", "its": "it", "their": "they"}
# the emphatic pronouns and the sex each names ("Ruiz himself", "The governor herself")
EMPHATIC_PRONOUNS = {"himself": "m", "herself": "f"}
# the sex a possessive pronoun gives its owner ("His wife, Ellen": the man named last)
POSSESSIVE_GENDERS = {"his": "m", "her": "f"}
# A person's relatives, named for that person's sake: "Morris's wife, Ellen", "His son, Leo,"
KIN_NOUNS = frozenset(
    """wife husband son daughter father mother brother sister widow widower grandson granddaughter
    grandmother grandfather partner fiancé fiancée stepson stepdaughter""".split()
)
# the closest of them (parents, spouses, children): a name given only as one of these is no
# source of its own until it speaks ("His son, Leo, is five")
CLOSE_KIN = frozenset("father mother wife husband son daughter".split())


# Heads whose "of" names the person or body they serve, not what their title is of: "the
# Mother of Tom Weller", "the Spokesman of Premier X", "the Office of Minister X"
RELATIONAL_HEADS = frozenset(
    KIN_NOUNS
    | {"parent", "relative", "colleague", "ally", "fan", "supporter", "member", "aide", "niece", "nephew"}
    | {"spokesman", "spokeswoman", "spokesperson", "lawyer", "adviser", "advisor", "office", "cousin"}
)
# Role words that are no person's title after a title's "of": a portfolio ("Minister of
# Justice"), an adjective ("the Leader of the Official Opposition")
NOT_PERSONS_TITLES = frozenset({"justice", "official"})
# First words of places' and firms' names that a first name may follow: "Port Hope", "Saint
# John", "St. Albert", "Sir John Franklin School" (the name is the place's, not a person's)
PLACE_PREFIXES = frozenset(
    """saint st st. sainte ste ste. port mount mt mt. fort san santa los las new north south east
    west lake sir grand upper lower""".split()
)


# -- tables of the kind of a quote ------------------------------------------------------

TITLE_CUES = set(
    """book books film movie show song album titled entitled title column article headline series
    documentary play novel program programme podcast memoir hashtag slogan nickname nicknamed dubbed
    broadcast commentary op-ed editorial drama sitcom""".split()
)
# Nouns before a quote that make it somebody's saying, not a work's title: 'ran on the slogan
# "Experience Counts"', 'the party's motto, "Axe the tax"' (TITLE_CUES lists "slogan" too:
# kind.decide tries these first). Not a nickname: what fans or locals call a thing is no one's
# statement.
SAYING_NOUNS = set("""slogan slogans motto mottos catchphrase catchphrases mantra mantras dictum""".split())
# Nouns that introduce words as words somebody uses, right after an article or "this", "that":
# 'the phrase "tax reform" was uttered once', 'the word "birther"' (not 'in his term "reform"')
WORD_NOUNS = frozenset({"phrase", "word", "term", "expression"})
# Nouns before a quote in title case that make it a title: 'the agency's 2019 report, "Holding
# the Line"'; before other words they introduce what the report says.
WORK_NOUNS = {
    "report",
    "study",
    "paper",
    "essay",
    "poem",
    "exhibition",
    "musical",
    "opera",
    "bill",
    "act",
} | {
    "ad",
    "spot",
    "video",
    "autobiography",
    "biography",
    "thriller",
    "comedy",
    "anthem",
    "sequel",
    "newsletter",
}
# Verbs of an attitude that put words in their subject's mouth before "as": 'brushed off her
# remarks as "just venting"', 'referred to him as a "reformer"' (every inflection; the phrasal
# ones by their verb: "brushed off", "shrugged off")
ATTITUDE_VERBS: dict[str, str] = {
    form: lemma
    for lemma in """refer describe dismiss brush shrug wave laugh write frame cast paint portray
    characterize characterise label brand deride mock denounce condemn criticize criticise slam
    blast hail tout praise pitch bill defend reject""".split()
    for form in _inflect(lemma)
}
# (_inflect does not double a final consonant)
ATTITUDE_VERBS |= {"referred": "refer", "referring": "refer", "slammed": "slam", "slamming": "slam"}
ATTITUDE_VERBS |= {"shrugged": "shrug", "shrugging": "shrug"}
# Verbs whose object in title case is a work: 'CBS renewed "Hawaii Five-0"', 'who proceeded to
# perform "Bridge Over Troubled Water"' (not "read" nor "sing": 'a sign that read "Fascist
# Trump"', 'singing "It's Our Time"' are words said)
WORK_VERBS = {
    form
    for lemma in """perform publish republish release stream air broadcast renew cancel premiere
    direct produce record reissue""".split()
    for form in _inflect(lemma)
} | {"cancelled", "cancelling"}
# Nouns of what a crowd shouts, before "of" and the words: 'chants of "Lock her up!"', 'calls of
# "Feel the Bern"' (and "chants to": 'the chants to "build the wall"')
CHANT_NOUNS = set("""chant chants cry cries shout shouts chorus cheers refrain roar calls""".split())
# Nouns that name a work or an event when they follow its quoted title: '"Morning Joe" show'.
TITLE_NOUNS = set("""show program programme series documentary podcast broadcast special forum""".split())
# ... and in the plural, after a title in title case only: '"Sunday Night Baseball" broadcasts'
# (not 'vowed to end "wasteful" programs')
TITLE_PLURALS = frozenset({"shows", "programs", "programmes", "broadcasts", "podcasts", "documentaries"})
# Nouns of a guest's time on the air, before "with", "on" or "to" and a title-case quote: 'in
# an interview with "Fox News Sunday"', 'an appearance Friday on "CBS This Morning"'
ON_AIR_NOUNS = frozenset({"interview", "interviews", "appearance", "appearances", "segment", "call-in"})
# Nouns of the people of a work after its title: '"Broad City" star Arturo Castro', 'the "Today"
# anchor' (not after words that end on a comma: '"It was great," host Ada Holm said')
CREDIT_NOUNS = {"star", "stars", "actor", "actress", "anchor", "host", "co-host", "creator", "producer"}


# -- tables of the names and entities ------------------------------------------------------

# Small words inside a name: "Bill de Blasio", "Mohammed bin Salman".
# (also what the entity reader scans for between capitalised words: see entities._RUN_TOKEN)
NAME_PARTICLES = set("de van von der den bin al la du del della da dos das le di ter".split())
# Words of a title before a name ("Vice President", "Mr."): the person roles but those
# that are seldom a title, and the titles' other words.
TITLE_WORDS = {w for w in PERSON_ROLES if w not in {"member", "voter", "supporter", "father", "mother"}} | {
    "vice",
    "foreign",
    "deputy",
    "former",
    "first",
    "lady",
    *HONORIFICS,
    *TITLE_ABBREVIATIONS,
}
FUNCTION_WORDS = PREPOSITIONS | DETERMINERS | CONJUNCTIONS | {"is", "are", "was", "be", "not"}
# Lower-case words of a headline in title case: "Clinton Leads Trump in Ohio".
HEADING_SMALL_WORDS = FUNCTION_WORDS | {"if", "vs", "vs.", "than", "amid", "after", "over", "into"}
CLAUSE_OPENERS = CONJUNCTIONS | PREPOSITIONS | SUBORDINATORS
# A person's team, an organisation of its own: "the Clinton campaign".
TEAM_NOUNS = {"campaign", "administration", "team", "camp", "foundation", "government"}
# Outlets whose name is "The" and one word that is also a surname or a common word.
THE_OUTLETS = {"hill", "atlantic", "economist", "intercept", "spectator", "onion"}
# Before a name, a place: "in Chelsea", "from Tulsa" (never a sentence's subject).
PLACE_PREPOSITIONS = {"in", "near", "outside", "across"}
# The determiners of an owner: "its chief executive", "his spokesman", "their lawyer".
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "my", "our", "your"})
# ... of the third person ("his", "her", "its", "their"), and of a person ("its" a thing's)
THIRD_PERSON_POSSESSIVES = frozenset(POSSESSIVE_DETERMINERS & OBJECT_PRONOUNS.keys())
PERSON_POSSESSIVES = frozenset(THIRD_PERSON_POSSESSIVES - {"its"})
# The possessive pronouns that stand alone and the sex each names: "the choice was hers"
STANDALONE_POSSESSIVES = {"his": "m", "hers": "f"}
# The sexes a pronoun may name (not a thing's, a group's, the speaker's own)
_SEXES = frozenset(POSSESSIVE_GENDERS.values())
# The subject pronouns that give a sex ("he", "she"), and every pronoun that does: "him",
# "his", "himself", "hers"
GENDERED_SUBJECTS = frozenset(p for p, sex in PRONOUNS.items() if sex in _SEXES)
GENDERED_PRONOUNS = frozenset(
    GENDERED_SUBJECTS
    | {o for o, subject in OBJECT_PRONOUNS.items() if subject in GENDERED_SUBJECTS}
    | {p for p, sex in EMPHATIC_PRONOUNS.items() if sex in _SEXES}
    | {p for p, sex in STANDALONE_POSSESSIVES.items() if sex in _SEXES}
)
# The object pronouns of a person ("to him," "urged them"): OBJECT_PRONOUNS's forms of a
# person's subject pronoun (not "it"), each the form that is no possessive determiner ("him",
# not "his"), or the only form its subject has ("her", object and possessive both)
PERSON_OBJECTS = frozenset(
    o
    for o, subject in OBJECT_PRONOUNS.items()
    if PRONOUNS[subject] != "n"
    and (o not in POSSESSIVE_DETERMINERS or list(OBJECT_PRONOUNS.values()).count(subject) == 1)
)
# What the reporter calls a company already met: "the company said".
COMPANY_NOUNS = {"company", "firm"}
# The abbreviated last words of a name, whose dot ends no sentence: "Ed Vale Jr.", "Corkum
# Seafoods Ltd." (not "Group." or "Energy.", which can end one).
NAME_FINAL_ABBREVIATIONS = frozenset("inc co corp ltd".split()) | GENERATION_ABBREVIATIONS
# The head of an appositive that makes a name a company: "Kestrel Cloud, the infrastructure
# provider", "Halvor, the Oslo-based shipbuilder" (not "maker", "operator", "miner": people too)
BUSINESS_NOUNS = frozenset(
    """company firm provider retailer startup start-up insurer lender manufacturer automaker carmaker
    drugmaker chipmaker shipbuilder conglomerate airline utility supplier distributor wholesaler
    refiner subsidiary corporation multinational""".split()
)
# Abbreviations whose dot ends no sentence: titles, honorifics, months, "Inc.", "No.".
NON_FINAL_ABBREVIATIONS = (
    {a.rstrip(".") for a in (*TITLE_ABBREVIATIONS, *HONORIFICS)}
    | NAME_FINAL_ABBREVIATIONS
    | set("""st jan feb mar apr aug sept sep oct nov dec no vs etc mt ft""".split())
)
# Abbreviations that keep their dot as words: "Sen.", "Mr.".
DOTTED_ABBREVIATIONS = {a for a in (*TITLE_ABBREVIATIONS, *HONORIFICS) if a.endswith(".")}

# -- more tables of the speaker rules ---------------------------------------------------------

PERSONAL_PRONOUNS = frozenset({"i", "he", "she", "we", "they"})
# The cue verbs that open a sentence in the inverted order: "Said Ellis: ...".
INVERTED_CUES = {
    "Said",
    "Says",
    "Added",
    "Asked",
    "Wrote",
    "Explained",
    "Stated",
    "Noted",
    "Replied",
    "Tweeted",
}
# Speech verbs that take no object, so that a noun phrase right after them, next to the
# quote, is their subject ('"...," said the investor'); not "described the impact".
INVERTING_CUES = frozenset(
    """said says added adds asked asks wrote writes explained explains continued continues recalled
    recalls noted notes observed replied replies responded answered quipped joked insisted argued
    countered conceded admitted warned declared tweeted posted exclaimed shouted yelled chanted
    cried complained offered""".split()
)
# Asides of time between a name and its verb: "McConnell, now the majority leader, said".
TIME_ASIDES = {"now", "then", "once", "still", "formerly"}
# Words before a quote that say it is the title of a work: 'the report titled "..."'.
NAMING_WORDS = {"titled", "entitled", "title", "headlined"}

# Derived sets asked inside tests at every word: built once here (not a union or a
# difference made anew at each word).
PREPOSITIONS_BUT_AS = frozenset(PREPOSITIONS - {"as"})  # "As" opens a clause too
SPOKEN_SOURCES = frozenset(SPEECH_NOUNS | WRITTEN_SOURCES)  # "the statement", "the report"
# Endings of adjectives ("the bespectacled, 71-year-old diplomat", "a tireless organiser").
ADJECTIVE_ENDINGS = ("ive", "ed", "est", "ous", "ful", "ent", "ant", "ic")
