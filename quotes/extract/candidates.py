"""Candidate speakers of a quote, each with what proposed it and its features, for the
ranker (:mod:`quotes.extract.rank`) to choose from.

The rules (:mod:`quotes.extract.rules`) each propose at most one speaker; here every
rule is asked, not only the first that answers, and their proposals are pooled with
a sweep of the mentions near the quote: the names, the personal and relative pronouns
and the noun phrases of the quote's sentence, the sentences before it in its paragraph,
the sentence after it and the last sentence of the paragraph before. One more
candidate, NONE, stands for "nobody": a quote gets no speaker when NONE wins.

A :class:`Candidate` is a small frozen record: the words (character offsets), the
sources that proposed them, the entity they resolve to, and features, which are
strings that the ranker weighs. Features are structural on purpose (side, distance, the
clause role read from the closed-class word next to the words, a speech verb in the sentence,
a cue verb next to the words, the kind of mention, agreement in person and number, salience, the closed
class of the cue verb), never a particular name or outlet, so that what was fitted on
one set of articles holds on others.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from quotes.extract.entities import Entity
from quotes.extract.lexicon import (
    ADVERBS,
    AUXILIARIES,
    CUE_FORMS,
    DOCUMENT_NOUNS,
    ORG_ROLES,
    PARTY_MEMBERS,
    PERSON_ROLES,
    PREPOSITIONS,
    ROLES,
    WEAK_CUES,
)
from quotes.extract.marks import Found
from quotes.extract.resolve import Resolver
from quotes.extract.subjects import Subjects
from quotes.extract.words import Attribution, Word, Words, role_head

NONE = "none"
# The names of the features (the part before the first ":" of each feature string):
# what a weights file may hold weights for.
FEATURE_NAMES = frozenset(
    """none src nrules chain kind np ent unresolved later side sd same_para prev_para gap side_sd
    side_gap kind_side_sd rank quote_between cue_next cue_next_side comma_next cue_prev prep_prev
    cue x_src_cue x_unresolved cue_info x_kind_cue x_core x_gap x_q x_src m same_as_chain
    sentence_start one_word_name_at_sentence_start possessive ends_sentence word word_side x_person
    x_punct x_commas role x_role sent_cue agree""".split()
)
# The sweep's sources: what kind of words the sweep found.
SWEEP_SOURCES = ("name", "pronoun", "relative", "np")
_PERSONAL = {"he", "she", "they", "it", "i", "we"}
_RELATIVE = {"who", "which"}
# Words that open a noun phrase that can be someone: "one Trump confidant", "his wife",
# "another commenter", "the investor", "some Republicans".
_NP_OPENERS = {
    "the",
    "a",
    "an",
    "one",
    "another",
    "some",
    "his",
    "her",
    "their",
    "its",
    "many",
    "several",
    "two",
    "three",
    "both",
    "other",
    "most",
    "few",
}
_NP_BREAK = PREPOSITIONS | {"that", "who", "which", "and", "or", "but", "when", "where", "is", "was", "has"}
_MAX_SWEEP = 6
_GAP_PUNCT = sorted(":;(),—–")  # the marks between a candidate and its quote that tell
_FIRST_PERSON = {
    "I",
    "I'm",
    "I’m",
    "I've",
    "I’ve",
    "me",
    "my",
    "we",
    "We",
    "our",
    "Our",
    "us",
    "My",
}  # the nearest sweep candidates a quote keeps
_FIRST_PLURAL = {"we", "We", "our", "Our", "us"}
_SENTENCE_END = ".!?"
# closed-class words after a subject ("X has", "X will"): the candidate opens a clause
_AUXILIARIES = AUXILIARIES


# The picks the ranker may change: those of the rules under 0.80 speaker precision on
# polnear-train (subject 0.72, floating 0.72, lead-in 0.58), and of ``before`` when its
# words are a noun phrase (0.79: "the investor", against 0.92 for a name); a kind of
# None is any words. Every other pick stands (after, paragraph and colon are about 0.98
# precise; before's names and pronouns 0.87 to 0.93), and the ranker fills only quotes
# the rules give no speaker or one of these picks: a wrong speaker is worse than none.
# Chosen on the five folds (scripts/train_ranker.py), which also keeps the extractor
# within its time budget.
WEIGHED_PICKS: frozenset[tuple[str, str | None]] = frozenset(
    {("subject", None), ("floating", None), ("lead-in", None), ("before", "np")}
)


def weighed(att: Attribution | None) -> bool:
    """Whether the ranker chooses the speaker of a statement whose chain pick is ``att``
    (None: the rules found nobody)."""
    if att is None:
        return True
    return (att.rule, None) in WEIGHED_PICKS or (att.rule, att.words.kind) in WEIGHED_PICKS


def weighed_picks() -> list[str]:
    """:data:`WEIGHED_PICKS` listed back: "subject", "before:np"."""
    return sorted(rule if kind is None else f"{rule}:{kind}" for rule, kind in WEIGHED_PICKS)


def settles(read: Subjects, q: Found, att: Attribution) -> bool:
    """Whether the rule chain's pick is final with no candidates to show either: a transcript
    turn's tag, a colon paragraph's speaker, ``according to X``, and the attribution of a
    full quote read right after or before it or borrowed from an earlier quote of its
    paragraph. The other quotes' candidates are what the ranker is fitted on (and what
    ``--explain`` shows); it decides only those :func:`weighed` lets it."""
    if att.rule in ("transcript", "colon", "according", "display"):
        return True
    return att.rule in ("after", "before", "paragraph") and not read.embedded(q)


def cue_class(lemma: str) -> str:
    """The closed class of a cue verb: how sure a speaker it makes of its subject."""
    if lemma in {"tell", "ask"}:
        return "tell"  # its object is who listened: "told reporters", "asked Clinton"
    if lemma in {"say", "add", "state", "declare", "reply", "respond", "answer", "remark", "comment"}:
        return "say"
    if lemma in {"write", "tweet", "post", "report", "testify"}:
        return "write"
    if lemma in WEAK_CUES:
        return "weak"
    return "other"


def _bucket(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


@dataclass(frozen=True)
class Candidate:
    """A possible speaker of one quote: ``words`` (None for NONE), the ``sources`` that
    proposed them (rule names, a sweep source or ``"none"``), the cue verb a rule read
    with them, the ``entity`` they resolve to, and the ranker's ``features``."""

    words: Words | None
    sources: tuple[str, ...]
    features: tuple[str, ...]
    cue: str | None = None
    rule: str | None = None  # the first rule among the sources, in the registry's order
    entity: Entity | None = field(default=None, compare=False)
    resolved: bool = True  # False: words after the quote, resolved only if chosen
    chain: bool = False  # the rule chain's pick (the ranker keeps it unless sure it is wrong)

    @property
    def is_none(self) -> bool:
        return self.words is None


