"""Seeded byte-level mutations of sample files, for the fuzz test and for longer fuzz runs."""
from __future__ import annotations

import random


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Damage `data` the way storage, transfer and broken writers do."""
    data = bytearray(data)
    kind = rng.choice(("flip", "truncate", "zero", "duplicate", "insert", "flip"))
    if kind == "flip":
        for _ in range(rng.randint(1, 64)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif kind == "truncate":
        del data[rng.randrange(1, len(data)):]
    elif kind == "zero":
        start = rng.randrange(len(data))
        data[start:start + rng.randint(1, 4096)] = bytes(min(4096, len(data) - start))
    elif kind == "duplicate":
        start = rng.randrange(len(data))
        data[start:start] = data[start:start + rng.randint(1, 4096)]
    else:
        start = rng.randrange(len(data))
        data[start:start] = rng.randbytes(rng.randint(1, 512))
    return bytes(data)
