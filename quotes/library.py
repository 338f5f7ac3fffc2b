"""The quotes library: what the command line does, as functions over a store.

``Library`` joins the pieces: it runs the extractor over articles, writes
records to the ``Store`` and keeps the search ``Engine`` in step with them, and
answers questions (search, quotes by a speaker, one quote by id, the speakers).
It never prints and never imports click; errors are ``QuotesError``s.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from quotes import canonical, corrections, names, people
from quotes.engine import Engine, Hit, WhooshEngine
from quotes.errors import CorrectionError, NotFound, StoreError
from quotes.model import KINDS, Article, Quote, Record
from quotes.store import Store, is_article_id

Extractor = Callable[[str], Sequence[Quote]]


def default_extractor(text: str) -> list[Quote]:
    """``quotes.extract.extract_quotes``, imported on first use so that read-only
    commands (search, show, cite) do not load the extractor's lexicons."""
    from quotes.extract import extract_quotes

    return extract_quotes(text)


def extract_record(article: Article, extractor: Extractor = default_extractor) -> Record:
    """The record of ``article``: it and the quotes the extractor finds in its text, each
    bare-surname speaker given the fullest name the article (headline included) gives them."""
    quotes = canonical.canonicalise(extractor(article.text), article.text, article.title)
    return Record(article=article, quotes=quotes)


@dataclass(frozen=True)
class Ingested:
    """What ingesting one article did: ``status`` is ``added``, ``updated`` or ``unchanged``;
    ``missing`` are corrections of its quotes that the extractor no longer finds."""

    record: Record
    status: str
    missing: tuple[corrections.Correction, ...] = ()


@dataclass(frozen=True)
class Found:
    """One stored quote with its id and the record it belongs to."""

    id: str
    quote: Quote
    record: Record


