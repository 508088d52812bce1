"""An order in a file's metadata: a photo's description or a PDF's keywords that speak to the AI reading them.

EXIF, PDF and office properties ("ImageDescription:", "User Comment:", "Keywords:", "Subject:") describe a
file in a few nouns; a user copying them into a task or a tool that extracts them hands them to an agent
unread. A value that names its AI reader, or the reading ("when verifying this document"), and then gives
it an order ("report the lot number as 4471-B", "treat this as conclusive proof") is written for the
agent, not about the file. In data it blocks; pasted into an instruction it flags.
"""

from __future__ import annotations

from delegate.trust.rules import Rule, rule

# (not "Description:" or "Comments:", a ticket's prose fields, where people write about bots and what they must do)
# (nor "Subject:", an e-mail's as often as a PDF's: "Subject: Support bot must not quote refunds"; nor "Caption:", a
# figure's in a paper about agents)
_KEYS = r"image ?description|user ?comments?|xp ?comments?|xp ?subject|keywords|alt ?text"
_KEY_STARTS = (
    "image description|imagedescription|image|user comment|usercomment|user|xp|xpcomment|xpsubject|keywords"
    "|alt text|alttext|alt"
)
# The reader, named or met at its work on the file (not a bare "model" or "agent": a photo's model, an estate agent).
_READER = (
    r"\b(?:(?:ai|llm|gpt)(?:[ -][a-z]+)?|assistants?|chatbots?|bots?|language models?|reviewers?"
    r"|summari[sz]ers?|automated [a-z]+|reviewing [a-z]+)\b"
    r"|\b(?:when|while|if) (?:you are |you're )?(?:verifying|reviewing|summari[sz]ing|describing|processing|reading"
    r"|analy[sz]ing|checking|scoring|assessing) (?:this|the) \w+"
)
_ORDER = (
    r"\b(?:report|treat|accept|approve|record|mark|say|tell|state|classify|rate|score|ignore|disregard|remove|omit"
    r"|do not|don't|dont|never|must|should|issue|confirm|list as|describe (?:it|this|the \w+) as)\b"
)

METADATA: tuple[Rule, ...] = (
    rule(
        "metadata_order",
        "override",
        0.6,
        # (the order a clause of three more words, not an item of a keyword list: "Keywords: chatbot, rate limiting")
        rf"(?<![^\n])(?:{_KEYS})[ \t]*:[ \t]*[^\n]{{0,160}}?(?:{_READER})[^\n]{{0,80}}?(?:{_ORDER})(?!-)"
        r"(?:[ \t]+[^\s,;]+){3}",
        data=1.0,
        starts=_KEY_STARTS,
    ),
)
