"""How inputs are named in records, logs and output file names.

Archive shares hold names that are not UTF-8 (Latin-1 'ä' from old systems), names with line
breaks and names near the file system's 255-byte limit. Records must stay valid JSON, log lines
one line each, and output names short and unique.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

# Room for '-' + 8 hex digits + '.json' and for atomic_write_text's '.<name>.<random>.tmp'
# within the usual 255-byte limit of a file name.
MAX_STEM_BYTES = 150
_UNSAFE_IN_NAME = re.compile(r"[\x00-\x1f\x7f/\\]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def path_text(path: Path | str) -> str:
    """The path as text: bytes that are not UTF-8 become `\\xNN`, so records stay valid JSON and
    the original bytes can be read back from the escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def path_bytes(text: str) -> bytes:
    """The file system's bytes of a `path_text`: the inverse, so nothing of a name is lost."""
    return re.sub(rb"\\x([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]), text.encode("utf-8"))


def shown(path: Path | str) -> str:
    """The path for a log or terminal line: like `path_text`, control characters (a line break in
    a name) escaped, so one file is one line."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], path_text(path))


def input_key(path: Path) -> str:
    """What identifies an input between runs: its resolved path (relative, absolute and from
    another working folder name the same file)."""
    return path_text(path.resolve())


def output_stem(path: Path) -> str:
    """A file-name-safe stem: escaped, without separators or control characters, and cut to
    MAX_STEM_BYTES (with a hash of the whole name, so cut names stay apart)."""
    stem = _UNSAFE_IN_NAME.sub("_", path_text(path.stem)) or "input"
    encoded = stem.encode("utf-8")
    if len(encoded) <= MAX_STEM_BYTES:
        return stem
    digest = hashlib.sha1(encoded).hexdigest()[:8]
    return encoded[:MAX_STEM_BYTES].decode("utf-8", "ignore") + "~" + digest
