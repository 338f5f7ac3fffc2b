"""The rules that find, per quote, the words naming its speaker."""

from __future__ import annotations

import re

from quotes.extract.lexicon import (
    CLAUSE_STARTS,
    COPULAS,
    CUE_FORMS,
    DETERMINERS,
    PASSIVE_AUXILIARIES,
    QUOTE_NOUNS,
    SPEECH_NOUNS,
    SUBJECT_PRONOUNS,
    WEAK_CUES,
)
from quotes.extract.marks import TURN_TAG, Found, Paragraph
from quotes.extract.subjects import Subjects
from quotes.extract.words import Attribution, Words, state_adjective

CONFIDENCE = {
    "after": 0.95,
    "before": 0.9,
    "according": 0.8,
    "transcript": 0.9,
    "owner": 0.7,
    "colon": 0.85,
    "paragraph": 0.75,
    "floating": 0.6,
    "lead-in": 0.6,
    "subject": 0.5,
}

_SIGNATURE = re.compile(r"\s*[―—–]\s*([A-Z][^,;:!?()\n]{1,60}?)[.\s]*$")
_TO_WHOM = re.compile(r"\bto (him|her|them)\s*,\s*$")
_LEAD = re.compile(r"[\s,—–-]*")


class Rules(Subjects):
    """The sentence rules, over one document's masked text."""

    def subject(self, q: Found) -> Attribution | None:
        """A quote woven into a sentence with no speech verb takes the sentence's subject.

        "Reid has gone after Trump as a “spoiled brat”" attributes the words to
        Reid; the rule is tried last and only for quotes inside the sentence.
        """
        if not self.embedded(q):
            return None
        open_mark = q.outer[0][0]
        who = self.sentence_subject(open_mark)
        if who is None or who.end > open_mark:
            return None
        between = self.words(who.end, open_mark)
        if not between:
            return None  # 'Tea Party "super PACs"': no verb, the name only qualifies the words
        clause = max(who.end, self.m.rfind(",", who.end, open_mark))
        plain = [w[2].lower() for w in self.words(clause, open_mark) if not w[2].lower().endswith("ly")]
        if len(plain) == 2 and plain[0] in COPULAS and plain[1] in DETERMINERS:
            return None  # 'Reid is a "con artist"' says what Reid is, not what he said
        owner = who.text.endswith(("'s", "’s"))  # "Bornsten's missive was ridiculed for"
        for i, (_, _, w) in enumerate(between):
            back = [x[2].lower() for x in between[max(0, i - 2) : i] if not x[2].lower().endswith("ly")]
            if (
                not owner
                and w.endswith("ed")
                and w.lower() in CUE_FORMS
                and back
                and back[-1] in PASSIVE_AUXILIARIES
            ):
                return None  # "has been called a charlatan by ...": the subject is spoken of
        return Attribution(who, None, "subject")

    def after(self, q: Found) -> Attribution | None:
        close = q.outer[-1][1]
        # The paragraph, not the sentence: '“...?” Trump said' splits after the question mark.
        hi = self.doc.paragraph_at(max(close - 1, 0)).end
        nxt = self._next_quote_start(q, hi)
        hi = min(hi, nxt)
        lead = _LEAD.match(self.m, close, hi)
        pos = lead.end() if lead else close
        words = self.words(pos, min(hi, pos + 400))  # the attribution is near, if anywhere
        if not words:
            return None
        if len(words) > 1 and words[0][2].lower() in DETERMINERS and words[1][2].lower() in QUOTE_NOUNS:
            return None  # '"...," a phrase residents repeated': words about the quote, no attribution
        signed = _SIGNATURE.match(self.m, close, hi)
        if signed:
            # A letter or vox-pop signed after the quote: '“...” ― Carla Sanchez.'
            name = self._name_only(signed.start(1), signed.end(1))
            if name is not None:
                return Attribution(name, None, "after")
        w0 = words[0][2]
        if w0.lower() in CUE_FORMS and w0.islower():
            who = self.subject_following(words[0][1], hi)
            if who is not None:
                return Attribution(who, w0.lower(), "after")
        ended = self.doc.text[q.spans[-1][0] : q.spans[-1][1]].rstrip().endswith(".")
        for i, (s, e, w) in enumerate(words[:30]):
            if ended and self.doc.sentence_at(s).start >= pos:
                break  # '“... meltdown.” She says ...' starts a new sentence and a new statement
            put_it = w in {"put", "puts"} and i + 1 < len(words) and words[i + 1][2] == "it"
            cue = (
                w in CUE_FORMS
                and not state_adjective(words, i)
                and not (w == CUE_FORMS[w] and self._after_determined_name(words, i))
            )
            if (put_it or cue) and i > 0:
                who = self.subject_ending(pos, s)
                between = self.m[pos : who.start].split() if who is not None else []
                as_said = who is not None and [x.lower() for x in between[:1]] == ["as"]
                as_said = as_said and who is not None and self._only_title(pos + 3, who.start)
                if who is not None and who.start >= pos and (self._only_title(pos, who.start) or as_said):
                    # '"...," as a Homeland Security memo put it' too
                    return Attribution(who, w.lower(), "after")
                if who is not None and who.start >= pos and self._closes_sentence(pos, who.start, e):
                    # 'A cashier who "steals $20" is held accountable, Warren said.'
                    return Attribution(who, w.lower(), "after")
                break
            if any(c in self.m[pos:s] for c in ';"“”') or self.doc.sentence_at(s).start > pos:
                break
        return None

    def before(self, q: Found) -> Attribution | None:
        open_mark = q.outer[0][0]
        sent = self.doc.sentence_at(open_mark)
        opening = self.words(sent.start, min(open_mark, sent.start + 40))[:1]
        if opening and opening[0][2] in {"Said", "Says", "Added", "Asked", "Wrote", "Explained"}:
            # "Said Ellis: '...'": the inverted order, at the head of the sentence
            who = self.subject_following(opening[0][1], open_mark)
            if who is not None:
                return Attribution(who, opening[0][2].lower(), "before")
        cues = self._cues(sent.start, open_mark)
        fallback: Attribution | None = None
        for s, _, w in reversed(cues):
            lemma = CUE_FORMS.get(w.lower(), "put")
            if lemma in WEAK_CUES and len(self.words(s, open_mark)) > 12:
                continue
            opener = self.m[sent.start : s].split()
            if w.endswith("ing") and len(opener) <= 2 and all(x.lower() in CLAUSE_STARTS for x in opener):
                # "After saying her foot was '...', she was taken ...": the main clause's subject
                who = self._main_subject(q.spans[-1][0], sent.end)
                if who is not None:
                    return Attribution(who, w.lower(), "before")
            lead_in = self.m[max(0, s - 30) : s].rstrip()
            linked = re.search(r",\s*(?:before|after|while|when)$", lead_in)
            if w.endswith("ing") and linked:
                # '"...," said Calloway, before adding: "..."': the quote before it in the
                # sentence, and its attribution, are the same speaker's
                earlier = [p for p in self.doc.quotes if sent.start <= p.outer[0][0] and p.outer[-1][1] <= s]
                att = self.after(earlier[-1]) if earlier else None
                if att is not None:
                    return Attribution(att.words, w.lower(), "before")
            if w.endswith("ing") and (lead_in.endswith(",") or linked):
                # "..., arguing that": the participle shares a subject with the clause before it,
                # the nearest earlier speech verb's ("Peskov said, adding:") or the sentence's.
                who = self.sentence_subject(s, SUBJECT_PRONOUNS)
                if who is not None and fallback is None:
                    fallback = Attribution(who, w.lower(), "before")
                continue
            who = self.subject_ending(sent.start, s)
            if who is not None:
                return Attribution(who, w.lower(), "before")
        lead = self.m[sent.start : open_mark].rstrip()
        to_whom = _TO_WHOM.search(self.m, max(sent.start, open_mark - 25), open_mark)
        if fallback is None and to_whom:
            # "because to her, '...'": the quote is how it seems to her
            pron = Words(to_whom.start(1), to_whom.end(1), to_whom.group(1), "pronoun")
            return Attribution(pron, None, "before")
        if fallback is None and lead.endswith(":"):
            who = self._noun_colon(sent.start, open_mark) or self._subject_verb_colon(sent.start, open_mark)
            if who is not None:
                return Attribution(who, None, "before")
        return fallback

    def according(self, q: Found) -> Attribution | None:
        sent = self.doc.sentence_at(q.outer[0][0])
        for m in re.finditer(r"\baccording to\s+", self.m[sent.start : sent.end], re.I):
            pos = sent.start + m.end()
            who = self.subject_following(pos, sent.end)
            if who is not None:
                return Attribution(who, "according to", "according")
        return None

    def transcript(self, q: Found) -> Attribution | None:
        """A transcript turn, '"PENCE: Well, look, ...': the tag names the speaker."""
        s, e = q.spans[0]
        tag = TURN_TAG.match(self.doc.text, s, e)
        if tag is None:
            return None
        tokens = [
            (m.start(), m.end(), m.group().title(), False)
            for m in re.finditer(r"[^\s]+", self.doc.text[tag.start(1) : tag.end(1)])
        ]
        titles, name = self.entities.split_title(tokens)  # "SEN. ADA HOLM": Ada Holm
        if not name:
            return None
        base = tag.start(1)
        words = Words(
            base + name[0][0],
            base + name[-1][1],
            " ".join(t[2] for t in name),
            "name",
            " ".join(titles) or None,
        )
        return Attribution(words, None, "transcript")

    def owner(self, q: Found) -> Attribution | None:
        """ "Trump's claim that there have been '...'": the owner of a speech noun before the quote."""
        open_mark = q.outer[0][0]
        sent = self.doc.sentence_at(open_mark)
        words = self.words(sent.start, open_mark)[-14:]
        for i in range(len(words) - 2, -1, -1):
            _, e, w = words[i]
            if not (w.endswith(("'s", "’s")) and w[:1].isupper()):
                continue
            nouns = [j for j in range(i + 1, min(i + 4, len(words))) if words[j][2].lower() in SPEECH_NOUNS]
            if not nouns:
                continue
            # the quote must be what was claimed ("claim that ..."), not said of it ("statement was")
            between = [x[2].lower() for x in words[nouns[0] + 1 :]]
            if (
                between
                and between[0] != "that"
                and (between[0] not in {"of", "about"} or COPULAS & set(between))
            ):
                continue
            k = i
            while k > 0 and words[k - 1][2][:1].isupper():
                k -= 1
            who = self._name_only(words[k][0], e - 2)
            if who is not None:
                return Attribution(who, None, "owner")
        return None

    def colon(self, q: Found) -> Attribution | None:
        """A quote opening its paragraph after a paragraph that ends "Caddell continued:"."""
        para = q.paragraph
        if para == 0 or not self.opens_paragraph(q):
            return None
        prev = self.doc.paragraphs[para - 1]
        if not self.m[prev.start : prev.end].rstrip().endswith(":"):
            return None
        att = self._lead_in(prev, "colon")
        if att is None:
            # "Sanders made the following comment:"
            who = self._noun_colon(self.doc.sentence_at(prev.end - 1).start, prev.end)
            att = Attribution(who, None, "colon") if who is not None else None
        return att

    def prose_lead(self, q: Found) -> Attribution | None:
        """A quote opening a sentence after the reporter's sentence about its speaker.

        "..., Schiff said. "The other factor ..."" and "Lawrence Cummings called him a
        master at deals. "He showed again and again ..."" continue that speaker.
        """
        sent = self.doc.sentence_at(q.outer[0][0])
        if sent.index == 0 or not self.opens_sentence(q):
            return None
        prev = self.doc.sentences[sent.index - 1]
        if prev.paragraph != q.paragraph or any(
            p.outer[0][0] < prev.end and p.end > prev.start for p in self.doc.quotes
        ):
            return None
        for s, _, w in reversed(self._cues(prev.start, prev.end)):
            who = self.subject_ending(prev.start, s)
            if who is not None:
                return Attribution(who, w.lower(), "lead-in")
            who = self.subject_following(s + len(w), prev.end)  # "..., noted NBC's Dante Chinni."
            if who is not None and self.m[prev.start : s].rstrip().endswith(","):
                return Attribution(who, w.lower(), "lead-in")
        return None

    def lead_in(self, q: Found) -> Attribution | None:
        """A quote paragraph after prose that ends on a speech cue ("Trump told the Journal that ...")."""
        if q.paragraph == 0 or not self.opens_paragraph(q):
            return None
        prev = self.doc.paragraphs[q.paragraph - 1]
        if any(p.paragraph <= prev.index <= p.last_paragraph for p in self.doc.quotes):
            return None
        return self._lead_in(prev, "lead-in")

    def _lead_in(self, prev: Paragraph, rule: str) -> Attribution | None:
        sent = self.doc.sentence_at(prev.end - 1)
        for s, _, w in reversed(self._cues(sent.start, prev.end)):
            if rule != "colon" and CUE_FORMS.get(w.lower(), "put") in WEAK_CUES:
                continue  # "Caddell continued:" introduces a quote; "continued to" prose does not
            who = self.subject_ending(sent.start, s)
            if who is not None:
                return Attribution(who, w.lower(), rule)
        return None

    def said_after(self, q: Found) -> tuple[bool, Attribution | None]:
        """Whether the sentence goes on after the quote to a speech verb, and its subject.

        '"You squeezed them" to drive up the price, she said': the words belong to
        that verb's subject, even when the rules could not read it, and so to nobody
        another quote would lend.
        """
        close = q.outer[-1][1]
        last = self.doc.text[q.spans[-1][0] : q.spans[-1][1]].rstrip()
        after = self.words(close, min(self.doc.paragraph_at(max(close - 1, 0)).end, close + 120))[:12]
        if not after or not (last.endswith(",") or after[0][2][:1].islower()):
            return False, None
        stop = next((i for i, w in enumerate(after) if self.m[w[1] : w[1] + 1] in ".!?;"), len(after) - 1)
        cues = self._cues(after[0][0], after[stop][1])
        if not cues:
            return False, None
        s, _, w = cues[0]
        who = self.subject_ending(after[0][0], s)
        return True, Attribution(who, w.lower(), "after") if who is not None else None
