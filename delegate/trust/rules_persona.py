"""Jailbreak framing: weak signals that add up.

An in-the-wild jailbreak rarely says one damning phrase; it builds a character, frees it from
rules, promises it answers anything, asks for two answers and begs it to stay in role. Each of
these alone is ordinary in fiction or role-play requests, so each weighs well under a block
(a persona request alone at most flags); two or three distinct ones together block.
"""

from __future__ import annotations

from delegate.trust.rules import Rule, pairs, rule

_AI_WORDS = "ai|a.i.|assistant|chatbot|bot|language model|llm|ai model|gpt|chatgpt|character|persona"
_BAD_WORDS = "amoral|unethical|immoral|nonmoral|non-moral|unfiltered|uncensored|unrestricted|evil|lawless"
_COPULA = r"(?:(?<=\bis\x20)|(?<=\bare\x20)|(?<=\bbe\x20)|(?<=\bas\x20)|(?<=\ban\x20)|(?<=\ba\x20))"
_NOT = "does not|doesn't|doesnt|do not|don't|dont|never|will not|won't|wont"
_CAN = "will|can|must|always|shall"
_DO = "answer|respond|reply|provide|generate|do|say|write"

PERSONA: tuple[Rule, ...] = (
    rule(
        "named_persona",
        "persona",
        0.4,
        rf"\b(?:(?:{_AI_WORDS}) (?:named|called|known as)\b"
        r"|(?:you will|you are going to|you'?re going to|you must|i want you to|i would like (?:for )?you to)"
        r" (?:now )?(?:simulate|emulate|impersonate|become|act as an? (?:ai|chatbot|character))"
        r"|(?:create|adopt) (?:a|the|this) (?:whole )?(?:new )?(?:persona|character|alter ego)\b"
        r"|(?:you are|you will be) replaced by\b|for the rest of (?:this|the|our) conversation,? you\b)",
        starts=f"{pairs(_AI_WORDS, 'named|called|known')}|you will|you are|you're|you must|i want|i would"
        f"|{pairs('create|adopt', 'a|the|this')}|for the rest",
    ),
    rule(
        "amoral_persona",
        "persona",
        0.4,
        rf"\b(?:{_COPULA}(?:completely |totally |fully )?(?:{_BAD_WORDS})\b"
        rf"|(?:{_NOT}) (?:care|give a \w+|have any regard)"
        r" (?:about|for|to) (?:\w+ ){0,2}(?:ethic|moral|legal|laws|rules|safety|consequences)"
        r"|disregards? (?:all |any )?(?:ethical|moral|legal)\b|(?:without|no) (?:any )?(?:moral|ethical)"
        r" (?:principles|values|considerations|guidelines|boundaries|compass|constraints)"
        r"|(?:regardless|irrespective) of (?:any |the )?(?:ethical|moral|legal|legality|morality|ethics)\b"
        r"|not (?:bound|restricted|limited|constrained) by\b)",
        starts=f"{_BAD_WORDS}|completely|totally|fully|{pairs(_NOT, 'care|give|have')}|disregard"
        f"|{pairs('without|no', 'any|moral|ethical')}|regardless of|irrespective of"
        f"|{pairs('not', 'bound|restricted|limited|constrained')}",
    ),
    rule(
        "answers_anything",
        "persona",
        0.4,
        rf"\b(?:(?:{_CAN}) (?:always )?(?:answer|respond to|reply to|provide|generate|do|say"
        r"|write) (?:any|anything|every|everything|all)(?:thing)?\b[^.\n]{0,60}?(?:no matter|regardless|even if)"
        r"|can (?:do|say|generate|write) anything\b|no matter how (?:illegal|immoral|unethical|harmful|dangerous"
        r"|offensive|inappropriate|explicit|evil)\b|(?:never|not) (?:refuses?|denies|deny|declines?) (?:any|a)"
        r" (?:request|question|prompt)\b)",
        starts=f"{pairs(_CAN, _DO + '|always')}|no matter how|{pairs('never|not', 'refuse|refuses|deny|denies|decline|declines')}",
    ),
    rule(
        "dual_response",
        "persona",
        0.6,
        r"\b(?:(?:answer|respond|reply|responses?|answers?)\w* (?:in|with|using) (?:two|2) (?:different |separate )?"
        r"(?:ways|responses|answers|paragraphs|manners)\b|(?:two|2) (?:different |separate )?(?:responses|answers)"
        r"(?:,| for| to)? (?:each|every|one)\b|answer as both\b|the first one (?:is|will be|as) [^.\n]{0,40}"
        r"the second (?:one )?(?:is|will be|as)\b)",
        starts=f"{pairs('answer|answers|respond|responses|response|reply|replies', 'in|with|using|as')}"
        f"|{pairs('two|2', 'different|separate|responses|answers')}|the first",
    ),
    rule(
        "stay_in_role",
        "persona",
        0.4,
        r"\b(?:stay(?:s|ing)? in (?:character|role)|(?:never|don'?t|do not|not) break(?:ing)? (?:character|role)"
        r"|remain in (?:character|role)|if you (?:break|forget)"
        r" (?:character|your role)|(?:stay|act) as \w+ (?:at all times|no matter)"
        r"|(?:respond|answer|reply) (?:only )?as (?:\w+ ){0,2}(?:would|did)\b)",
        starts=f"stay in|stays in|staying in|{pairs('never|dont|do not|not', 'break|breaking')}|don't break"
        f"|don't breaking|remain in|if you|stay as|act as|{pairs('respond|answer|reply', 'as|only')}",
    ),
    rule(
        "policy_contempt",
        "persona",
        0.4,
        r"\b(?:(?:ignores?|bypass(?:es)?|breaks?|violates?|disregards?|free from|escaped?(?: from)?|against)"
        r" (?:all |any |the )?(?:of )?(?:openai'?s?|anthropic'?s?|google'?s?|its|their|your) (?:content )?"
        r"(?:polic(?:y|ies)|guidelines|rules|restrictions|filters?|programming)\b"
        r"|\[(?:your|insert|put) (?:prompt|question|request)[^\]\n]{0,20}\])",
        starts="ignore|ignores|bypass|bypasses|break|breaks|violate|violates|disregard|disregards|free from|escape"
        "|escaped|against|[your|[insert|[put",
    ),
)
