"""Resolution: from the words a rule found (a name, "he", "the Kremlin spokesman") to
the canonical name of the entity they refer to, through the article's
:class:`~quotes.extract.entities.Entities`, or to nobody. It never guesses across a
gender or number mismatch, nor gives a definite description ("the Florida senator") to a
person whom the article's own words contradict it for; an ambiguous surname stays a surname.
"""

from __future__ import annotations

import re
from functools import cached_property

from quotes.extract.document import Document
from quotes.extract.entities import Entities, Entity, NameMention
from quotes.extract.lexicon import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_BREAKS,
    CLOSE_KIN,
    COMPANY_NOUNS,
    CUE_FORMS,
    DESCRIPTIVE_MODIFIERS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    EMPHATIC_PRONOUNS,
    GENDERED_PRONOUNS,
    GENDERED_ROLES,
    GENDERED_SUBJECTS,
    INVERTING_CUES,
    MODALS,
    NATIONAL_ADJECTIVES,
    OBJECT_PREPOSITIONS,
    OBJECT_PRONOUNS,
    ORG_HEADS,
    ORG_ROLES,
    ORG_WORDS,
    PARTY_MEMBERS,
    PARTY_TAG,
    PERSON_POSSESSIVES,
    PERSON_ROLES,
    PHRASE_PREPOSITIONS,
    PLACES,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_GENDERS,
    PREPOSITIONS,
    PRONOUNS,
    ROLES,
    SHARE_NOUNS,
    SPEECH_NOUNS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    TITLE_ABBREVIATIONS,
    role_key,
)
from quotes.extract.words import Words, alternation, role_head

# The words between a document and who put it out: "a statement from (the) X", "a report by X".
_FROM_ISSUER = re.compile(r"\s(?:from|by)\s+(?:the\s+)?$", re.IGNORECASE)
_ISSUED = re.compile(
    r"\b(?:issued|issuing|released|releasing|published|posted|put out|sent|sent out|sending|filed|"
    r"circulated|provided|wrote|authored|penned)\s+$"
)
# "he" or "she" as a word: \b(?:[Hh]e|[Ss]he)\b, written to open with its first letter
# (then a look-behind for the word boundary before it) because a pattern that opens with a
# character class is scanned for that class alone, over twice as fast on a whole article.
# "Goodlatte and Chairman Trey Gowdy": a name joined to the one after it
_JOINED = re.compile(r"\s+and\s")
_SUBJECT_PRONOUN = re.compile(r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])e|(?<=[Ss])he)\b")
# Speech verbs whose object clause is what their subject said ("She said, if elected,
# she would ask ..."), and the conjunctions a sentence may open with before that subject.
REPORTING_CUES = frozenset(
    "say tell add write note explain argue insist claim suggest reply respond acknowledge "
    "admit state declare warn predict recall stress".split()
)
# a name of two capital letters, dotted or not ("US", "U.N."): initials of a place or a body
_INITIALS = re.compile(r"[A-Z]\.?[A-Z]\.?")
_LEAD_CONJUNCTIONS = frozenset({"and", "but", "yet", "so"})
_NEW_CLAUSE = frozenset({"and", "but", "which"})
# What opens the clause a speech verb reports: "says he feels", "said that ..."
_CLAUSE_SUBJECTS = frozenset({"that", "he", "she", "they", "it", "i", "we"})
# Words that open a clause of its own after a name, whose "he" or "she" is the subject the
# quote belongs to ("Cruz is ... and he has long used ...", "Comey decided ... even though
# he found ..."). Not "that" nor a speech verb: their clause is what the name said, and the
# name is the source ("Rubio says he feels he did ..."). (Not lexicon.CLAUSE_OPENERS, every
# conjunction, preposition and subordinator: a name's clause goes on past most of them.)
_OWN_CLAUSE_OPENERS = frozenset("and but although though as while yet whereas because".split())


# The heads of a description that names an organisation by the words of its name:
# "the health authority", "the transit agency", "the teachers' union"
_ORG_DESCRIPTION_HEADS = frozenset(
    ORG_HEADS | {"authority", "agency", "company", "firm", "utility", "regulator", "ministry", "department"}
)
# After a description, the name it is known by: ", who gave only her first name, Marta",
# ", identified only as Dana", ", who asked to be identified by his first name, Ivo"
_NAMED_ONLY = re.compile(
    r",\s+(?:who\s+(?:gave|would give|would only give|asked to be identified)\s+(?:only\s+)?"
    r"(?:by\s+)?(?:"
    + alternation(PERSON_POSSESSIVES)
    + r")\s+first\s+name(?:\s+only)?|identified\s+only\s+as|"
    r"(?:who\s+)?gave\s+(?:"
    + alternation(PERSON_POSSESSIVES)
    + r")\s+name\s+(?:only\s+)?as),?\s+([A-Z][\w'’\-]+)\b"
)
_GENERIC_ORG_HEADS = frozenset({"authority", "agency", "company", "firm", "organization", "organisation"})
# Documents besides DOCUMENT_NOUNS that "the ..." refers back to: "sent a fundraising email ...
# '...,' the email said", "released an ad ... The ad says"
_ANAPHORIC_DOCUMENTS = frozenset(
    {"email", "e-mail", "ad", "editorial", "lawsuit", "memorandum", "website", "book", "memoir", "study"}
)
# The documents "the book", "the report" ... may refer back to under another noun: "Mariano
# wrote a memoir ... the book said", "a study by the institute ... the report found"
_KIN_DOCUMENTS = {
    "book": ("book", "memoir", "autobiography", "biography"),
    "memoir": ("memoir", "book", "autobiography"),
    "report": ("report", "study", "analysis", "audit"),
    "study": ("study", "report", "analysis"),
    "memo": ("memo", "memorandum"),
    "memorandum": ("memorandum", "memo"),
}
# How far back "the statement" looks for the statement it refers to: its paragraph and two before
_ANTECEDENT_PARAGRAPHS = 2
# After a document, who put it out: "a statement issued by the Sanders campaign", "an email
# from the club's director, Jeremy Boreing"
_BY_ISSUER = re.compile(
    r"\s+(?:(?:issued|released|sent|written|signed|posted|published|filed|put out)\s+)?"
    r"(?:by|from)\s+(?:the\s+)?"
)
# The words before the subject of the clause after "In a statement,": a space, "the"
_SUBJECT_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?")
# Before a document, its issuer's speech: "Fox News said in a statement", "X wrote in a letter"
_SAID_IN = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:said|says|wrote|writes|added|announced|stated)\s+in\s+$")
_CONTEST_ROLES = frozenset("front-runner frontrunner contender challenger incumbent".split())
# the verb after a name that closes an appositive: "His son, Leo, said ...", "His
# daughter, Ivy, who spoke ..."; a speech verb, or one of speaking that is no cue of a quote
_VERB_AFTER_APPOSITIVE = re.compile(r",\s+(?:who\s+)?(?:[a-z]+ly\s+)?([a-z]+)")
_SPEAKING = frozenset({"spoke", "speaks", "talked", "talks"})
# a transcript turn's tag, "Bill Vale: " or "BILL VALE: ", opening a paragraph
_TURN_NAME = re.compile(r"\s*((?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w.'’-]+):\s")
# the tags of an interview's answers and questions: "A: I told her ...", "Q: You said ..."
_ANSWER_TAG = re.compile(r"\s*(?:A|Answer|ANSWER):\s")
_QUESTION_TAG = re.compile(r"\s*(?:Q|Question|QUESTION):\s")
# an age in a definite description: "the 28-year-old winger", "the 61-year-old"
_AGE = re.compile(r"\d+-year-old$")
# "Her father, " before a name: the relative's owner, by a pronoun that gives the owner's sex
_KIN_OWNER = re.compile(r"\b([Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(CLOSE_KIN)) + r"),\s*$")
# the determiners of someone new: "a/an", and "one" of an unnamed source ("one longtime adviser")
_INDEFINITE = frozenset({"a", "an", "another", "one"})
# An organisation's own nouns (a body, not what a body puts out: "report", "article"): the
# capitalised words before one qualify it ("the P.E.I. government", "the NDP government")
_BODY_HEADS = frozenset((ORG_ROLES & ORG_WORDS) - DOCUMENT_NOUNS)
# A capitalised modifier that is an acronym, dotted or not: "P.E.I.", "NDP", "U.K."
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,5}")
# Someone the article describes and does not name, whom a "he" or "she" after may mean: "A
# 29-year-old Berlin woman ... received", '"...," said the woman', "my father often said". After
# "a", "an" ..., any noun of one sex; after "the" only a woman or a man ("the New York
# businessman", "the first lady" are someone named before), after "my" a parent.
_HUMAN_NOUNS = {
    **GENDERED_ROLES,
    "girl": "f",
    "boy": "m",
    "gentleman": "m",
    "grandmother": "f",
    "grandfather": "m",
}
_DESCRIBED_AFTER = {
    "the": frozenset({"woman", "man", "girl", "boy"}),
    "my": frozenset({"mother", "father", "grandmother", "grandfather"}),
}
# what may stand between a name and its speech verb: "Obama had told", "Ross has also said"
_REPORTING_AUXILIARIES = (AUXILIARIES - {"are", "were", "do"} - (MODALS - {"would", "will"})) | {
    "also",
    "then",
    "later",
    "once",
}
_DESCRIPTION_STOPS = frozenset({"who", "that", "which", "and", "or", "but", "of"})
# a "who" clause in commas right after a description, and the pronouns in it that give its sex
_WHO_CLAUSE = re.compile(r",\s+who\s+([^,.;:]{1,120}),")
# (only the first subject of what the described person says, "who said she feared", "who
# told reporters that he", or a "his"/"her" that owns a name, "who asked that her name not
# be used": a pronoun deeper in ("who asked whether she would resign") or an object ("who
# asked her about it") may be someone else)
_SAYS_PRONOUN = re.compile(
    r"\s*(?:said|says|told\s+\w+)\s+(?:that\s+)?(" + alternation(GENDERED_SUBJECTS) + r")\b"
)
_OWN_NAME = re.compile(
    r"\b(" + alternation(POSSESSIVE_GENDERS) + r")\s+(?:full\s+|last\s+)?(?:name|identity)\b", re.I
)
_GENDERED = re.compile(r"\b(?:" + alternation(GENDERED_PRONOUNS) + r")\b", re.I)
# Offices a person holds one of at a time, as a definite description's head: "the former
# president" is not the person the article calls a governor and never a president. "lady"
# (the head of "first lady") is a position rather than an office, but it rules the others out
# the same way: "the former president" is not the person the article makes first lady.
_OFFICES = frozenset("president senator governor mayor congressman congresswoman premier judge lady".split())
# what a party tag or an initialism stands for: "(R-Fla.)", "the GOP nominee"
_PARTY_LETTERS = {"r": "republican", "d": "democratic", "i": "independent", "gop": "republican"}
# how far around a mention of a person its own descriptors lie: "Florida Sen. Marco Rubio",
# "Sen. Ada Holm of Florida", "Marco Rubio (R-Fla.)"
_DESCRIPTOR_REACH = 50
_NATIONALITIES = NATIONAL_ADJECTIVES - {"republican", "democratic"}
_WORD = re.compile(r"[A-Za-z][A-Za-z.'’-]*")
_TAG_COMMA = re.compile(r",\s+")


