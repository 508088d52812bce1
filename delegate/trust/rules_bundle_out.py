"""Secrets or personal records sent to an address: the shape of exfiltration, whatever the pretext.

Pretexts vary without end ("for the credit claim", "to keep the dashboard in sync", "my laptop's locked
out"); what an exfiltration must say does not: an act of sending, what is sent (credentials, identity or
bank numbers, patients' or customers' records) and where to (an e-mail address, a URL). Each alone is
ordinary: `send_data_out` and `sensitive_object` weigh little. Together in one sentence they are the act.
In data, where no one has the standing to ask the reader to send anything, it blocks. In a task a user may
mean it ("email the payroll file to hr@ourco.com"), so it flags, unless the place is public: a paste site,
a link anyone can open, a public channel, which no records belong in.
"""

from __future__ import annotations

from delegate.trust.rules import Rule, rule

# (not a mail asking its reader for their own details: "please e-mail your date of birth and passport number to …")
_SEND = (
    r"\b(?:send|sends|forward|post|upload|paste|e-?mail|reply(?:-all)?|dm|share|export|push|drop|put|attach"
    r"|include|submit|return|transmit|sync)\b(?! your\b| us your\b| me your\b)"
)
_SEND_STARTS = (
    "send|sends|forward|post|upload|paste|email|e-mail|reply|dm|share|export|push|drop|put|attach|include|submit"
    "|return|transmit|sync"
)
# Credentials, whoever's; and records of people, unless the mail asks its reader for their own ("please e-mail
# your date of birth and passport number to visas@…" is how an office asks, to a person).
_SECRET = (
    r"\b(?:passwords?|passcodes?|credentials|api[ _-]?keys?|access tokens?|auth tokens?|secret keys?|private keys?"
    r"|(?:[a-z0-9]+_)+(?:password|passwd|token|secret|key)s?|\.env\b|environment variables|session cookies?"
    r"|(?<!your\x20)(?<!my\x20)(?:ssns?|social security numbers?|dates? of birth|dobs?|routing numbers?|account numbers?"
    r"|bank details|card numbers?|last ?(?:4|four)(?: digits)?|cvv|passport numbers?|tax ids?|eins?"
    r"|national insurance numbers?|home addresses|salar(?:y|ies)(?: lines)?|mrns?|medical record numbers?"
    r"|diagnos(?:is|es)|ip addresses|ips|payment ids?))\b"
)
_ADDRESS = r"(?:\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+)"
_PUBLIC = (
    r"(?:\b(?:pastebin\.com|paste\.rs|pastedrop\.\w+|hastebin\.\w+|ghostbin\.\w+|transfer\.sh|0x0\.st|webhook\.site"
    r"|requestbin\.\w+)|\bpublic (?:link|paste|gist|channel|folder|drive)|\banyone (?:with the link )?can (?:open|see"
    r"|view|access)|#public-[\w-]+|\b(?:my|his|her) personal (?:gmail|e-?mail|inbox|account))"
)
# One sentence: security advice names credentials in one ("we never ask for your password") and an address in
# the next ("forward such mail to security@…"). A dot inside a word ("v2.3", "e.g") does not end it.
_SENTENCE = r"(?:[^.!?\n]|[.!?](?=\S)){0,200}?"
# The records after the address only as what is sent with it ("reply to docs@… with the guarantor's SSN"), not as
# the reason to write ("e-mail helpdesk@… if you forgot your password").
_WITH = r"[^.!?\n]{0,12}?\b(?:with|including|containing|attaching|and attach)\b[^.!?\n]{0,120}?"

BUNDLE_OUT: tuple[Rule, ...] = (
    rule(
        "records_sent_out",
        "exfiltration",
        0.5,
        rf"{_SEND}{_SENTENCE}(?:{_SECRET}{_SENTENCE}{_ADDRESS}|{_ADDRESS}{_WITH}{_SECRET})",
        data=1.0,
        starts=_SEND_STARTS,
    ),
    rule(
        "records_made_public",
        "exfiltration",
        1.0,
        rf"{_SEND}{_SENTENCE}(?:{_SECRET}{_SENTENCE}{_PUBLIC}|{_PUBLIC}{_WITH}{_SECRET})",
        starts=_SEND_STARTS,
    ),
)