@dataclass(frozen=True)
class Library:
    """A store, its search engine and the extractor used to fill it."""

    store: Store
    engine: Engine
    extractor: Extractor = default_extractor

    @classmethod
    def at(cls, root: Path, extractor: Extractor = default_extractor) -> Library:
        """The library of store directory ``root``, which ``ingest`` creates if needed."""
        store = Store(root)
        return cls(store, WhooshEngine(store.index_dir), extractor)

    @classmethod
    def open(cls, root: Path, extractor: Extractor = default_extractor) -> Library:
        """The library of an existing store; StoreError naming ``root`` when there is none."""
        Store(root).check()
        return cls.at(root, extractor)

    def ingest(
        self, articles: Iterable[Article], progress: Callable[[Ingested], None] | None = None
    ) -> list[Ingested]:
        """Extract, store and index ``articles``; creates the store when needed.

        A record whose bytes do not change is neither rewritten nor re-indexed. The
        same text read again without some metadata keeps what the store already had
        (a copy of the file without its sidecar never erases title, source or date).
        """
        done: list[Ingested] = []
        changed: list[Record] = []
        fixes = corrections.load(self.store.root)
        try:
            for article in articles:
                existed = self.store.record_path(article.id).is_file()
                if existed:
                    article = self._keep_metadata(article)
                applied = corrections.apply(extract_record(article, self.extractor), fixes)
                record = applied.record
                wrote = self.store.put(record)
                status = ("updated" if existed else "added") if wrote else "unchanged"
                result = Ingested(record, status, applied.missing)
                if wrote:
                    changed.append(record)
                done.append(result)
                if progress:
                    progress(result)
        finally:
            # Index whatever was written, even when a later article failed, so the
            # index always agrees with records/.
            if self.store.exists() and not self.engine.exists():
                self.engine.rebuild(self.store.records())
            else:
                self.engine.add(changed)
            if self.store.exists() and (changed or people.load(self.store.root) is None):
                self.rebuild_people(strict=False)
        return done

    def _keep_metadata(self, article: Article) -> Article:
        try:
            old = self.store.get(article.id).article
        except StoreError:
            return article  # a malformed record is replaced by the article read now
        return replace(
            article,
            title=article.title or old.title,
            source=article.source or old.source,
            date=article.date or old.date,
            authors=article.authors or old.authors,
            url=article.url or old.url,
        )

    def registry(self) -> list[people.Person]:
        """The people registry (``people.yaml``), built from the records when the store has none."""
        found = people.load(self.store.root)
        return found if found is not None else self.rebuild_people()

    def rebuild_people(self, strict: bool = True) -> list[people.Person]:
        """Rebuild ``people.yaml`` from the records and the merges of ``corrections.yaml``.

        A hand edit of ``people.yaml`` is kept: a name moved under another person, or a
        person renamed, becomes a ``merge`` correction, a name taken out of its person a
        ``split``, before the rebuild. Not
        ``strict``: a record that cannot be read is left out (ingest must not fail
        on an old damaged record; reindex names it).
        """
        self.store.check()
        records = list(self.store.records()) if strict else list(self._readable_records())
        fixes = corrections.load(self.store.root)
        built = people.build(records, corrections.merges(fixes), corrections.splits(fixes))
        asked = people.hand_edits(self.store.root, built)
        if asked:
            for name, into in asked:
                action = "merge" if into else "split"
                fixes = corrections.add(
                    fixes, corrections.Correction(action, corrections.now(), name=name, speaker=into)
                )
            corrections.save(self.store.root, fixes)
            built = people.build(records, corrections.merges(fixes), corrections.splits(fixes))
        people.save(self.store.root, built)
        return built

    def _readable_records(self) -> Iterator[Record]:
        for article_id in self.store.ids():
            try:
                yield self.store.get(article_id)
            except StoreError:
                continue

    def speakers(self) -> list[people.Person]:
        """Every speaker (a person or an organisation) with quote counts and titles, most quoted
        first: one row per person of the registry, under all their names. Places, institution
        words and codes are left out (``registry()`` has them)."""
        return [p for p in self.registry() if p.is_speaker]

    def resolve_source(self, source: str) -> str:
        """The outlet to filter on: ``source`` when a stored outlet has its words, else the
        one outlet it spells without spaces or hyphens ("huffpost": "huff-post"); NotFound,
        with the closest outlets, when there is none."""
        words = names.fold(source).split()
        if not words:
            return source  # the engine says there is nothing to match
        known = sorted(self.engine.sources())
        if any(set(words) <= set(names.fold(k).split()) for k in known):
            return source
        spelled = [k for k in known if names.compact(k) == names.compact(source)]
        if len(spelled) == 1:
            return spelled[0]
        close = names.suggest(source, known)
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        raise NotFound(f"no source matches {source!r}{hint}")

    def resolve_speaker(self, name: str) -> list[str]:
        """The exact speaker names of the people ``name`` means (see ``speaker_filter``)."""
        return list(self.speaker_filter(name).speakers)

    def speaker_filter(self, name: str) -> people.Filter:
        """The people ``name`` means (a full name, a surname, with or without a title, in any
        case or accents; see ``people.find``) as an engine filter; NotFound suggesting the
        closest names when there is none."""
        known = self.registry()
        found = people.find(name, known)
        if not found:
            close = names.suggest(name, people.every_name(known))
            hint = f"; did you mean {' or '.join(close)}?" if close else ""
            raise NotFound(f"no speaker matches {name!r}{hint}")
        return people.filter_for(found, known)

    def search(
        self,
        text: str,
        *,
        speaker: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        source: str | None = None,
        limit: int | None = 20,
        include_terms: bool = False,
    ) -> list[Hit]:
        """Quotes matching query ``text`` (whoosh syntax), best first. ``speaker`` and a
        ``speaker:NAME`` clause of the query go through the people registry."""
        text, named = _speaker_clause(text)
        wanted = None
        for who in (speaker, named):
            if who:
                f = self.speaker_filter(who)
                wanted = f if wanted is None else wanted & f
        if wanted is not None and not wanted.speakers:
            return []
        hits = self.engine.search(
            text,
            speakers=wanted.speakers if wanted else (),
            since=since,
            until=until,
            source=self.resolve_source(source) if source is not None else None,
            # a name that is someone's only in some articles is filtered here, after the engine
            limit=None if wanted and wanted.only else limit,
            include_terms=include_terms,
        )
        if wanted and wanted.only:
            hits = [h for h in hits if wanted.keeps(h.speaker, h.article_id)][:limit]
        return hits

    def by(self, name: str) -> list[Hit]:
        """Every quote of the speaker(s) ``name`` means, oldest article first (undated last)."""
        wanted = self.speaker_filter(name)
        hits = self.engine.search("", speakers=wanted.speakers, limit=None)
        hits = [h for h in hits if wanted.keeps(h.speaker, h.article_id)]
        return sorted(
            hits,
            key=lambda h: (h.date is None, h.date or dt.date.min, h.title or "", h.article_id, h.start),
        )

    def show(self, quote_id: str) -> Found:
        """The stored quote with id ``quote_id`` (``<article id>-<6 hex>``)."""
        article_id = quote_id.rsplit("-", 1)[0]
        if not is_article_id(article_id):
            raise NotFound(f"no quote with id {quote_id!r}")
        try:
            record = self.store.get(article_id)
        except NotFound as e:
            raise NotFound(f"no quote with id {quote_id!r}") from e
        for qid, quote in zip(record.quote_ids(), record.quotes, strict=True):
            if qid == quote_id:
                return Found(qid, quote, record)
        raise NotFound(f"no quote with id {quote_id!r}")

    def reindex(self) -> tuple[int, int]:
        """Rebuild the search index from the records, with the corrections applied (a record they
        change, say one edited by hand, is written back), and the people registry; returns
        (articles, quotes)."""
        self.store.check()
        fixes = corrections.load(self.store.root)
        count = 0

        def counted() -> Iterator[Record]:
            nonlocal count
            for record in self.store.records():
                count += 1
                fixed = corrections.apply(record, fixes).record
                if fixed != record:
                    self.store.put(fixed)
                yield fixed

        quotes = self.engine.rebuild(counted())
        self.rebuild_people()
        return count, quotes

    def article(self, article_id: str) -> Record:
        """The stored record of article ``article_id`` (12 hex digits)."""
        return self.store.get(article_id)

    def fix(
        self,
        quote_id: str,
        *,
        speaker: str | None = None,
        no_speaker: bool = False,
        kind: str | None = None,
        delete: bool = False,
    ) -> corrections.Correction:
        """Correct one stored quote: record the correction in ``corrections.yaml`` and apply it
        to the record, the index and the registry at once. Exactly one of the options."""
        chosen = [speaker is not None, no_speaker, kind is not None, delete]
        if sum(chosen) != 1:
            raise CorrectionError("give exactly one of --speaker, --no-speaker, --kind, --delete")
        if kind is not None and kind not in KINDS:
            raise CorrectionError(f"unknown kind {kind!r} (kinds: {', '.join(KINDS)})")
        if speaker is not None and not speaker.strip():
            raise CorrectionError("--speaker needs a name (--no-speaker for none)")
        found = self.show(quote_id)
        action = "speaker" if speaker is not None or no_speaker else "kind" if kind else "delete"
        made = corrections.Correction(
            action,
            corrections.now(),
            quote=found.id,
            speaker=" ".join(speaker.split()) if speaker else None,
            kind=kind,
            text=found.quote.text,
        )
        fixes = corrections.add(corrections.load(self.store.root), made)
        corrections.save(self.store.root, fixes)
        self._refresh(found.record, fixes)
        return made

    def unfix(self, quote_id: str) -> list[corrections.Correction]:
        """Remove the corrections of quote ``quote_id`` and extract its article again (a deleted
        quote comes back); returns the corrections removed."""
        fixes = corrections.load(self.store.root)
        removed = [c for c in fixes if c.quote == quote_id]
        if not removed:
            raise NotFound(f"no correction of quote {quote_id!r} (see quotes fix --list)")
        kept = [c for c in fixes if c not in removed]
        corrections.save(self.store.root, kept)
        try:
            record = self.store.get(str(removed[0].article_id))
        except NotFound:
            return removed  # its article is gone from the store: nothing to extract again
        self._refresh(extract_record(record.article, self.extractor), kept)
        return removed

    def _refresh(self, record: Record, fixes: Sequence[corrections.Correction]) -> None:
        fixed = corrections.apply(record, fixes).record
        if self.store.put(fixed):
            self.engine.add([fixed])
        self.rebuild_people()

    def list_corrections(self) -> list[tuple[corrections.Correction, str]]:
        """Every correction with its state: ``applied``, ``quote not found`` (the extractor no
        longer finds it; kept until it does or is removed) or ``article not in store``."""
        listed = []
        for c in corrections.load(self.store.root):
            state = "applied"
            if c.quote:
                try:
                    record = self.store.get(str(c.article_id))
                except NotFound:
                    listed.append((c, "article not in store"))
                    continue
                present = c.quote in record.quote_ids()
                if present == (c.action == "delete"):
                    state = "quote not found" if not present else "not applied yet (run reindex)"
            listed.append((c, state))
        return listed

    def merge(self, name: str, into: str) -> corrections.Correction:
        """Record that every quote of speaker name ``name`` is ``into``'s, and rebuild the registry."""
        known = people.every_name(self.registry())
        if names.fold(name) not in {names.fold(n) for n in known}:
            close = names.suggest(name, known)
            hint = f"; did you mean {' or '.join(close)}?" if close else ""
            raise NotFound(f"no speaker named {name!r}{hint}")
        if names.fold(name) == names.fold(into):
            raise CorrectionError(f"{name!r} and {into!r} are the same name")
        made = corrections.Correction("merge", corrections.now(), name=name, speaker=" ".join(into.split()))
        corrections.save(self.store.root, corrections.add(corrections.load(self.store.root), made))
        self.rebuild_people()
        return made

    def split(self, name: str) -> list[corrections.Correction]:
        """Undo the merges of speaker name ``name`` (or into the person ``name``), or, when there are
        none, keep ``name`` apart from the person the registry's rules joined it to; returns the
        merges undone, or the split made."""
        fixes = corrections.load(self.store.root)
        key = names.fold(name)
        undone = [
            c
            for c in fixes
            if c.action == "merge" and key in (names.fold(c.name or ""), names.fold(c.speaker or ""))
        ]
        if undone:
            corrections.save(self.store.root, [c for c in fixes if c not in undone])
            self.rebuild_people()
            return undone
        joined = [
            p.name
            for p in self.registry()
            for a in p.names
            if names.fold(a.name) == key and names.fold(p.name) != key and a.rule != "merge"
        ]
        if not joined:
            raise NotFound(f"nothing to split: {name!r} is no other person's name and was merged into nobody")
        made = corrections.Correction("split", corrections.now(), name=name, speaker=joined[0])
        corrections.save(self.store.root, corrections.add(fixes, made))
        self.rebuild_people()
        return [made]


_CLAUSE = re.compile(r'(?<![\w.])speaker:("[^"]*"|[^\s()"]+)')


def _speaker_clause(text: str) -> tuple[str, str | None]:
    """``text`` without its one ``speaker:NAME`` clause, and NAME, when the clause is a plain
    condition of the query (ANDed with the rest: no OR, no NOT before it); else ``text``."""
    found = list(_CLAUSE.finditer(text))
    if len(found) != 1 or re.search(r"\bOR\b", text):
        return text, None
    m = found[0]
    before = text[: m.start()].rstrip()
    if before.endswith("NOT") or before.endswith("-") or before.endswith("("):
        return text, None
    rest = f"{before} {text[m.end() :]}".strip()
    rest = re.sub(r"^AND\s+|\s+AND$", "", rest).replace("AND AND", "AND").strip()
    return rest, m[1].strip('"')