@dataclass
class _Pending:
    words: Words
    sources: list[str]
    cue: str | None
    rule: str | None
    entity: Entity | None
    resolved: bool


class Sweep:
    """One article's candidate sweep: the words of each window, read once, and what the
    reading so far knows (the last speaker)."""

    def __init__(self, read: Subjects, resolver: Resolver) -> None:
        self.read = read
        self.resolver = resolver
        self.doc = read.doc
        self.quote_starts = sorted(q.outer[0][0] for q in self.doc.quotes)
        self.last_speaker: Entity | None = None
        self.words: list[Word] = []
        self.starts: list[int] = []
        self._windows: dict[tuple[int, int], tuple[list[Word], list[int]]] = {}
        self.flags: dict[tuple[int, int], tuple[str, ...]] = {}  # what reading knew of a name
        self._swept: dict[tuple[int, int], list[tuple[Words, str, Entity | None]]] = {}
        self._cued: dict[int, bool] = {}  # per sentence, whether it has a speech verb

    # -- the window --------------------------------------------------------------------

    def window(self, q: Found) -> tuple[int, int]:
        """[lo, hi) where a speaker of ``q`` is looked for: its sentences, the two before
        it in its paragraph (or the last of the paragraph before) and the one after it in
        its paragraph; it makes their words those :meth:`words_between` counts."""
        doc = self.doc
        first = doc.sentence_at(q.outer[0][0])
        last = doc.sentence_at(max(q.outer[-1][1] - 1, 0))
        lo_index = first.index
        for _ in range(2):
            if lo_index == 0:
                break
            lo_index -= 1
            if doc.sentences[lo_index].paragraph != first.paragraph:
                break  # the last sentence of the paragraph before, no further
        hi_index = last.index
        if hi_index + 1 < len(doc.sentences) and doc.sentences[hi_index + 1].paragraph == last.paragraph:
            hi_index += 1
        lo, hi = doc.sentences[lo_index].start, doc.sentences[hi_index].end
        key = (lo, hi)
        cached = self._windows.get(key)
        if cached is None:
            words = self.read.words(lo, hi)
            cached = self._windows[key] = (words, [w.start for w in words])
        self.words, self.starts = cached
        return lo, hi

    def _word_index(self, pos: int) -> int:
        return bisect.bisect_left(self.starts, pos)

    def words_between(self, a: int, b: int) -> int:
        return max(0, self._word_index(b) - self._word_index(a))

    def next_quote(self, a: int) -> int:
        """Where the first quote after ``a`` opens (past the end of the text if none does)."""
        i = bisect.bisect_right(self.quote_starts, a)
        return self.quote_starts[i] if i < len(self.quote_starts) else len(self.read.m) + 1

    def sentence_has_cue(self, index: int, start: int, end: int) -> bool:
        """Whether sentence ``index`` (at [start, end)) has a speech verb outside its quotes."""
        known = self._cued.get(index)
        if known is None:
            i, j = self._word_index(start), self._word_index(end)
            known = self._cued[index] = any(w.text in CUE_FORMS and w.text.islower() for w in self.words[i:j])
        return known

    def quote_between(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, a)
        return i < len(self.quote_starts) and self.quote_starts[i] < b

    # -- the sweep ---------------------------------------------------------------------

    def sweep(self, q: Found, lo: int, hi: int) -> list[tuple[Words, str, Entity | None]]:
        """The names, pronouns, relative pronouns and noun phrases of the window [lo, hi)
        outside quotes (after :meth:`window`)."""
        cached = self._swept.get((lo, hi))
        if cached is not None:
            return list(cached)  # the window of another quote of the paragraph
        out: list[tuple[Words, str, Entity | None]] = []
        self._swept[(lo, hi)] = out
        entities = self.read.entities
        s0 = self.doc.sentence_at(lo).index
        s1 = self.doc.sentence_at(max(hi - 1, 0)).index
        named: list[tuple[int, int, Entity]] = []
        for s in range(s0, s1 + 1):
            for mention, e in entities.in_sentence(s):
                if lo <= mention.start and mention.end <= hi:
                    span = (mention.start, mention.end)
                    named.append((*span, e))
                    out.append((Words(*span, mention.text, "name"), "name", e))
                    flags = (
                        ("subject",) * mention.subject
                        + ("speaker",) * mention.speaker
                        + ("modifier",) * mention.modifier
                    )
                    if flags:
                        self.flags[span] = flags
        words = self.words
        j = len(words)
        m = self.read.m
        for k in range(j):
            w = words[k]
            low = w.text.lower()
            if low in _PERSONAL:
                out.append((Words(w.start, w.end, w.text, "pronoun"), "pronoun", None))
            elif low in _RELATIVE and k > 0 and m[words[k - 1].end : w.start].strip() in {",", ""}:
                # "Scott Reed, ..., who added": the relative pronoun, resolved to the
                # nearest name before it in its sentence
                # ("which" stands for no person: "praised the union, which called" is the
                # union's, not Tom Berg's, when the union is no name it knows)
                sent = self.doc.sentence_at(w.start)
                ante = [e for s, _, e in named if sent.start <= s < w.start]
                if low == "which":
                    ante = [e for e in ante[-1:] if e.kind == "org"]
                out.append((Words(w.start, w.end, w.text, "pronoun"), "relative", ante[-1] if ante else None))
            elif low in _NP_OPENERS and (w.text.islower() or self._opens_sentence(w)):
                np = self._noun_phrase(k, j)
                if np is not None:
                    out.append((np, "np", None))
        return list(out)

    def _opens_sentence(self, w: Word) -> bool:
        return self.doc.sentence_at(w.start).start == w.start

    def _noun_phrase(self, k: int, j: int) -> Words | None:
        """ "one Trump confidant", "the investor", "the Vermont senator": an opener,
        capitalised words, a lower-case head (and a role noun after it: "the retired
        neurosurgeon"); nothing but spaces between the words, no adverb or verb."""
        words = self.words
        m = self.read.m
        head = None
        for n in range(k + 1, min(k + 6, j)):
            w = words[n]
            if m[words[n - 1].end : w.start].strip():
                break  # punctuation or a quote between: the phrase ended
            low = w.text.lower()
            if low in _NP_BREAK or low in ADVERBS or (w.text.islower() and low in CUE_FORMS):
                break
            if w.text.islower():
                if head is not None and role_head(low) not in ROLES:
                    break
                head = n
            elif head is not None:
                break
        if head is None:
            return None
        s, e = words[k].start, words[head].end
        return Words(s, e, m[s:e], "np")


