"""A progress bar on stderr for long runs: articles done, rate, time left.

Shown only when stderr is a terminal; logs and pipes get the one-line summary alone.
"""
import sys
from contextlib import contextmanager
from typing import Callable, Iterator, Optional, TextIO

ProgressCallback = Callable[[int, int], None]


@contextmanager
def progress_bar(enabled: bool = True, stream: Optional[TextIO] = None) -> Iterator[Optional[ProgressCallback]]:
    """A `(done, total)` callback drawing a rich progress bar, or None when disabled or not a terminal."""
    stream = stream or sys.stderr
    if not enabled or not stream.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:
            return Text(f"{task.speed:.1f} articles/s" if task.speed else "- articles/s")

    columns = (TextColumn("articles"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeElapsedColumn(),
               TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, console=Console(file=stream), transient=True) as bar:
        task = bar.add_task("articles", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance
