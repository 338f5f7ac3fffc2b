"""Fetching a news page by URL, politely and with errors a person can act on.

One GET with a timeout, a user agent that says what is asking, redirects followed
(urllib's, at most 10), and a size cap; every failure is one ``ArticleError`` line
naming the URL: an HTTP status (``HTTP 404 Not Found``), a timeout, a refused or
unknown host, or a response that is not an HTML page.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotes import __version__
from quotes.errors import ArticleError

USER_AGENT = f"quotes/{__version__} (quote attribution for news research; Python urllib)"
TIMEOUT = 30.0  # seconds, for connecting and for each read
MAX_BYTES = 20_000_000  # a news page is well under this; a video is not
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Page:
    """A fetched page: its bytes, the URL it ended at after redirects, and its charset."""

    body: bytes
    url: str
    charset: str | None


def is_url(text: str) -> bool:
    """Whether an ingest argument is a web address rather than a path."""
    return text.lower().startswith(("http://", "https://"))


def fetch(url: str, timeout: float = TIMEOUT) -> Page:
    """GET ``url``; ArticleError (one line, naming ``url``) on any failure or a non-HTML reply."""
    # Imported here: every command imports this module (for --timeout), few fetch.
    import socket
    import urllib.error
    import urllib.request

    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            ctype = response.headers.get_content_type()
            if ctype not in HTML_TYPES:
                raise ArticleError(f"{url}: not an HTML page (Content-Type {ctype})")
            body = response.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                raise ArticleError(f"{url}: page larger than {MAX_BYTES // 1_000_000} MB, not read")
            return Page(body=body, url=response.geturl(), charset=response.headers.get_content_charset())
    except urllib.error.HTTPError as e:
        raise ArticleError(f"{url}: HTTP {e.code} {e.reason}") from e
    except urllib.error.URLError as e:
        if isinstance(e.reason, (TimeoutError, socket.timeout)):
            raise ArticleError(f"{url}: timed out after {timeout:g} s") from e
        raise ArticleError(f"{url}: cannot fetch ({getattr(e.reason, 'strerror', None) or e.reason})") from e
    except TimeoutError as e:
        raise ArticleError(f"{url}: timed out after {timeout:g} s") from e
    except (OSError, ValueError) as e:  # a reset connection, a malformed URL
        raise ArticleError(f"{url}: cannot fetch ({e})") from e