def _resolve(resolver: Resolver, words: Words) -> Entity | None:
    try:
        return resolver.resolve(words)[0]
    except (IndexError, ValueError):  # a malformed span never stops extraction
        return None


def gather(
    sweep: Sweep,
    q: Found,
    qkind: str,
    proposals: Sequence[tuple[Attribution, Entity | None, bool]],
    chain: Attribution | None,
) -> list[Candidate]:
    """The candidates of ``q``: the rules' ``proposals`` (each with its entity and whether
    the caller resolved it), the sweep of its window, and NONE; ``chain`` is the proposal the rule
    chain picks (today's decision, a feature); ``qkind`` the quote's kind."""
    read = sweep.read
    pending: dict[tuple[int, int], _Pending] = {}
    for att, entity, resolved in proposals:
        key = (att.words.start, att.words.end)
        p = pending.get(key)
        if p is None:
            pending[key] = _Pending(att.words, [att.rule], att.cue, att.rule, entity, resolved)
        elif att.rule not in p.sources:
            p.sources.append(att.rule)
            p.cue = p.cue or att.cue
            if resolved and not p.resolved:
                p.entity, p.resolved = entity, True
    lo, hi = sweep.window(q)
    qs, qe = q.outer[0][0], q.outer[-1][1]
    swept = sweep.sweep(q, lo, hi)
    swept.sort(key=lambda x: min(abs(qs - x[0].end), abs(x[0].start - qe)))
    kept = 0
    for words, source, entity in swept:
        key = (words.start, words.end)
        p = pending.get(key)
        if p is not None:
            if source not in p.sources:
                p.sources.append(source)
            continue
        if kept >= _MAX_SWEEP and not ({"subject", "speaker"} & set(sweep.flags.get(key, ()))):
            continue  # the nearest few, and every name read as a subject or a speaker
        # a sweep span inside a rule's span ("Peskov" in "spokesman Dmitry Peskov") is the
        # same mention
        if any(k[0] <= words.start and words.end <= k[1] for k in pending):
            continue
        kept += 1
        resolved = source in ("name", "relative") or (source == "pronoun" and words.end <= qs)
        if source == "pronoun" and resolved:
            entity = _resolve(sweep.resolver, words)
        pending[key] = _Pending(words, [source], None, None, entity, resolved)

    q_feats = _quote_features(read, q, qkind)
    out = [Candidate(None, (NONE,), _none_features(sweep, q, q_feats, chain, bool(pending)))]
    chain_key = (chain.words.start, chain.words.end) if chain is not None else None
    chain_entity = pending[chain_key].entity if chain_key in pending else None
    sides: dict[str, list[int]] = {"before": [], "after": []}
    for key in pending:
        sides["before" if key[1] <= qs else "after"].append(key[0])
    for key, p in pending.items():
        feats = _features(sweep, q, p, key == chain_key, chain_entity, sides, q_feats)
        out.append(
            Candidate(p.words, tuple(p.sources), feats, p.cue, p.rule, p.entity, p.resolved, key == chain_key)
        )
    return out


def _quote_features(read: Subjects, q: Found, qkind: str) -> tuple[str, ...]:
    words = read.doc.text[q.start : q.end].split()
    n = len(words)
    # a quote in the first person is someone's own words, a person's or a group's
    firsts = {w.strip(",.;:!?") for w in words} & _FIRST_PERSON
    person = "q:first_person" if firsts else "q:third_person"
    # and "I" is one person's, "we" a group's or a speaker's for one
    number = "q:1sg" if firsts - _FIRST_PLURAL else ("q:1pl" if firsts else "q:3")
    return (
        f"q:{qkind}",
        person,
        "q:opens_para"
        if read.opens_paragraph(q)
        else ("q:opens_sent" if read.opens_sentence(q) else "q:inside"),
        f"q:len{_bucket(n, (3, 10))}",
        number,
    )


def _none_features(
    sweep: Sweep, q: Found, q_feats: tuple[str, ...], chain: Attribution | None, any_candidate: bool
) -> tuple[str, ...]:
    feats = ["none", *(f"none:{f}" for f in q_feats)]
    feats.append("none:chain" if chain is not None else "none:no_chain")
    if not any_candidate:
        feats.append("none:alone")
    sent = sweep.doc.sentence_at(q.outer[0][0])
    i, j = sweep._word_index(sent.start), sweep._word_index(sent.end)
    if not any(w.text in CUE_FORMS and w.text.islower() for w in sweep.words[i:j]):
        feats.append("none:no_cue_in_sentence")
    return tuple(feats)


