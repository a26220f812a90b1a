"""luhn -- the Luhn check digit (ISO/IEC 7812-1) for the test generators.

Used by tests/chatgen.py and tests/accuracy/gen-eval.py and gen-numbers.py
for the card numbers they write.  Python 3 standard library only.
"""


def check_digit(payload):
    """The Luhn check digit that completes the digit string payload."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = ord(ch) - 48
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def valid(number):
    """True when the digit string passes the Luhn test."""
    return check_digit(number[:-1]) == number[-1]