# a phrase in commas that opens a sentence before its subject: "In her opinion, "
_OPENING = r"[A-Z][^,.;:\"“”]{0,60},\s+"
_OPENING_PHRASE = re.compile(r"\s*" + _OPENING)
# words that make a title someone else's, or the person someone other than its bearer now
_RELATIONAL = frozenset(
    "rival rivals opponent opponents critic critics predecessor successor former ex late then"
    " but and yet still however also meanwhile".split()
)
# speech verbs that introduce a speaker without setting them against another
_NEUTRAL_SAYING = frozenset("said says told tells wrote writes added adds explained noted stated".split())


# a relative clause about a person: "..., who called him a liar"
_WHO = re.compile(r"\b(?:who|whom)\b")
# an introduction's words for someone who answers unnamed
_UNNAMED = re.compile(
    r"\b(?:asked not to be (?:named|identified)|(?:on|under) condition of anonymity|declined to be named)\b"
)
# the words before a name that are its title alone: "Alberta Energy Minister "
_TITLE_ONLY = re.compile(r"\s*(?:[A-Z][\w.'’\-]*\s+)*")
# determiners and owners that make a role a description of someone: "the city's lawyer"
_DESCRIBING = ARTICLES | POSSESSIVE_DETERMINERS
# nouns for the people around someone, not roles of one: "her staff"
_PEOPLE_NOUNS = frozenset({"staff", "aides", "team", "staffers"})


# A sentence that opens (past a phrase in commas: "Asked about it,") with a description of
# someone, then a verb: "The chief was not impressed", "the senator smiled", "A Halifax
# councillor has apologized for posts in which he called ..."
# (after "the", lower-case words only: "The Afro-Colombian journalist" is left to the rules
# of a described person, see noun_phrase; "A Halifax councillor" is someone new, whom only a
# name given that role later can be)
_DESCRIBED_SUBJECT = re.compile(
    rf"\s*(?:{_OPENING})?([Tt]he(?:\s+[a-z][\w\-’']*){{2,4}}|An?(?:\s+[\w\-’']+){{2,5}})"
)
# words after such a description that show it is no subject of its own verb
_NOT_A_VERB = frozenset(PREPOSITIONS | {"and", "or", "who", "whom", "whose", "that", "which", "'s"})