def _role(m: str, w: Words, prev_w: Word | None, next_w: Word | None) -> str:
    """What the words are to the clause they stand in, from the closed-class word next to them:
    its subject ("X will", "X has said", "X tweeted"), the object of a preposition ("of X")
    or of a verb ("blamed X"), else unknown."""
    if next_w is not None and next_w.text.islower() and not m[w.end : next_w.start].strip():
        t = next_w.text
        if t in _AUXILIARIES or t in CUE_FORMS or (t.endswith("ed") and t not in PREPOSITIONS):
            return "subject"
    if prev_w is not None and prev_w.text.islower() and not m[prev_w.end : w.start].strip():
        t = prev_w.text
        if t in PREPOSITIONS:
            return "pobj"
        if t in CUE_FORMS or t.endswith("ed"):
            return "object"
    return "-"


def _number(w: Words, kind: str, ent: Entity | None) -> str:
    """One speaker or many: "they", "the protesters" and a group against "he" and a person."""
    first = w.text.split()[0].lower()
    if first in ("they", "we") or (ent is not None and ent.kind in ("group", "org")):
        return "pl"
    if first in ("he", "she", "i") or (ent is not None and ent.kind == "person"):
        return "sg"
    if kind == "np":
        head = w.text.split()[-1].lower()
        return "pl" if head.endswith("s") and not head.endswith("ss") else "sg"
    return "-"


