"""Progress of a batch on stderr: a rich bar on a terminal, log lines otherwise, or nothing.

The batch calls :meth:`Progress.update` after each finished input and chunk;
how that is shown is decided here once, from whether stderr is a terminal.
"""

from __future__ import annotations

import re
import sys
import time
from typing import Protocol, TextIO

#: C0 and C1 controls (newline and tab too: a log line is one line), DEL, and the bidi and
#: invisible format characters that reorder or hide what a terminal shows.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def printable(text: str) -> str:
    """``text`` for a log line: every control character from an input or a path shown as ``\\x1b``
    (an OSC sequence or BEL taken from a file name cannot retitle or ring the terminal)."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class Progress(Protocol):
    def start(self, files: int, total_bytes: int) -> None: ...

    def update(self, files: int = 0, articles: int = 0, chars: int = 0, done_bytes: int = 0) -> None: ...

    def close(self) -> None: ...


class Silent:
    """``--quiet``: nothing."""

    def start(self, files: int, total_bytes: int) -> None:
        pass

    def update(self, files: int = 0, articles: int = 0, chars: int = 0, done_bytes: int = 0) -> None:
        pass

    def close(self) -> None:
        pass


class _Tally:
    """Running totals shared by the two visible displays."""

    def __init__(self) -> None:
        self.files = self.total_files = self.articles = self.chars = self.bytes = self.total_bytes = 0
        self.started = time.perf_counter()

    def add(self, files: int, articles: int, chars: int, done_bytes: int) -> None:
        self.files += files
        self.articles += articles
        self.chars += chars
        self.bytes += done_bytes

    def rate(self) -> float:
        return self.chars / max(time.perf_counter() - self.started, 1e-9)

    def eta(self) -> float | None:
        elapsed = time.perf_counter() - self.started
        if not self.bytes or not self.total_bytes:
            return None
        return max(0.0, elapsed * (self.total_bytes - self.bytes) / self.bytes)


class LogLines:
    """Not a terminal: one plain line every ``every`` seconds and one at the end."""

    def __init__(self, stream: TextIO | None = None, every: float = 10.0):
        self.stream = stream or sys.stderr
        self.every = every
        self.tally = _Tally()
        self.last = 0.0

    def start(self, files: int, total_bytes: int) -> None:
        self.tally.total_files, self.tally.total_bytes = files, total_bytes
        self.last = time.perf_counter()

    def update(self, files: int = 0, articles: int = 0, chars: int = 0, done_bytes: int = 0) -> None:
        self.tally.add(files, articles, chars, done_bytes)
        if time.perf_counter() - self.last >= self.every:
            self._line()

    def _line(self) -> None:
        t = self.tally
        eta = t.eta()
        print(f"zhnews: {t.files}/{t.total_files} files, {t.articles} articles, {t.rate() / 1000:.0f}k chars/s"
              + (f", ETA {eta:.0f}s" if eta is not None else ""), file=self.stream, flush=True)
        self.last = time.perf_counter()

    def close(self) -> None:
        self._line()


class RichBar:
    """A terminal: files, articles, chars/s and ETA in a rich progress bar."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        self.tally = _Tally()
        self.bar = Progress(
            TextColumn("{task.fields[files]} files"), BarColumn(),
            TextColumn("{task.percentage:>3.0f}%"), TextColumn("{task.fields[articles]} articles"),
            TextColumn("{task.fields[rate]} chars/s"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False,
        )
        self.task = None

    def start(self, files: int, total_bytes: int) -> None:
        self.tally.total_files, self.tally.total_bytes = files, total_bytes
        self.bar.start()
        self.task = self.bar.add_task("zhnews", total=max(total_bytes, 1), files=f"0/{files}", articles=0, rate="0")

    def update(self, files: int = 0, articles: int = 0, chars: int = 0, done_bytes: int = 0) -> None:
        t = self.tally
        t.add(files, articles, chars, done_bytes)
        self.bar.update(self.task, completed=t.bytes, files=f"{t.files}/{t.total_files}", articles=t.articles,
                        rate=f"{t.rate() / 1000:.0f}k")

    def close(self) -> None:
        self.bar.stop()


def make_progress(quiet: bool = False, stream: TextIO | None = None) -> Progress:
    """Silent with ``quiet``; a rich bar when stderr is a terminal; log lines otherwise."""
    stream = stream or sys.stderr
    if quiet:
        return Silent()
    return RichBar() if stream.isatty() else LogLines(stream)