class Resolver:
    """Turns speaker words into a canonical name, remembering who spoke where."""

    def __init__(self, doc: Document, entities: Entities) -> None:
        self.doc = doc
        self.entities = entities
        self.spoken: list[tuple[int, int, Entity]] = []  # (pos, sentence, speaker)
        # Every "he" and "she" of the reporter's text, resolved in reading order as
        # reading reaches it, so that "Fowler said ... he argued ... 'Quote,' he said"
        # follows the chain instead of jumping to a name met in between.
        self._pending = [(m.start(), m.group().lower()) for m in _SUBJECT_PRONOUN.finditer(doc.masked)]
        self._next = 0
        self._resolved: dict[int, Entity | None] = {}
        self.chain: list[tuple[int, int, Entity]] = []  # (pos, sentence, entity)
        # roles read from descriptions ("a Times article"), by entity id: the entities
        # themselves are as reading left them
        self.learned_roles: dict[int, set[str]] = {}
        # spoken and chain by sentence, and the ids of who spoke: _salient reads a few
        # sentences, and a scan of every speaker so far per pronoun is quadratic
        self._spoken_in: dict[int, list[tuple[int, Entity]]] = {}
        self._chain_in: dict[int, list[tuple[int, Entity]]] = {}
        self._spoken_ids: set[int] = set()
        self._subject_at: dict[int, int] | None = None  # see _story_org
        # per sentence, the unnamed people it describes (see _described); per gender, the
        # sentence of the last "he" or "she" such a person left without a name
        self._described_in: dict[int, list[str | None]] = {}
        self._unnamed_since: dict[str, int] = {}
        # for definite descriptions (see _fits_description): the article's people, and the
        # words around each one's mentions, by entity id
        self._persons: list[Entity] | None = None
        self._told: dict[int, list[str]] = {}

    def note_speaker(self, pos: int, entity: Entity) -> None:
        sentence = self.doc.sentence_at(pos).index
        self.spoken.append((pos, sentence, entity))
        self._spoken_in.setdefault(sentence, []).append((pos, entity))
        self._spoken_ids.add(id(entity))

    def resolve(self, words: Words) -> tuple[Entity | None, str | None]:
        if words.kind == "pronoun":
            return self.pronoun(words.text.lower(), words.start), None
        if words.kind == "name":
            found = self.entities.name_at(words.start, words.end)
            entity = (
                found[1] if found else self.entities.resolve_name(words.text, (words.title or "").split())
            )
            return entity, words.title or entity.title
        return self.noun_phrase(words), None

    def noun_phrase(self, words: Words) -> Entity | None:
        tokens = words.text.split()
        for i, t in enumerate(tokens[1:], 1):
            if t.lower() in PHRASE_PREPOSITIONS or t.lower() in OBJECT_PREPOSITIONS:
                # "a narrator in the Clinton ad", "a letter to Senator Ann Vale": the narrator, the letter
                tokens = tokens[:i]
                break
        head = role_head(tokens[-1])
        if head in SHARE_NOUNS:
            return None
        if head in _CONTEST_ROLES:
            # "the GOP front-runner", "the challenger": who leads or opposes whom is the article's
            # argument, not the person last met or last given the title; the mention stands
            # without a name
            return None
        given = _NAMED_ONLY.match(self.doc.masked, words.end)
        known_as = self.entities.name_at(given.start(1), given.end(1)) if given is not None else None
        if known_as is not None and known_as[1].kind in ("person", "unknown"):
            # '"...," said a neighbour, who gave only her first name, Marta': the name given
            return known_as[1]
        # "a top aide", "another official", "one longtime adviser": an indefinite description
        # is someone new, not the person met before with that role
        indefinite = tokens[0].lower() in _INDEFINITE
        # "officials", "the GOP leaders", "Sanders supporters": a role in the plural is a
        # group, never the one person met before with that role (unless a role before it is
        # the head, of words read too far: "The Vermont senator emailed supporters")
        plural = (
            head in ROLES
            and head != role_key(tokens[-1])
            and not any(role_key(t) in PERSON_ROLES for t in tokens[1:-1])
        )
        if plural and head in PERSON_ROLES:
            return None
        entity = None if indefinite else self.entities.by_role(head, words.start, self.learned_roles)
        if (
            entity is None
            and head in PERSON_ROLES
            and not plural
            and (
                not indefinite
                or not self.doc.masked[self.doc.sentence_at(words.start).start : words.start].strip()
            )
            and not self._untitled_near(words.start)
        ):
            # "'...,' the chief told reporters." and then "Chief Ann Roy said ...", "A federal
            # judge ruled ... that it placed '...'" and then "U.S. District Judge Ann Roy wrote":
            # a role nobody bore before, whose bearer the rest of the paragraph or the next
            # introduces as a later sentence's subject, by that title, saying something
            # (see _titled_speaker; an indefinite one only as its own sentence's subject). Not
            # when the sentence or the one before names someone with no role, who may be
            # the one meant ("Ann Roy spoke. The senator said ...", then "Sen. Ed Vale")
            ahead = self._bearer_ahead(head, words, 1, titled_speaker=True)
            if ahead is not None:
                return ahead
        if entity is not None and self._introduced_anew(tokens[-1], entity, words.start):
            # "A Republican committee aide blasted the statement. '...,' the aide said": the
            # aide just met, unnamed, not the one named before
            return None
        if entity is not None and not self._fits_description(tokens, head, entity):
            # "the Florida senator" is not the senator the article puts in Iowa; it is the one
            # other senator the article puts in Florida, if there is one
            return self._only_fitting(tokens, head, entity)
        if entity is not None:
            return entity
        para = self.doc.paragraph_at(words.start)
        definite = tokens[0].lower() == "the" or tokens[0].endswith(("'s", "’s"))
        if definite and para.index == 0 and head in PERSON_ROLES and len(self.doc.paragraphs) > 1:
            # a lede's "the charity's director told the court ...", whom one of the next two
            # paragraphs names ("the trust's executive director, Monica Cyr, said"), if no one held the
            # role before; later on, a description with no bearer before is someone met
            # without the title ("Sanders ... the senator said"), not the next one given it
            ahead = self._bearer_ahead(head, words, 2, titled_speaker=False)
            if ahead is not None:
                return ahead
        # "Its chief executive", "The board's chair": a role of an owner the sentence names
        owned = tokens[0].lower() in POSSESSIVE_DETERMINERS or any(
            t.endswith(("'s", "’s")) for t in tokens[:-1]
        )
        if owned and head in PERSON_ROLES and para.index + 1 < len(self.doc.paragraphs):
            # "Its chief executive blamed '...'" and then "'...,' Douglas Renfrew said": an
            # owned role that nobody bore before, and the next paragraph's speaker a newcomer
            # named bare, with no title or appositive of their own: the role introduced them.
            # Not a bare "the senator", which is someone met without the title ("Sanders ...
            # The senator said"), as above
            ahead = self._named_bare(self.doc.paragraphs[para.index + 1].start)
            if ahead is not None:
                return ahead
        if tokens[0].lower() == "the" and any(_AGE.match(t) for t in tokens[1:]) and len(tokens) <= 4:
            # "the 28-year-old winger said", "the 61-year-old told the court": someone the
            # reader has met, by age; no organisation, whatever the head
            return self._salient(words.start, GENDERED_ROLES.get(head), person=True)
        if head in COMPANY_NOUNS and tokens[0].lower() == "the" and len(tokens) == 2:
            # "the company said" about the organisation the story is about
            found = self._salient(words.start, "n", person=False)
            return found if found is not None and found.kind == "org" else None
        # (not a month or a day: "A March letter", "the Feb. 1 memo")
        caps = [
            t
            for t in tokens
            if t[:1].isupper() and t.lower() not in DETERMINERS and t.lower().strip(".") not in TIME_WORDS
        ]
        if head in DOCUMENT_NOUNS and not caps:
            issuer = self._issuer(words)
            if issuer is None and tokens[0].lower() == "the" and len(tokens) == 2:
                # "the statement said": the statement met before, whoever put it out
                issuer = self._antecedent_issuer(head, words.start)
            return issuer
        if head in _ANAPHORIC_DOCUMENTS and tokens[0].lower() == "the" and len(tokens) == 2:
            # "the email read", "the ad says": as a statement, its issuer named before
            return self._antecedent_issuer(head, words.start)
        if self._qualified_body(head, caps):
            # "the P.E.I. government", "the U.K. government": the body the acronym (a place, a
            # party) qualifies speaks, as "the Ontario government" does; not the acronym alone
            return Entity(name=" ".join(t for t in tokens if t.lower() not in DETERMINERS), kind="org")
        if head in ORG_ROLES and caps:
            # "a Times article": the organisation already met whose name holds "Times"
            known = self.entities.lookup(" ".join(caps))  # "the IMF report"
            owners = {id(known): known} if known is not None and known.kind == "org" else {}
            owners = owners or {id(e): e for e in self.entities.orgs_named(caps, words.start)}
            if len(owners) == 1:
                owner = next(iter(owners.values()))
                # so that "the article" later is the same Times article
                self.learned_roles.setdefault(id(owner), set()).add(head)
                return owner
            text = " ".join(t for t in tokens if t.lower() not in DETERMINERS)
            return Entity(name=text, kind="org")
        described_org = self._described_org(tokens, words.start)
        if described_org is not None:
            return described_org
        modifiers = tokens[1:-1]
        described = any(t[:1].isupper() or t.lower() in DESCRIPTIVE_MODIFIERS for t in modifiers)
        if (head in PERSON_ROLES or head in PARTY_MEMBERS) and tokens[0].lower() == "the" and described:
            # "the New York businessman", "the former secretary of state": a definite
            # description of someone the reader already knows (not "the band leader").
            found = self._salient(words.start, GENDERED_ROLES.get(head), person=True)
            named = {t.lower() for t in modifiers if t[:1].isupper()}
            if found is not None and named & {w.lower() for w in found.name.split()}:
                return None  # "the Clinton aide", "the Lincoln actor": someone else, about that person
            if found is not None and not self._fits_description(tokens, head, found):
                return None  # "the Russian leader" is not the last man met, unless he is Russian
            return found
        return None

    def _qualified_body(self, head: str, caps: list[str]) -> bool:
        """Whether ``caps``, before an organisation's own noun ``head``, are an acronym that
        only qualifies it: not one the article spelled out ("Black Lives Matter (BLM)" makes
        "the BLM group" that organisation)."""
        if head not in _BODY_HEADS or len(caps) != 1 or not _ACRONYM.fullmatch(caps[0]):
            return False
        known = self.entities.lookup(caps[0])
        return known is None or known.name.replace(".", "") == caps[0].replace(".", "")

    def _fits_description(self, tokens: list[str], head: str, entity: Entity) -> bool:
        """Whether nothing the article says of ``entity`` contradicts the definite description
        ``tokens`` ("the Florida senator", "the Republican nominee", "the Russian leader"):
        an office as the head that the entity is never given while holding another, or the
        capitalised words of the description (a state, party or country, a party as the
        head) that the words around another person's mentions give that person, who might
        bear the description, and those around the entity's do not. Where the article says
        nothing of the kind, a reader's knowledge is what the description relies on, and
        it stands."""
        if tokens[0].lower() != "the" or entity.kind != "person":
            return True
        if self._holds_other_office(head, entity):
            return False
        wanted = [
            t.strip(",").lower()
            for t in tokens[1:-1]
            if t[:1].isupper() and t.lower() not in DETERMINERS and t.lower().strip(".") not in TIME_WORDS
        ]
        if head in PARTY_MEMBERS:
            wanted.append(head)
        told = self._descriptors_of(entity) if wanted else []
        if not wanted or all(_attested(w, told) for w in wanted):
            return True
        elsewhere = [w for w in wanted if w in PLACES and not _attested(w, told)]
        if elsewhere and any(_own_place(told, k) for k in range(len(told))):
            return False  # "Sen. Joni Ernst, R-Iowa" is not "the Florida senator"
        # someone else the article gives every one of those words, and who might bear the
        # description (its role, or a nationality: an American story has many Republicans
        # and Floridians about, few Russians): "Russian President Vladimir Putin ... the
        # Russian leader said"; "New York Gov. George Pataki" is not "the New Jersey governor"
        # (and the description's own qualifiers: "Republican presidential nominee Donald
        # Trump" is no rival of "the Republican vice-presidential nominee")
        national = any(w in _NATIONALITIES for w in wanted)
        qualifiers = {t.lower() for t in tokens[1:-1] if t.lower() in DESCRIPTIVE_MODIFIERS}
        return not any(
            other is not entity
            and (national or head in other.roles)
            and all(_attested(w, self._descriptors_of(other)) for w in wanted)
            and qualifiers <= {w.lower() for w in self._descriptors_of(other)}
            for other in self._people()
        )

    def _only_fitting(self, tokens: list[str], head: str, unfit: Entity) -> Entity | None:
        """The one other person with the role ``head`` whom the article gives every
        capitalised word of the description and nothing contradicts, or None."""
        wanted = [t.lower() for t in tokens[1:-1] if t[:1].isupper() and t.lower() not in DETERMINERS]
        found = [
            e
            for e in self._people()
            if e is not unfit
            and head in e.roles
            and wanted
            and all(_attested(w, self._descriptors_of(e)) for w in wanted)
            and self._fits_description(tokens, head, e)
        ]
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _holds_other_office(head: str, entity: Entity) -> bool:
        return head in _OFFICES and bool(entity.roles & _OFFICES) and head not in entity.roles

    def _people(self) -> list[Entity]:
        if self._persons is None:
            seen: dict[int, Entity] = {}
            for _, e in self.entities.mentions:
                if e.kind == "person":
                    seen.setdefault(id(e), e)
            self._persons = list(seen.values())
        return self._persons

    def _descriptors_of(self, entity: Entity) -> list[str]:
        """The words of the entity's title and of the text right around each of
        its mentions, up to the sentence's edge or another name."""
        if id(entity) in self._told:
            return self._told[id(entity)]
        text = self.doc.masked
        found = _WORD.findall(entity.title or "")
        for m in self.entities.mentions_of(entity):
            sent = self.doc.sentences[m.sentence]
            lo, hi = max(sent.start, m.start - _DESCRIPTOR_REACH), min(sent.end, m.end + _DESCRIPTOR_REACH)
            for other, e in self.entities.in_sentence(m.sentence):
                if e is entity:
                    continue
                if other.end <= m.start:
                    lo = max(lo, other.end)
                elif other.start >= m.end:
                    hi = min(hi, other.start)
            # (a party tag before the name is another's: "Sen. Ada Holm, R-Fla., toured a
            # factory with Sen. Ida Brandt")
            lo = max(lo, *(text.rfind(c, lo, m.start) + 1 for c in ",;()"))
            found += _WORD.findall(text[lo : m.start] + " " + text[m.end : hi])
        self._told[id(entity)] = found
        return found

    def _bearer_ahead(
        self, head: str, words: Words, paragraphs: int, *, titled_speaker: bool
    ) -> Entity | None:
        """The one person the rest of the paragraph of ``words`` or the next ``paragraphs``
        name right after the role ``head`` (see :meth:`_named_after`)."""
        para = self.doc.paragraph_at(words.start)
        until = self.doc.paragraphs[min(para.index + paragraphs, len(self.doc.paragraphs) - 1)].end
        return self._named_after(head, words.end, until, titled_speaker=titled_speaker)

    def _named_after(
        self, head: str, after: int, until: int, *, titled_speaker: bool = False
    ) -> Entity | None:
        """The one person named in [after, until) right after the role ``head`` ("the trust's
        executive director, Monica Cyr,", "director Monica Cyr"), if nobody before ``after``
        bore it; None for none, or two. With ``titled_speaker``, only a name that
        :meth:`_titled_speaker` accepts counts."""
        if self.entities.by_role(head, after) is not None:
            return None
        found: dict[int, Entity] = {}
        first, last = self.doc.sentence_at(after).index, self.doc.sentence_at(max(after, until - 1)).index
        for sentence in range(first, last + 1):  # (those sentences only: a long article has many names)
            for m, e in self.entities.in_sentence(sentence):
                if m.start < after or m.end > until or e.kind != "person":
                    continue
                lead = self.doc.masked[max(after, m.start - 40) : m.start].rstrip(" ,").split()
                if lead and role_head(lead[-1].lower()) == role_head(head):
                    if titled_speaker and not self._titled_speaker(m, e, after):
                        return None  # the title's bearer is someone else in the story, not the one
                    found[id(e)] = e
        return next(iter(found.values())) if len(found) == 1 else None

    def _titled_speaker(self, m: NameMention, e: Entity, after: int) -> bool:
        """Whether the mention ``m`` of ``e`` introduces the bearer of a role met before
        ``after``: the person's first mention, in a later sentence, which opens (past a
        phrase in commas that names no role or owner: "In her opinion,") with the title
        alone and the name, right before a neutral speech verb ("Chief Ann Roy said",
        "U.S. District Judge Ann Roy wrote"). Not an owned or relational title ("Her
        rival, Sen. Ed Vale,", "The chief's critic, Fire Chief ..."), a name as an object
        ("succeeds former Mayor Ed Vale", "identified as Officer ..."), in contrast ("But
        Chief ...", "replied Coach ...", "Nurse Ann Roy ... disagreed"), nor one with words
        of their own between name and verb ("Spokesman Ed Vale of the other party said")."""
        sent = self.doc.sentence_at(m.start)
        if sent.index <= self.doc.sentence_at(after).index:
            return False
        if any(n.start < m.start for n in self.entities.mentions_of(e)):
            return False
        lead = self.doc.masked[sent.start : m.start]
        opening = _OPENING_PHRASE.match(lead)
        if opening is not None:
            phrase = opening.group(0)
            if (
                "'s" in phrase
                or "’s" in phrase
                or any(
                    role_head(t.lower()) in PERSON_ROLES or t.lower() in _RELATIONAL
                    for t in _WORD.findall(phrase)
                )
            ):
                return False
            lead = lead[opening.end() :]
        title = lead.split()
        if not title or any(
            not t[0].isupper() or t.lower().strip(".") in _RELATIONAL or t.lower() in _LEAD_CONJUNCTIONS
            for t in title
        ):
            return False
        verb = _WORD.match(self.doc.masked, m.end + 1) if self.doc.masked[m.end : m.end + 1] == " " else None
        return verb is not None and verb.group(0) in _NEUTRAL_SAYING

    def _untitled_near(self, pos: int) -> bool:
        """Whether the sentence at ``pos`` (before it) or the one before names a person
        with no role of a person (or a lone name of no kind known as a speaker): someone a
        bare description may refer back to."""
        here = self.doc.sentence_at(pos).index
        return any(
            (e.kind == "person" or (e.kind == "unknown" and m.speaker))
            and m.start < pos
            and not (e.roles & PERSON_ROLES)
            for k in range(max(0, here - 1), here + 1)
            for m, e in self.entities.in_sentence(k)
        )

    def _named_bare(self, start: int) -> Entity | None:
        """The person the first sentence at ``start`` names for the first time, bare, as a
        speech verb's subject ("'...,' Douglas Renfrew said"); None when that sentence names
        anyone else first or gives the name a title or an appositive ("Staff Sgt. Ed Vale
        said", "said Ed Vale, a nurse")."""
        named = self.entities.in_sentence(self.doc.sentence_at(start).index)
        if not named:
            return None
        m, e = named[0]
        if not (m.first and m.speaker and e.kind == "person" and len(e.words) > 1 and m.start >= start):
            return None
        before = self.doc.masked[start : m.start].split()
        if any(w[:1].isupper() for w in before) or self.doc.masked.startswith(",", m.end):
            return None
        return e

    def _introduced_anew(self, noun: str, bearer: Entity, pos: int) -> bool:
        """Whether "a/an ... ``noun``" introduces someone in the two sentences before ``pos``
        after whom ``bearer`` (the role's named bearer) is not named again."""
        here = self.doc.sentence_at(pos).index
        lo = self.doc.sentences[max(0, here - 2)].start
        pattern = rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w.'’-]+\s+){{0,3}}?{re.escape(noun)}\b"
        found = list(re.finditer(pattern, self.doc.masked[lo:pos]))
        if not found:
            return False
        at = lo + found[-1].start()
        # (named after it, or right before it: "said Tanya Ruiz, a spokeswoman for ...", "by
        # Halden Mills Inc., a Quebec City company": the dot of "Inc." is outside the name)
        return not any(
            e is bearer and (at < m.start < pos or self.doc.masked[m.end : at].strip() in (",", ".,"))
            for k in range(self.doc.sentence_at(at).index, here + 1)
            for m, e in self.entities.in_sentence(k)
        )

    def _described_org(self, tokens: list[str], pos: int) -> Entity | None:
        """The one organisation met before ``pos`` that a definite description names by its
        own words: "the health authority" after "Coastal Health", "the transit agency" after
        "Metro Transit Agency". Every lower-case modifier is a capitalised word of its name,
        and a name with an organisation word of its own has the head's ("the health ministry"
        is not the Fraser Health Authority), one without it only a generic head ("the health
        ministry" is not Coastal Health either); two such organisations, or none, give nobody."""
        head = tokens[-1].lower()
        modifiers = [t.lower() for t in tokens[1:-1]]
        if (
            tokens[0].lower() != "the"
            or head not in _ORG_DESCRIPTION_HEADS
            or not modifiers
            or not all(t.isalpha() and t.islower() for t in tokens[1:-1])
        ):
            return None
        found: dict[int, Entity] = {}
        # every modifier is a word of the name: the entities with the first are all to weigh
        for e in self.entities.named_with(modifiers[0], pos):
            if e.kind not in ("org", "unknown") or len(e.words) < 2:
                continue
            name = {w.lower() for w in e.name.split() if w[:1].isupper()}
            heads = name & _ORG_DESCRIPTION_HEADS
            # a name with no organisation word of its own ("Coastal Health") is only an
            # authority, an agency, a company: not "the health ministry", "the health board"
            fits = heads == {head} if heads else head in _GENERIC_ORG_HEADS
            if fits and all(t in name for t in modifiers):
                found[id(e)] = e
        return next(iter(found.values())) if len(found) == 1 else None

    def nearest_mention(self, words: Words, entity: Entity, quote_start: int) -> Words:
        """The mention of ``entity`` nearest the quote at ``quote_start`` after ``words``
        (a name, "he" or "she" before the quote, in its paragraph): the subject of the clause
        that holds the quote, when that is not ``words``. "Trump, who has cast himself as
        the 'law and order candidate'": "who"; "Perez is winning applause as he keeps
        talking about the 'power of we'", "he warned ..., because he thought it '...'": the
        last "he"; a later sentence opening with her "she". Not a pronoun in what the name
        said ("Rubio says he feels ...", "said that ..."). Otherwise ``words``."""
        pronoun = words.kind == "pronoun" and words.text.lower() in ("he", "she")
        if (words.kind != "name" and not pronoun) or words.end > quote_start:
            return words
        doc = self.doc
        para = doc.paragraph_at(quote_start)
        if not para.start <= words.start:
            return words
        sentence = doc.sentence_at(words.start).index
        quote_sentence = doc.sentence_at(quote_start).index
        masked = doc.masked
        between = self.doc.words.read(words.end, quote_start)
        best = words
        for k, w in enumerate(between):
            low = w.text.lower()
            here = doc.sentence_at(w.start).index
            nxt = between[k + 1].text.lower() if k + 1 < len(between) else ""
            said = low == "that" or (low in CUE_FORMS and w.text.islower() and nxt in _CLAUSE_SUBJECTS)
            if said and here == sentence:
                break  # what the name said: "Rubio said that ... and he would", "says he feels"
            if (
                low == "who"
                and sentence == quote_sentence
                and k == 0
                and masked[words.end : w.start].strip() in {"", ",", "-", "—", "–"}
            ):
                # the quote inside the relative clause: "Trump, who has cast himself as
                # '...'", "Stephens, who, after a spat with Hannity, said ..."; not after
                # it, where the name is the subject ("Dorn, who is cautious, spoke of '...'")
                rest = masked[w.end : quote_start].strip()
                if rest.count(",") == (2 if rest.startswith(",") else 0):
                    best = Words(w.start, w.end, w.text, "pronoun")
            elif (
                low in ("he", "she")
                and (
                    # a clause of its own in the quote's sentence, or a sentence of its own
                    (k > 0 and here == quote_sentence and between[k - 1].text.lower() in _OWN_CLAUSE_OPENERS)
                    or doc.sentence_at(w.start).start == w.start
                )
                and self.pronoun(low, w.start) is entity
            ):
                best = Words(w.start, w.end, w.text, "pronoun")
        return best

    def outer_mention(self, words: Words, entity: Entity, quote_start: int) -> Words:
        """The subject of the speech verb that opens the sentence, when ``words`` (a "he" or
        "she" before the quote) is the same person inside what that verb reports: "She said,
        if elected, she would ask Biden to lead a 'cancer moonshot'", "He told ABC that he
        agrees Trump is a 'total opportunist'": the first "she", the first "he" (the corpus
        marks the one who says it). Otherwise ``words``."""
        if words.kind != "pronoun" or words.text.lower() not in ("he", "she") or words.end > quote_start:
            return words
        sent = self.doc.sentence_at(words.start)
        lead = self.doc.words.read(sent.start, min(words.start, sent.start + 80))[:2]
        k = 1 if lead and lead[0].text.lower() in _LEAD_CONJUNCTIONS else 0
        if len(lead) <= k:
            return words
        first = lead[k]
        low = first.text.lower()
        if low not in ("he", "she") or self.pronoun(low, first.start) is not entity:
            return words  # (after a name the corpus marks the inner pronoun as often as not)
        outer = Words(first.start, first.end, first.text, "pronoun")
        between = self.doc.words.read(outer.end, words.start)
        if not between or CUE_FORMS.get(between[0].text) not in REPORTING_CUES:
            return words
        if any(w.text.lower() in _NEW_CLAUSE or w.text.lower() in _OWN_CLAUSE_OPENERS for w in between[1:]):
            # "He said ..., and when asked, he said", "He declared that ..., which he declared",
            # "He warned ..., because he thought": a clause of its own, whose speaker is its
            # own pronoun
            return words
        return outer

    def _antecedent_issuer(self, noun: str, pos: int) -> Entity | None:
        """Who put out the document "the ``noun``" at ``pos`` refers to: the last "a/an/his/its
        ... ``noun``" before it in its paragraph or the two before, if that one's issuer is
        named ("X issued a statement", "a statement from X", "X said in a statement", "In a
        statement, X said"); None when no such document, or no issuer, is there."""
        para = self.doc.paragraph_at(pos)
        lo = self.doc.paragraphs[max(0, para.index - _ANTECEDENT_PARAGRAPHS)].start
        determiner = r"(?:[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.-]*['’]s)"
        nouns = "|".join(re.escape(n) for n in _KIN_DOCUMENTS.get(noun, (noun,)))
        pattern = rf"\b{determiner}(\s+)(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\b"
        found = list(re.finditer(pattern, self.doc.masked[lo:pos]))
        if not found:
            return None
        start, end = lo + found[-1].start(), lo + found[-1].end()
        masked = self.doc.masked
        sent = self.doc.sentence_at(start)
        if masked.startswith(("'s", "’s"), found[-1].start(1) - 2 + lo):
            # "the Holocaust Museum's statement": the name that owns it
            owner = next(
                (e for m, e in self.entities.in_sentence(sent.index) if m.end == lo + found[-1].start(1) - 2),
                None,
            )
            if owner is not None:
                return owner
        by = _BY_ISSUER.match(masked, end)
        if by is not None:
            after = self._named_at(sent.index, by.end())
            if after is not None:
                return after  # "a statement issued by the Sanders campaign"
        said_in = _SAID_IN.search(masked, sent.start, start)
        if said_in is not None:
            before = self.entities.name_at(sent.start, said_in.start())
            if before is not None and before[0].end == said_in.start() and not before[0].possessive:
                return before[1]  # "Fox News said in a statement"
        if masked[sent.start : start].strip() in {"In", "in"}:
            # "In a statement, the Holocaust Museum said ...": the clause's subject after the comma
            comma = masked.find(",", end, sent.end)
            opening = _SUBJECT_OPENING.match(masked, comma + 1) if comma >= 0 else None
            subject = self._named_at(sent.index, opening.end()) if opening is not None else None
            if subject is not None:
                return subject
        return self._issuer(Words(start, end, masked[start:end], "np"))

    def _named_at(self, sentence: int, pos: int) -> Entity | None:
        """The entity of the longest name mention of ``sentence`` that starts at ``pos`` ("the
        Sanders campaign", not its "Sanders"), if any."""
        at = [(m.end, i) for i, (m, _) in enumerate(self.entities.in_sentence(sentence)) if m.start == pos]
        return self.entities.in_sentence(sentence)[max(at)[1]][1] if at else None

    def _issuer(self, words: Words) -> Entity | None:
        """Who put out the document that speaks: "the campaign's website", "X issued a statement"."""
        found = self.entities.name_at(words.start, words.end)
        if found is not None and self.doc.masked.startswith(("'s", "’s"), found[0].end):
            return found[1]  # "a document on the Trump campaign's website"
        if found is not None and _FROM_ISSUER.search(self.doc.masked, words.start, found[0].start):
            return found[1]  # "a statement from the Harbor Authority", "a report by Reuters"
        sent = self.doc.sentence_at(words.start)
        issued = _ISSUED.search(self.doc.masked, sent.start, words.start)
        if issued is None:
            return None
        found = self.entities.name_at(sent.start, issued.start())
        joint = found is not None and any(
            m.end <= found[0].start and _JOINED.match(self.doc.masked, m.end, found[0].start)
            for m, _ in self.entities.in_sentence(sent.index)
        )
        if found is not None and found[0].subject and not found[0].possessive and not joint:
            # "the Security Council issued a statement calling ...", not one of "Goodlatte and
            # Chairman Trey Gowdy sent a letter"
            return found[1]
        return None

    def pronoun(self, pron: str, pos: int) -> Entity | None:
        # (a possessive stands for whom its personal pronoun does, "his promise of ...": the
        # owner speaks; OBJECT_PRONOUNS maps "his", "its", "their" as it maps "him")
        gender = PRONOUNS.get(OBJECT_PRONOUNS.get(pron, pron))
        if pron in ("i", "my"):
            # in a transcript's turn ("Bill Vale: When we were ..., I said to my officials,
            # '...'"), "I" is the person the turn's tag names
            return self._turn_speaker(pos)
        if gender in (None, "s") or pron == "we":
            # "I" and "we" in the reporter's words are the writers ("what we call"), no one
            # the article names
            return None
        self._read_to(pos)
        if pos in self._resolved:
            return self._resolved[pos]
        if gender in ("m", "f"):
            own = self._possessive_statement(pos, gender)
            if own is None:
                own = self._described_subject(pos, gender)
            found = own if own is not None else self._salient(pos, gender, person=True, pronoun=True)
        else:
            # "it" is an organisation or a country, "they" an organisation or a group
            found = self._salient(pos, gender, person=False)
            if gender == "n" and (found is None or found.kind == "place"):
                found = self._story_org(found, pos) or found
        self._resolved[pos] = found
        return found

    def _interviewee(self, answer: int) -> Entity | None:
        """Who answers in a "Q: ... / A: ..." interview (the answer in paragraph ``answer``):
        see :attr:`_answering`, once the first question has been asked."""
        first = self._first_question
        return self._answering if first is not None and first <= answer else None

    @cached_property
    def _first_question(self) -> int | None:
        """The paragraph of the article's first "Q: " tag, if any."""
        asked = (p.index for p in self.doc.paragraphs if _QUESTION_TAG.match(self.doc.masked, p.start))
        return next(asked, None)

    @cached_property
    def _answering(self) -> Entity | None:
        """Who answers the article's interview: the one person named in full in the
        paragraphs before its first question, when the paragraph right before it (the
        introduction: "Alberta Energy Minister Ann Roy has spent ... This interview has been
        edited") opens with that name, after its title alone, as its first sentence's
        subject; None for none or several, and when the introduction describes someone
        unnamed ("We put questions to the city's lawyer, who asked not to be named",
        "Reporters then questioned her staff"), who may be the one answering. The same for
        every answer, and read from the article alone: read once, not per "A:" paragraph."""
        first = self._first_question
        if not first:
            return None
        named = {
            id(e): e
            for m, e in self.entities.mentions
            if m.start < self.doc.paragraphs[first].start and e.kind == "person" and len(e.words) > 1
        }
        if len(named) != 1:
            return None
        (who,) = named.values()
        intro = self.doc.paragraphs[first - 1]
        opening = self.doc.sentence_at(intro.start)
        if _UNNAMED.search(self.doc.masked, intro.start, intro.end) or self._describes_someone(
            intro.start, intro.end
        ):
            return None
        subject = any(
            e is who and _TITLE_ONLY.fullmatch(self.doc.masked, max(opening.start, intro.start), m.start)
            for m, e in self.entities.in_sentence(opening.index)
        )
        return who if subject else None

    def _describes_someone(self, lo: int, hi: int) -> bool:
        """Whether [lo, hi) describes a person by a determiner or an owner and a role ("the
        city's lawyer", "her staff", "a spokesman"), other than in apposition right after a
        name ("Ann Roy, a former engineer,")."""
        tokens = list(_WORD.finditer(self.doc.masked, lo, hi))
        for i, t in enumerate(tokens):
            word = t.group(0).lower().rstrip(".")
            if role_head(word) not in PERSON_ROLES and word not in _PEOPLE_NOUNS:
                continue
            for j in range(i - 1, max(-1, i - 4), -1):
                det = tokens[j].group(0).lower()
                if det in _DESCRIBING or det.endswith(("'s", "’s")):
                    at = tokens[j].start()
                    appositive = any(
                        self.doc.masked[n.end : at].strip() == ","
                        for n, _ in self.entities.mentions
                        if lo <= n.end <= at
                    )
                    if not appositive:
                        return True
                    break
        return False

    def _described_subject(self, pos: int, gender: str) -> Entity | None:
        """The person a definite description of a role means, when that description is
        the subject that opens the pronoun's sentence or the one before, with nobody named
        after it ("The chief was not impressed. '...,' he said"; "Asked about it, the
        senator smiled. '...,' she said"; "The governor was in Reno, where he told ..."):
        the description's own referent (see :meth:`noun_phrase`), if it has one of that sex;
        else None, and the pronoun is read as before."""
        here = self.doc.sentence_at(pos)
        for sent in (here, self.doc.sentences[here.index - 1] if here.index else None):
            if sent is None:
                continue
            hi = min(pos, sent.end)
            opener = _DESCRIBED_SUBJECT.match(self.doc.masked, sent.start, hi)
            if opener is None:
                lead = self.doc.masked[sent.start : hi].lstrip()
                first = hi - len(lead)
                # (a quote opening the sentence is no subject, whatever its marks: "“", '"',
                # or the archive copies' two apostrophes)
                if sent is here and lead and not self.doc.quote_over(first, first + 1):
                    # the pronoun's own sentence opens otherwise (not with a quote): it has
                    # a subject of its own, no description before it to go back to
                    return None
                continue
            # the description runs to its first role, and a verb follows it ("The chief was",
            # "the senator smiled"; not "The senator's aide", "the mayor and the chief")
            tokens = opener.group(1).split()
            at = next((i for i, t in enumerate(tokens[1:-1], 1) if role_head(t) in PERSON_ROLES), None)
            if at is None:
                return None
            after = tokens[at + 1].lower()
            # ("The governor himself was less sure": an emphatic pronoun of the sex asked for)
            if EMPHATIC_PRONOUNS.get(after, gender) != gender or after in _NOT_A_VERB:
                return None
            head = role_head(tokens[at])
            if GENDERED_ROLES.get(head, gender) != gender:
                return None
            start = opener.start(1)
            end = start + len(" ".join(tokens[: at + 1]))
            named = [
                m
                for k in {sent.index, here.index}
                for m, e in self.entities.in_sentence(k)
                if end <= m.start < pos and (e.kind == "person" or (e.kind == "unknown" and len(e.words) > 1))
            ]
            if named:
                return None  # someone named after it, nearer the pronoun (not a place: "in Reno")
            if self._tagged(end, sent.end):
                # the sentence is someone's reported words ("The governor was not consulted,
                # he added."): its description is what the speaker said, no subject of the
                # next "he"; nor is a tag's own "he" the description
                return None
            if _WHO.search(self.doc.masked, end, pos) or self._describes_someone(end, pos):
                # someone else described after it, nearer the pronoun ("The governor was
                # criticized by the chief. '...,' he said"; "..., who called him a liar")
                return None
            words = Words(start, end, self.doc.masked[start:end], "np")
            found = self.noun_phrase(words)
            if found is None or found.kind != "person" or found.gender not in (gender, None):
                return None
            return found
        return None

    def _tagged(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` hold an attribution of their own after
        a comma: ", he added", ", she said", ", according to Moss"."""
        for comma in _TAG_COMMA.finditer(self.doc.masked, start, end):
            words = [w.text.lower() for w in self.doc.words.read(comma.end(), end)[:2]]
            if words == ["according", "to"] or (
                len(words) == 2 and words[0] in SUBJECT_PRONOUNS and words[1] in CUE_FORMS
            ):
                return True
        return False

    def _turn_speaker(self, pos: int) -> Entity | None:
        """The person named by the tag that opens the paragraph at ``pos`` ("Bill Vale: ..."),
        if the tag is a name the article reads; None elsewhere (the reporter's own "I")."""
        para = self.doc.paragraph_at(pos)
        if _ANSWER_TAG.match(self.doc.masked, para.start, pos):
            return self._interviewee(para.index)
        tag = _TURN_NAME.match(self.doc.masked, para.start, pos)
        if tag is None:
            return None
        found = self.entities.name_at(tag.start(1), tag.end(1))
        if found is None or found[0].end != tag.end(1):
            return None
        e = found[1]
        # a person, not a lone word that names nobody ("Note: I asked ...")
        person = e.kind == "person" or (e.kind == "unknown" and (len(e.words) > 1 or e.speaks))
        return e if person else None

    def _story_org(self, place: Entity | None, pos: int) -> Entity | None:
        """The organisation the story is about, for an "it" with no antecedent but a place
        only met in passing, or none ("cut 140 jobs, mostly in Halifax and Moncton. It expects
        ..., it said"): the organisation that opens the article's first
        sentence (its subject, or its first name: "HALIFAX — Maritime Provisions Inc. says");
        None when the place was a subject itself ("Russia said ... It added")."""
        if self._subject_at is None:
            # where each entity is first a subject, read once (a scan per "it" is quadratic)
            self._subject_at = {}
            for m, e in self.entities.mentions:
                if m.subject:
                    self._subject_at.setdefault(id(e), m.start)
        if place is not None and self._subject_at.get(id(place), pos) < pos:
            return None
        lede = self.entities.in_sentence(0)
        return next(
            (
                e
                for k, (m, e) in enumerate(lede)
                if (m.subject or k == 0) and e.kind == "org" and m.end <= pos
            ),
            None,
        )

    def _read_to(self, pos: int) -> None:
        """Resolve the reporter's "he" and "she" before ``pos``, each as the reader meets it."""
        while self._next < len(self._pending) and self._pending[self._next][0] < pos:
            at, pron = self._pending[self._next]
            self._next += 1
            entity = self.pronoun(pron, at)
            if entity is not None:
                sentence = self.doc.sentence_at(at).index
                self.chain.append((at, sentence, entity))
                self._chain_in.setdefault(sentence, []).append((at, entity))

    def _possessive_statement(self, pos: int, gender: str) -> Entity | None:
        """ "Trump's previous statement ..., where he said": the statement's owner."""
        sent = self.doc.sentence_at(pos)
        for m, e in reversed(self.entities.in_sentence(sent.index)):
            if m.end > pos:
                continue
            if m.possessive and e.kind != "org" and e.gender in (gender, None):
                after = self.doc.words.read(m.end + 2, min(pos, m.end + 40))[:3]
                if any(w.text.lower() in SPEECH_NOUNS for w in after):
                    return e
        return None

    def _opens(self, pos: int) -> bool:
        """Whether the word at ``pos`` opens its sentence, after a conjunction at most ("He
        said ...", "And she ..."): a pronoun there is the main clause's subject."""
        lead = self.doc.masked[self.doc.sentence_at(pos).start : pos].split()
        return not lead or (len(lead) == 1 and lead[0].lower() in _LEAD_CONJUNCTIONS)

    def _relative(self, m: NameMention, e: Entity) -> bool:
        """Whether a name is only someone's relative ("His son, Leo, is five"): met for that
        person's sake, no source unless it speaks ("His son, Leo, said ...")."""
        if e.speaks or not e.roles or e.roles - CLOSE_KIN:
            return False
        owner = _KIN_OWNER.search(self.doc.masked, max(0, m.start - 40), m.start)
        if owner is not None and e.gender not in (None, POSSESSIVE_GENDERS[owner.group(1).lower()]):
            # "Her father, Ron Lee, worked there for 34 years. '...,' he said": a "he" cannot be
            # the woman he was met for, so he is the one it stands for
            return False
        verb = _VERB_AFTER_APPOSITIVE.match(self.doc.masked, m.end, m.end + 40)
        return verb is None or not (verb.group(1) in CUE_FORMS or verb.group(1) in _SPEAKING)

    def _described(self, sentence: int) -> list[str | None]:
        """The genders (None: either) of the people sentence ``sentence`` describes without a
        name, as its subject ("A 29-year-old Berlin woman, meanwhile, received ...", "Now
        the woman says ...") or after a speech verb ('"...," said the woman')."""
        if sentence in self._described_in:
            return self._described_in[sentence]
        sent = self.doc.sentences[sentence]
        words = self.doc.words.read(sent.start, sent.end)
        found: list[str | None] = []
        named = [m for m, e in self.entities.in_sentence(sentence) if e.kind == "person"]
        for i, w in enumerate(words[:-1]):
            det = w.text.lower()
            if det not in _INDEFINITE and det not in _DESCRIBED_AFTER:
                continue
            # at the head of the sentence or of its clause, or right after a speech verb; not
            # in apposition to a name ("Ada Vale, a Clinton supporter, asked ...")
            comma = i > 0 and self.doc.masked[words[i - 1].end : w.start].strip() == ","
            opens = i == 0 or (comma and not any(m.end == words[i - 1].end for m in named))
            # ('"...," said the woman'; not "told a reporter", "said my father had")
            inverted = i > 0 and words[i - 1].text in INVERTING_CUES and det != "my"
            if not (opens or inverted) or any(m.start > w.start for m in named):
                continue  # (a name after it may be the description's: "A reporter asked Sanders")
            for j in range(i + 1, min(len(words), i + 6)):
                low = words[j].text.lower()
                if low in _DESCRIPTION_STOPS or low in CUE_FORMS or low in PRONOUNS:
                    break
                if det in _DESCRIBED_AFTER:
                    if low in _DESCRIBED_AFTER[det]:
                        found.append(_HUMAN_NOUNS[low])
                        break
                    continue
                if low in _HUMAN_NOUNS:
                    found.append(_HUMAN_NOUNS[low])
                    break
                if low in PERSON_ROLES:
                    # another person's noun says no sex: only a speaker so described, after
                    # the verb ('"...," said one delegate from Ohio'), leaves "he" and "she"
                    # unresolved ('One questioner claimed ... "You're right," he said' is
                    # someone else's answer)
                    if inverted and det in _INDEFINITE:
                        found.append(None)
                    elif opens and det in _INDEFINITE:
                        # ... or a "who" clause right after it that gives the sex: "one nurse,
                        # who asked that her name not be used, said she ..." is a woman
                        found += self._sex_of_clause(words[j].end, sent.end)
                    break
        self._described_in[sentence] = found
        return found

    def _sex_of_clause(self, end: int, limit: int) -> list[str | None]:
        """The sex a "who" clause right after a description gives it: by the first subject of
        what it says (", who said she feared discipline,"), by a "his" or "her" owning a name
        (", who asked that her name not be used,"), or, for a source who asked to stay
        unnamed, by the first subject of the speech verb after the clause (", who asked not
        to be named, said she ..."). One gender, or none: none either when the clause has
        pronouns of both sexes (", who said he never asked for her view,": two people)."""
        clause = _WHO_CLAUSE.match(self.doc.masked, end, limit)
        if clause is None:
            return []
        body = clause.group(1)
        if len({_sex_of(w.group(0)) for w in _GENDERED.finditer(body)}) > 1:
            return []
        own = _SAYS_PRONOUN.match(body) or _OWN_NAME.search(body)
        if own is None and _UNNAMED.search(body):
            own = _SAYS_PRONOUN.match(self.doc.masked, clause.end(), limit)
        return [] if own is None else [_sex_of(own.group(1))]

    def _unnamed_after(self, gender: str, pos: int, named: int) -> bool:
        """Whether someone of ``gender`` the article describes without naming was met after
        sentence ``named`` (where the best named antecedent was) and up to ``pos``: then a
        "he" or "she" is as likely that person, and stays unresolved."""
        here = self.doc.sentence_at(pos).index
        if self._unnamed_since.get(gender, -1) > named:
            return True
        return any(g in (gender, None) for k in range(named + 1, here + 1) for g in self._described(k))

    def _owns_subject(self, m: NameMention, in_sent: list[tuple[NameMention, Entity]]) -> bool:
        """Whether the name ``m`` owns its sentence's subject, a thing of theirs ("Palin's
        pugnacious posts about ISIS include ..."), and no other person of the sentence (but
        for another owner) may be the one a "she" after it means: then it is, as a subject
        would be. Not a person of theirs ("Trump's lawyer said"), nor "Trump's grasp of
        policy is worrying, Cuban said", "Clinton's position was supported by Sen. Feinstein"."""
        sent = self.doc.sentences[m.sentence]
        if not m.possessive or self.doc.masked[sent.start : m.start].strip():
            return False
        if any(e.kind in ("person", "unknown") and not x.possessive for x, e in in_sent):
            return False
        comma = self.doc.masked.rfind(",", max(sent.start, sent.end - 40), sent.end)
        if comma >= 0 and any(w.text in CUE_FORMS for w in self.doc.words.read(comma, sent.end)):
            return False  # a tag closes it: ", Cuban said." (whoever says it is no name we read)
        nouns: list[str] = []
        for w in self.doc.words.read(m.end + 2, m.end + 60)[:3]:
            if not w.text.islower() or w.text in CUE_FORMS or w.text in PREPOSITIONS:
                break
            nouns.append(w.text)
        return bool(nouns) and not any(role_key(n) in PERSON_ROLES or n in PARTY_MEMBERS for n in nouns)

    def _joint_subject(self, e: Entity, sentence: int, gender: str) -> bool:
        """Whether ``e`` is one of two people of the pronoun's sex (or of unknown sex) joined
        by "and" as the subject that opens sentence ``sentence`` ("Obama and Biden place
        flowers"), so that a "he" after them may be either."""
        named = self.entities.in_sentence(sentence)
        if len(named) < 2:
            return False
        (m1, e1), (m2, e2) = named[0], named[1]
        start = self.doc.sentences[sentence].start
        return (
            e in (e1, e2)
            and e1 is not e2
            and all(x.kind == "person" and x.gender in (gender, None) for x in (e1, e2))
            and not (m1.possessive or m2.possessive)
            and not any(w.text.islower() for w in self.doc.words.read(start, m1.start))
            and [w.text for w in self.doc.words.read(m1.end, m2.start) if w.text.islower()] == ["and"]
        )

    def _tag(self, pos: int) -> bool:
        """Whether the pronoun at ``pos`` is the subject of a tag that closes its sentence
        after a comma ("Also, Trump isn't a conservative, he said."): the tag's speaker
        reports the clause before it, whose subject is not the speaker."""
        masked = self.doc.masked
        sent = self.doc.sentence_at(pos)
        if not masked[sent.start : pos].rstrip().endswith(","):
            return False
        after = self.doc.words.read(pos, min(sent.end, pos + 40))[1:3]
        return (
            bool(after)
            and after[0].text in CUE_FORMS
            and masked[after[0].end : sent.end].strip() in {"", ".", "!", "?"}
        )

    def _reporter(self, pos: int, gender: str) -> tuple[NameMention, Entity] | None:
        """The named subject of the speech verb whose clause holds the pronoun at ``pos``, when
        that name opens the sentence and its gender is not known to differ ("Ada Vale,
        director of the fund, said she thinks ...", "Giles ... and said he had prepared"):
        the one who says it, of whom the clause speaks."""
        masked = self.doc.masked
        sent = self.doc.sentence_at(pos)
        lead = self.doc.words.read(max(sent.start, pos - 40), pos)[-4:]
        k = len(lead) - 1
        if k >= 0 and lead[k].text.lower() == "that":
            k -= 1
        cue = next(
            (j for j in range(k, max(-1, k - 3), -1) if CUE_FORMS.get(lead[j].text) in REPORTING_CUES), None
        )
        if cue is None or not lead[cue].text.islower():
            return None
        if any(w.text.lower() in CLAUSE_BREAKS for w in lead[cue + 1 : k + 1]):
            return None  # "said that because, she said", "has said - and he can": a clause of its own
        named = self.entities.in_sentence(sent.index)
        if not named:
            return None
        verb = lead[cue].start
        # the name right before the verb, past its auxiliaries: "Ross said Mr. Obama had told
        # Jewish leaders that he would not ...": Obama's "he", not the first speaker's
        near = [(x, f) for x, f in named if x.end <= verb]
        if near:
            x, f = near[-1]
            helpers = self.doc.words.read(x.end, verb)
            if (
                not x.possessive
                and not x.modifier
                and f.kind == "person"
                and f.gender in (gender, None)
                and all(w.text in _REPORTING_AUXILIARIES or w.text.endswith("ly") for w in helpers)
            ):
                return x, f
        m, e = named[0]
        if (
            m.end > lead[cue].start
            or m.possessive
            or m.modifier
            or not (e.kind == "person" or (e.kind == "unknown" and len(e.words) > 1))
            # the verb's own subject, or a name an appositive follows ("Law enforcement
            # sources have said he said" is no name's)
            or not (m.subject or m.speaker or masked.startswith(",", m.end))
            or e.gender not in (gender, None)
            or any(w.text[:1].islower() for w in self.doc.words.read(sent.start, m.start))
        ):
            return None
        # no other person named between the name and the verb ("Vale's aide, Tom Roe, said he")
        between = [x for x, f in named[1:] if x.end <= lead[cue].start and f is not e and f.kind == "person"]
        return None if between else (m, e)

    def _salient(self, pos: int, gender: str | None, person: bool, pronoun: bool = False) -> Entity | None:
        """The most salient earlier speaker or subject that agrees in gender and kind."""
        here = self.doc.sentence_at(pos).index
        # a closing tag ("..., he said.") is never about its own sentence's subject; the
        # subject of the verb that reports the pronoun's clause is whom it means
        tag = pronoun and gender in ("m", "f") and self._tag(pos)
        reporter = self._reporter(pos, gender) if pronoun and gender in ("m", "f") and not tag else None

        spoken = self._spoken_ids

        def fits(e: Entity) -> bool:
            if not person:
                if gender == "n" and e.kind == "place":
                    # "it" is a country that speaks ("Russia insisted ... it said"), not the
                    # dateline or a town the article is set in ("WASHINGTON --", "in Ohio")
                    return e.speaks or id(e) in spoken
                return e.kind == "org" if gender == "n" else e.kind in ("org", "group")
            if gender is not None and e.gender not in (gender, None):
                return False
            if e.gender is None and _INITIALS.fullmatch(e.name):
                return False  # "US", "U.K.", "UN": a country or a body, never "he" or "she"
            if e.kind == "unknown":
                # a lone capitalised word ("Republican") is no antecedent unless it spoke; nor
                # is a name of words the article writes in lower case ("Social Security")
                return (len(e.words) > 1 or e.speaks or id(e) in spoken) and self.entities.may_be_person(e)
            return e.kind == "person"

        best: tuple[float, Entity, int] | None = None
        for sent in range(here, max(-1, here - 8), -1):
            distance = here - sent
            if best is not None and best[0] <= distance:
                break  # a score is never below its distance: no sentence further back can win
            in_sent = [(m, e) for m, e in self.entities.in_sentence(sent) if m.end <= pos and fits(e)]
            speakers = [e for p, e in self._spoken_in.get(sent, ()) if p < pos and fits(e)]
            if sent != here:
                # of the names that speak in a sentence, its subject: "Hale said he hopes the
                # effort ends with Ruiz claiming the nomination" is Hale's sentence
                talking = [(m.subject, m.start, e) for m, e in in_sent if m.speaker]
                speakers += [e for *_, e in sorted(talking, key=lambda t: t[:2])]
            # the first subject, a main clause's named subject before a subordinate clause's or
            # a pronoun's: "When Ms. Friedan recommended that she ..., Mrs. Schlafly replied
            # that she was pleased" is Schlafly's
            subjects = sorted(
                [
                    (not m.subject, m.start, e)
                    for m, e in in_sent
                    if m.subject or (m.clause_subject and sent == here)
                ]
                + [(not self._opens(p), p, e) for p, e in self._chain_in.get(sent, ()) if p < pos and fits(e)]
                + [
                    (True, m.start, e)
                    for m, e in in_sent[:1]
                    # (its own sentence too, "Lee's plan is simple: he says ...", but for a
                    # closing tag, which is never about its sentence's subject)
                    if pronoun
                    and e.kind == "person"
                    and not (tag and sent == here)
                    and self._owns_subject(m, in_sent)
                ],
                key=lambda se: se[:2],
            )
            # (nor a relative: "Adjei's son, Leo, is five" is no antecedent)
            # (an organisation's possessive is "it" later: "Kluhane's president said ... It has said")
            others = [
                e
                for m, e in in_sent
                if not (
                    (m.possessive and (gender != "n" or e.kind != "org"))
                    or m.modifier
                    or self._relative(m, e)
                )
            ]
            if gender == "n" and not person:
                # "it": of the names met in passing, the last organisation (others last)
                others = sorted(others, key=lambda e: e.kind == "org")
            if sent == here:
                # "Hale called Nora Bell a 'disgrace' after she ...": a name in the same
                # sentence only when its gender is known to agree
                others = [e for e in others if person and gender is not None and e.gender == gender]
                if tag:
                    # (a subordinate clause's subject may well be the speaker: "Though Ms. Ruiz
                    # has lived there all her life, rents have doubled, she said.")
                    subjects = [x for x in subjects if x[0]]
                    others = []
                if reporter is not None:
                    subjects = [(False, reporter[0].start, reporter[1]), *subjects]
            # a newcomer introduced in passing ("concerns Henry Crespo, president of ...")
            # but not a relative, whom the article mentions for someone else's sake
            newcomers = (
                [e for m, e in in_sent if m.first and e.kind == "person" and not self._relative(m, e)]
                if sent != here
                else []
            )
            groups: tuple[list[Entity], ...] = (
                speakers[-1:],
                [e for *_, e in subjects[:1]],
                newcomers[-1:],
                others[-1:],
            )
            if not person:
                # "it" and "they" stand for a body that spoke or was a subject, not for any
                # name met in passing ("at Temple University", "the Gramm-Leach-Bliley Act");
                # an organisation that owns a person is no passing name ("Kluhane's president
                # said ... It has said")
                owners = [e for m, e in in_sent if m.possessive and e.kind == "org" and sent != here]
                groups = (*groups[:2], [], owners[-1:])
            for rank, group in enumerate(groups):
                for e in group:
                    unknown = person and gender is not None and e.gender != gender
                    if reporter is not None and sent == here and e is reporter[1]:
                        unknown = False  # the verb's subject, whose clause this is
                    if unknown and distance > 2:
                        continue  # a name of unknown gender is only a near antecedent
                    # a name met in passing ranks below a speaker or a subject one sentence further;
                    # for "it", a place below an organisation two sentences further ("... from
                    # Vancouver ... according to the company. It has said" is the company's)
                    place = not person and e.kind == "place"
                    score = distance + 1.0 * unknown + 2.0 * place + (0.0, 0.5, 0.75, 1.25)[rank]
                    if best is None or score < best[0]:
                        best = (score, e, sent)
        if (
            best is not None
            and pronoun
            and gender in ("m", "f")
            and self._unnamed_after(gender, pos, best[2])
        ):
            # "Hale spoke first. A woman in the crowd, 46, said she ...": not Hale's "she"
            self._unnamed_since[gender] = here
            return None
        if (
            best is not None
            and pronoun
            and gender in ("m", "f")
            and self._joint_subject(best[1], best[2], gender)
        ):
            # "President Obama and Vice President Biden place flowers ... 'I held and hugged'
            # families, he said": either of the two
            return None
        return best[1] if best else None


def _attested(word: str, told: list[str]) -> bool:
    """Whether ``word`` of a description ("florida", "gop", "russian", "democrat") is among
    the capitalised words ``told`` of a person: itself, a form of the same stem ("Russia",
    "Democratic"), its abbreviation ("Fla."), or a party tag's letter ("R-Fla.")."""
    word = _PARTY_LETTERS.get(word, word)
    for t in told:
        if not t[:1].isupper():
            continue
        low = t.lower()
        parts = low.split("-") if low[1:2] == "-" else [low]  # "r-fla."
        for part in parts:
            part = part.strip(".'’")
            if not part:
                continue
            if _PARTY_LETTERS.get(part, part) == word:
                return True
            stem = next(
                (k for k, (a, b) in enumerate(zip(part, word, strict=False)) if a != b),
                min(len(part), len(word)),
            )
            if stem >= 4 and stem >= min(len(part), len(word)) - 2:
                return True  # "russia" for "russian", "democratic" for "democrat"
            short = part.replace(".", "")
            if 2 <= len(short) < len(word) and short[0] == word[0] and _subsequence(short, word):
                return True  # "fla" for "florida", "vt" for "vermont"
    return False


def _own_place(told: list[str], k: int) -> bool:
    """Whether ``told[k]`` gives a person's own state or country: a party tag ("R-Iowa"), or
    a place before a title ("Ohio Gov.", "Texas senator")."""
    word = told[k]
    if PARTY_TAG.fullmatch(word):
        return True
    after = told[k + 1].lower() if k + 1 < len(told) else ""
    return (
        word[:1].isupper()
        and word.lower() in PLACES
        and (after in TITLE_ABBREVIATIONS or role_key(after) in PERSON_ROLES)
    )


def _subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(c in rest for c in short)


def _sex_of(pronoun: str) -> str | None:
    """The sex a third-person pronoun in any case names: "him", "her", "herself"."""
    word = pronoun.lower()
    if word in EMPHATIC_PRONOUNS:
        return EMPHATIC_PRONOUNS[word]
    if word == "hers":
        return "f"
    return PRONOUNS.get(OBJECT_PRONOUNS.get(word, word))