def _features(
    sweep: Sweep,
    q: Found,
    p: _Pending,
    is_chain: bool,
    chain_entity: Entity | None,
    sides: dict[str, list[int]],
    q_feats: tuple[str, ...],
) -> tuple[str, ...]:
    read = sweep.read
    doc = read.doc
    m = read.m
    w = p.words
    qs, qe = q.outer[0][0], q.outer[-1][1]
    side = "before" if w.end <= qs else "after"
    feats: list[str] = [f"src:{s}" for s in p.sources]
    rules = [s for s in p.sources if s not in SWEEP_SOURCES]
    feats.append(f"nrules:{min(len(rules), 3)}")
    if is_chain:
        feats.append("chain")
        feats.append(f"chain:{q_feats[0]}")
    kind = "relative" if "relative" in p.sources else w.kind
    feats.append(f"kind:{kind}")
    if kind != "name":
        # the closed-class word it opens with: "he" against "it", "one" against "the"
        first = w.text.split()[0].lower()
        if first in _PERSONAL or first in _RELATIVE or first in _NP_OPENERS:
            feats.append(f"word:{first}")
            feats.append(f"word_side:{first}:{side}")
    if kind == "np":
        # what the head noun names, by the lexicon's closed lists: "the investor" can speak,
        # "the weather" cannot
        head = role_head(w.text.split()[-1])
        if head in PERSON_ROLES or head in PARTY_MEMBERS:
            feats.append("np:person")
        elif head in ORG_ROLES:
            feats.append("np:org")
        elif head in DOCUMENT_NOUNS:
            feats.append("np:document")
        else:
            feats.append("np:other")
    ent = p.entity
    feats.append(f"x_person:{q_feats[1]}:{kind}:{ent.kind if ent is not None else '-'}")
    if ent is not None:
        feats.append(f"ent:{ent.kind}")
        if ent.speaks:
            feats.append("ent:speaks")
        if ent is sweep.last_speaker:
            feats.append("ent:last_speaker")
    elif p.resolved:
        feats.append("unresolved")
    else:
        feats.append("later")  # resolved only if chosen
    # where it stands
    q_sent = doc.sentence_at(qs if side == "before" else max(qe - 1, 0))
    c_sent = doc.sentence_at(w.start)
    sd = abs(q_sent.index - c_sent.index)
    para = (
        "same_para"
        if c_sent.paragraph == q.paragraph or c_sent.paragraph == q.last_paragraph
        else "prev_para"
    )
    gap = sweep.words_between(w.end, qs) if side == "before" else sweep.words_between(qe, w.start)
    gap_b = _bucket(gap, (0, 2, 5, 10, 20))
    sd_b = _bucket(sd, (0, 1))
    feats += [
        f"side:{side}",
        f"sd:{sd_b}",
        para,
        f"gap:{gap_b}",
        f"side_sd:{side}:{sd_b}",
        f"side_gap:{side}:{gap_b}",
        f"kind_side_sd:{kind}:{side}:{sd_b}",
    ]
    rank = sum(1 for s in sides[side] if (s > w.start if side == "before" else s < w.start))
    feats.append(f"rank:{side}:{_bucket(rank, (0, 1, 2))}")
    between = (w.end, qs) if side == "before" else (qe, w.start)
    if sweep.quote_between(*between):
        feats.append("quote_between")
    gap_text = m[between[0] : between[1]]
    punct = "".join(c for c in _GAP_PUNCT if c in gap_text)
    commas = gap_text.count(",")
    feats.append(f"x_punct:{kind}:{side}:{punct or '-'}")
    feats.append(f"x_commas:{kind}:{side}:{_bucket(commas, (0, 1, 2))}")
    # the words next to it
    k = sweep._word_index(w.start)
    k_end = sweep._word_index(w.end)
    prev_w = sweep.words[k - 1] if k > 0 else None
    next_w = sweep.words[k_end] if k_end < len(sweep.words) else None
    cue_info = "none"
    if (
        next_w is not None
        and next_w.text.islower()
        and next_w.text in CUE_FORMS
        and not m[w.end : next_w.start].strip()
    ):
        cue_info = "next"
        feats.append(f"cue_next:{cue_class(CUE_FORMS[next_w.text])}")
        feats.append(f"cue_next_side:{side}")
    elif next_w is not None and m[w.end : next_w.start].strip() == ",":
        feats.append("comma_next")
    if prev_w is not None and not m[prev_w.end : w.start].strip():
        low = prev_w.text.lower()
        if prev_w.text.islower() and low in CUE_FORMS:
            cue_info = "prev" if cue_info == "none" else cue_info
            feats.append(f"cue_prev:{cue_class(CUE_FORMS[low])}")
        elif low in PREPOSITIONS:
            feats.append(
                f"prep_prev:{low}" if low in {"of", "in", "to", "by", "from", "with", "for"} else "prep_prev"
            )
    role = _role(m, w, prev_w, next_w)
    feats.append(f"role:{role}")
    feats.append(f"x_role:{kind}:{side}:{role}")
    cued = sweep.sentence_has_cue(c_sent.index, c_sent.start, c_sent.end)
    feats.append(f"sent_cue:{kind}:{'yes' if cued else 'no'}")
    feats.append(f"agree:{q_feats[4]}:{_number(w, kind, ent)}")
    if p.cue is not None:
        cls = cue_class(CUE_FORMS.get(p.cue, "say"))
        feats.append(f"cue:{cls}")
        feats.extend(f"x_src_cue:{src}:{cls}" for src in rules)
    if ent is None and kind in ("pronoun", "relative") and p.resolved:
        feats.append(f"x_unresolved:{kind}")
    # a cue verb later in its sentence, before anything but words: "X, who ..., said"
    if cue_info == "none":
        limit = min(c_sent.end, sweep.next_quote(w.end))
        for n in range(k_end, min(len(sweep.words), k_end + 10)):
            nw = sweep.words[n]
            if nw.start >= limit:
                break
            if nw.text.islower() and nw.text in CUE_FORMS:
                cue_info = "later" + _bucket(n - k_end, (3, 9))
                break
    rank_b = _bucket(rank, (0, 1, 2))
    feats += [
        f"cue_info:{cue_info}",
        f"x_kind_cue:{kind}:{cue_info}",
        f"x_core:{kind}:{side}:{sd_b}:{rank_b}:{cue_info}",
        f"x_gap:{kind}:{side}:{gap_b}",
        f"x_q:{kind}:{side}:{q_feats[2]}",
        *(f"x_src:{src}:{q_feats[0]}" for src in p.sources),
    ]
    for flag in sweep.flags.get((w.start, w.end), ()):
        feats.append(f"m:{flag}")
    if ent is not None and ent is chain_entity:
        feats.append(f"same_as_chain:{kind}")
    if w.start == c_sent.start:
        feats.append("sentence_start")
        if w.kind == "name" and " " not in w.text.strip():
            feats.append("one_word_name_at_sentence_start")
    if w.text.endswith(("'s", "’s")):
        feats.append("possessive")
    tail = m[w.end : w.end + 2]
    if tail[:1] in _SENTENCE_END and side == "before" and sd == 0:
        feats.append("ends_sentence")
    return tuple(feats)
