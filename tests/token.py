#!/usr/bin/env python3
"""Compute a cog-mask hash token independently of the C code.

usage: token.py TYPE VALUE   (secret from COG_MASK_KEY)

The documented scheme: hash_key = HMAC-SHA256(secret, "cogtools mask hash
v1"); token = "[" TYPE "_" hex(HMAC-SHA256(hash_key, TYPE "\\0" value)[:8])
"]", where value is already in its canonical form.
"""
import hashlib
import hmac
import os
import sys


def token(secret, etype, value):
    hk = hmac.new(secret, b"cogtools mask hash v1", hashlib.sha256).digest()
    mac = hmac.new(hk, etype.encode() + b"\0" + value.encode(),
                   hashlib.sha256).digest()
    return "[%s_%s]" % (etype, mac[:8].hex())


if __name__ == "__main__":
    print(token(os.environb[b"COG_MASK_KEY"], sys.argv[1], sys.argv[2]))
