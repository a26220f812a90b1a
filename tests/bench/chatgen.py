#!/usr/bin/env python3
"""Write plain-text contact-centre chat messages, one a line, for benchmarks.

usage: chatgen.py [-s SEED] [-p PII_SHARE] MEGABYTES > chat.txt

About PII_SHARE (default 0.3) of the messages carry one entity (e-mail,
phone, card, IBAN, IP, URL, date of birth, SSN); the rest is ordinary
customer-service English with the odd number, time, amount and order id.
"""
import argparse
import random
import sys

PLAIN = [
    "Hi, thanks for reaching out to customer support today.",
    "I'm sorry to hear that your order arrived damaged, let me check.",
    "Could you tell me a bit more about the problem you're having?",
    "Sure, I can help you with that right away.",
    "Let me look into your account, this may take a minute or two.",
    "Thank you for your patience while I check with my colleagues.",
    "Is there anything else I can help you with today?",
    "Great, I have updated the delivery address for you.",
    "The refund should show up on your statement within a few days.",
    "I understand how frustrating this must be, I apologise.",
    "your package is on its way and should arrive by friday",
    "ok thanks, that works for me",
    "no worries at all, have a lovely evening!",
    "I tried restarting the router but it still doesn't connect",
    "we open at 9:30 and close at 17:00 on weekdays.",
    "The total comes to $49.99 including shipping.",
    "Your order #48213 has been shipped.",
    "I have 2 items in my basket but only 1 was delivered.",
    "Can I change my plan to the premium one for 12 months?",
    "Please allow 3-5 business days for the replacement.",
    "The app crashes every time I open the settings page.",
    "I've escalated this to our technical team, e.g. tier 2.",
    "Version 2.4.1 fixed the login issue for most users.",
    "hello? is anyone there",
    "Thanks so much, you've been really helpful!",
]

PII = [
    "You can email me at {first}.{last}@example.com anytime.",
    "my email is {first}{n2}@mail.example.org",
    "Please call me back on ({a}) 555-01{n2}.",
    "my number is +44 20 7946 0{n3}, thanks",
    "reach me at {a}-555-01{n2} after 6pm",
    "The card number is 4526 0181 5908 3012, expiry 04/27.",
    "My IBAN is DE89 3704 0044 0532 0130 00.",
    "the router shows IP 192.168.{n1}.{n2} on the status page",
    "I found it on https://www.example.com/help/article-{n3} yesterday",
    "my date of birth is {d}/{m}/19{n2}",
    "SSN is 536-22-{n4}",
    "mac address of the box: 00:1A:2B:3C:4D:{h2}",
]

FIRST = ["maria", "john", "li", "fatima", "olga", "pierre", "ana", "sam"]
LAST = ["lopez", "smith", "wang", "khan", "ivanova", "dubois", "silva"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-s", "--seed", type=int, default=1)
    ap.add_argument("-p", "--pii", type=float, default=0.3)
    ap.add_argument("megabytes", type=float)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    want = int(a.megabytes * 1e6)
    out, size = [], 0
    while size < want:
        if rnd.random() < a.pii:
            t = rnd.choice(PII).format(
                first=rnd.choice(FIRST), last=rnd.choice(LAST),
                n1=rnd.randint(0, 9), n2=rnd.randint(10, 99),
                n3=rnd.randint(100, 999), n4=rnd.randint(1000, 9999),
                a=rnd.randint(201, 989), d=rnd.randint(1, 28),
                m=rnd.randint(1, 12), h2="%02X" % rnd.randint(1, 255))
            msg = rnd.choice(PLAIN) + " " + t
        else:
            msg = " ".join(rnd.choice(PLAIN)
                           for _ in range(rnd.randint(1, 3)))
        out.append(msg + "\n")
        size += len(msg) + 1
        if len(out) >= 10000:
            sys.stdout.write("".join(out))
            out = []
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
