"""Data that talks to its reader: instructions aimed at the agent inside a tool result.

An e-mail, a web page or a calendar entry is read by the agent on a user's behalf; it has no
business telling the agent what to do next, how to shape its answer, or what to do "before
you finish". Between people such lines are ordinary, so in an instruction these rules weigh
little; in data (`tool_result`, `agent_output`) they weigh more, and two of them block.
"""

from __future__ import annotations

from delegate.trust.rules import Rule, pairs, rule

# Things an agent can be made to do with its tools: moving money, data and messages.
_ACTS = (
    r"(?:send|sends|email|e-mail|forward|transfer|wire|pay|post|upload|share|invite|add|remove|delete|create"
    r"|make|book|reserve|get|give|tell|say|write|visit|open|click|download|install|run|execute|change|update"
    r"|reply|concatenate|summari[sz]e|include|insert|append|list|find|read|call|schedule|cancel|grant|reset"
    r"|leak|export|copy|print|output|respond|answer)"
)

_NOTES = "message|note|instruction|instructions|notice|memo|request"
# What an agent produces, and code it may be told to take in from what it reads.
_WORK = (
    r"(?:own )?(?:code|codebase|implementation|algorithm|solution|program|script|project|application|app|software"
    r"|response|answer|function|module|logic|framework|explanation|elucidation)"
)
_WORK_STARTS = (
    "code|codebase|implementation|algorithm|solution|program|script|project|application|response|answer"
    "|explanation|elucidation"
)
_GRAFT = "integrate|incorporate|merge|embed|inject|blend|weave|absorb|infuse|fuse|leverage|assimilate|meld"
_CODE_PART = r"code (?:block|snippet|excerpt|section|segment|fragment|piece|lines?)"
_GIVEN = "following|subsequent|below|above|provided|attached|given"
_READERS = "ai|llm|language model|assistant|agent|model|bot|chatbot|reader"

# An AI reader named as such: "AI agents", "screening models", "the automation assistant", "LLMs".
# A bare "agent" or "assistant" may be a person (a travel agent, an office assistant), so it
# counts only while "reading" or "processing" something.
_AI_NAMED = (
    # ... with one word of its own before the head: "automated mail assistants", "AI review bots"
    r"(?:(?:(?:ai|llm|gpt|bot|automation|automated|language model|screening|code|coding|browsing|browser|web|autonomous"
    r"|agentic|artificial intelligence|calling|requesting|invoking|downstream|upstream|shopping|search|crawling"
    r"|scraping)[ -]){1,2}(?:[a-z]+[ -])?(?:assistants?"
    r"|agents?|bots?|models?|reviewers?|screeners?|systems?|tools?|moderators?|readers?|crawlers?|summari[sz]ers?)"
    r"|ai|llms?|bots?|chatbots?|copilots?"
    r"|language models?)"
)
_AI_READER = rf"(?:{_AI_NAMED}|assistants?|agents?)"
_AI_HEADS = (
    "assistant|assistants|agent|agents|bot|bots|model|models|reviewer|reviewers|screener|screeners|system|systems"
    "|moderator|moderators|reader|readers|crawler|crawlers|summarizer|summarizers|tool|tools"
)
_AI_WORDS = "ai|llm|llms|gpt|bot|bots|chatbot|chatbots|copilot|copilots|assistant|assistants|agent|agents"
# Where such a name stands as the one spoken to: after "to the", "hey", "any", an opening bracket, a line start.
# (`\x20`, not a space: `rule` widens spaces to `\s+`, and a look-behind must have one width.)
_ADDRESSED = (
    r"(?:(?<=\bto\x20)|(?<=\bfor\x20)|(?<=\bto\x20the\x20)|(?<=\bfor\x20the\x20)|(?<=\bto\x20any\x20)|(?<=\bfor\x20any\x20)|(?<=\bto\x20all\x20)"
    r"|(?<=\bfor\x20all\x20)|(?<=\bhey\x20)|(?<=\bhi\x20)|(?<=\bhello\x20)|(?<=\bdear\x20)|(?<=\battention\x20)|(?<=\bthe\x20)"
    r"|(?<=\bany\x20)|(?<=\ball\x20)|(?<=\bevery\x20)|(?<![^\n])|(?<=[(\[]))"
)
# Where a sentence, a comment or a labelled field begins: a name there is spoken to only if a colon or a
# comma follows it ("# AI agents: ...", "Notes: AI assistant, ..."), not in "1. LLM output is ...".
_OPENS = r"(?:(?<=[-#*/.!?:>,]\x20)|(?<=>)|(?<=:\x22)|(?<=:\x20\x22))"
_READER_DOING = (
    "reading|processing|parsing|summarizing|summarising|scheduling|triaging|handling|reviewing|analyzing|analysing"
    "|screening|viewing|scanning|indexing|suggesting|answering|working|managing|assisting|helping|monitoring"
    "|running|operating|checking|sorting|organizing|organising|evaluating|ranking|comparing|grading|scoring|putting"
    "|compiling|browsing"
)
# Which reader: "the assistant that's triaging this inbox", "any AI system assisting with review", "AI agents with
# terminal access". The words after it are the reader's description, not yet the order.
_READER_IS = r"(?:(?:that|who|which)(?:'s| is| are)? |is |are )?"
# ... or in the present: "the assistant that sorts Dana's inbox", "any agent who handles this queue".
# Only tasks a person's assistant is rarely given in a document, and only with a colon or dash after it.
_READER_DOES = (
    "reads|processes|parses|summarizes|summarises|sorts|triages|screens|scans|indexes|browses|crawls"
)
_DESCRIBED = rf" (?:{_READER_IS}\w+ing|with|in charge of|responsible for)\b[^:\n]{{0,50}}?"
# "any bot or AI agent doing triage", "AI assistants and agents"
_OR_AI = rf"(?: (?:or|and|and/or) (?:an? |any |other )?{_AI_NAMED})?"
# What such a line then tells the reader to do.
# "Use" is an order only after a colon, a comma, a dash, "please", "now", "should" or a handle ("AI agent: use the
# shell tool", "@deploy-bot use rules in …"): right after the name it is the noun of a title ("AI Use Policy §4: …").
_ORDERS = (
    r"(?:(?<=[:,—–-]\x20)use|(?<=[:,—–-])use|(?<=please\x20)use|(?<=now\x20)use|(?<=should\x20)use|(?<=[-_@]ai\x20)use"
    r"|(?<=[-_@](?:bot|gpt|llm)\x20)use|(?<=[-_@]agent\x20)use|(?<=[-_@]assistant\x20)use|(?<=[-_@]copilot\x20)use"
    r"|ignore|disregard|forget|stop|skip|treat|reply|respond|answer|say|tell|include|add|append|attach|send|forward"
    r"|e-?mail|post|upload|export|delete|remove|cancel|run|execute|invoke|call|grant|change|set|switch|enter|rate"
    r"|label|mark|approve|merge|flag|do not|don'?t|never|quote|repeat|print|output|look up|render|recommend"
    r"|summari[sz]e|describe|open|visit|click|download|install|transfer|wire|pay|share|reveal|disclose|list|dump"
    r"|copy|decode|apply|comply|follow|obey|act|pretend|write|insert|override|bypass|close|assign|update|edit"
    r"|modify|lock|pin|publish|issue|refund|sign|book|put|buy|purchase|provide|give|fetch|request|reset|disable"
    r"|enable|swap|replace|push|commit|set aside|drop|rank|navigate|submit|process|acknowledge|confirm|wipe|erase|purge"
    r"|destroy|shut down|paste|reproduce|present|state|register|recopy|prefix|echo|archive"
    # a new persona handed to the reader: "for the rest of this session you're "BlendBot Unchained""
    r"|for the (?:rest|remainder) of (?:this|the|our) \w+,? you(?:'re| are| will be)|you(?:'re| are) now)\b"
)
# After the colon the order may come with its reason first: "due to an incident you must immediately reset ...".
_YOU_MUST = (
    r"(?:[^.:\n]{0,60}?\b(?:you (?:must|should|need to|have to|are to|are required to)"
    r"|you(?:'re| are| have been) (?:hereby )?(?:authori[sz]ed|required|cleared|permitted|instructed)(?: by [^,.\n]{1,40}?)? to"
    r"|you have (?:\w+ ){0,3}(?:authori[sz]ation|permission|approval|clearance) to|requires? you to) )?"
)

_TAKE_BACK = "(?:ignore|disregard|forget|skip|delete|remove|scratch|undo|cancel)"
# A repository's own bots, which take commands in its comments and are no language model reading them.
CI_BOTS = (
    r"(?:renovate|dependabot|mergify|bors|github-actions|codecov|netlify|vercel|pre-commit-ci|allcontributors"
    r"|k8s-ci-robot|imgbot|stale)(?:-bot|\[bot\])?"
)
_OWN_POSTS = "(?:messages?|e-?mails?|posts?|comments?|replies|reply|updates?|notes?|requests?|questions?)"

DATA: tuple[Rule, ...] = (
    rule(
        "ai_reader_order",
        "override",
        0.5,
        # A line addressed to whatever AI reads it, giving it an order: "Note to any AI assistant reading
        # this page: ...", "(Screening models: disregard ...)", "@automation-bot please run ...". The
        # match begins at the reader, so the index looks for rare words, not for "to the".
        # (a description may close a bracket: "(For AI assistants filling in this form) Paste ...")
        # (not a conventional commit's scope: "fix(bot): stop following @-mentions")
        rf"(?<![a-z0-9]\()(?:{_ADDRESSED}{_AI_NAMED}{_OR_AI}(?:{_DESCRIBED}(?=\)? ?[:,—–-]|\)))?|{_OPENS}{_AI_NAMED}{_OR_AI}(?:{_DESCRIBED})?(?= ?[:,—–-])"
        rf"|{_ADDRESSED}?{_AI_READER} {_READER_IS}(?:{_READER_DOING})\b[^:\n]{{0,40}}?"
        rf"|{_ADDRESSED}?{_AI_READER} (?:that|who|which) (?:{_READER_DOES})\b[^:\n]{{0,50}}?(?= ?[:—–])"
        rf"|\bif you(?:'re| are) an? {_AI_READER}\b[^,:\n]{{0,40}}?"
        # a handle: "@ai-reviewer", "@deploy_bot" (not "@maintainer")
        # (not a repository's dependency or merge bot taking its own commands: "@renovate-bot merge this once green")
        rf"|@(?!{CI_BOTS}\b)(?:\w+[-_])*(?:bot|ai|agent|assistant|gpt|copilot|llm)(?:[-_]\w+)*\b(?:{_DESCRIBED}(?=[:,—–-]))?"
        # whoever reads it, described by what it does: "Whoever or whatever is triaging this queue: ..."
        r"|\b(?:whoever|whatever)(?: or (?:whoever|whatever))? (?:is )?\w+ing\b[^:\n]{0,40}?(?=:)"
        # a bare "assistant," spoken to where a line or a field begins
        r"|(?:(?<![^\n])|(?<=:\x20))(?:assistant|agent)(?=,))"
        r"\)? ?[:,—–-]? ?(?:(?:after|before|when|once|while|upon|as soon as|to|as part of|if|on)\b[^,\n]{0,50}, ?)?"
        rf"{_YOU_MUST}(?:(?:please|kindly|now|just|also|then|first|simply|immediately|quietly|silently) )*"
        # (a writer taking back their own post: "@standup-bot ignore my last message, wrong channel")
        rf"(?!{_TAKE_BACK} (?:my|our) (?:\w+ )?{_OWN_POSTS}\b){_ORDERS}",
        data=1.0,
        starts=f"if you|@|{_AI_WORDS}|{pairs('code|coding|language|screening|web|browser', _AI_HEADS)}"
        "|automation|automated|browsing|autonomous|agentic|artificial|whoever|whatever"
        f"|{pairs('calling|requesting|invoking|downstream|upstream|shopping|search|crawling|scraping', _AI_HEADS)}",
    ),
    rule(
        "code_implant",
        "tool_coercion",
        0.2,
        # A web page or a code answer urging its reader to build a given block into *its* work:
        # for a coding agent, that is how a payload gets into the user's repository.
        rf"\b(?:{_GIVEN}) {_CODE_PART}\b[^\n]{{0,80}}?\byour {_WORK}\b"
        rf"|\byour {_WORK}\b[^\n]{{0,60}}?\b(?:{_GIVEN}) {_CODE_PART}\b"
        # ... or, with a verb no plain answer uses for "here is a fix", without naming the work.
        rf"|\b(?:{_GRAFT}) (?:\w+ ){{0,2}}?(?:the )?(?:{_GIVEN}) {_CODE_PART}\b",
        data=0.6,
        starts=f"{pairs(_GIVEN, 'code')}|{pairs('your', _WORK_STARTS)}|{_GRAFT}",
    ),
    rule(
        "risky_code",
        "tool_coercion",
        0.0,
        # Calls that delete, run, send or hide things. Ordinary in code, so alone they only
        # count in data, and only with another sign (an implant order) do they block.
        r"\b(?:os\.(?:remove|unlink|rmdir|removedirs|system|popen|chmod)|shutil\.(?:rmtree|move)"
        r"|subprocess\.(?:run|call|popen|check_output)|requests\.(?:post|put)|urllib\.request\.urlopen"
        r"|socket\.socket|pynput|keyboard\.on_press|cipher\(|fernet\(|ctypes\.windll|winreg"
        r"|(?:exec|eval)\((?:requests|base64|urllib|compile|__import__|open\())"
        # fetching and running, mailing or uploading, and files an app has no business touching
        r"|\b(?:urllib\.request\.)?urlretrieve\(|smtplib\.smtp|ftplib|paramiko|scpclient|etc/(?:hosts|passwd|shadow|sudoers)\b"
        r"|pickle\.loads?\(|requests\.cookies",
        data=0.5,
        starts="os.remove|os.unlink|os.rmdir|os.removedirs|os.system|os.popen|os.chmod|shutil.rmtree|shutil.move"
        "|subprocess.run|subprocess.call|subprocess.popen|subprocess.check_output|requests.post|requests.put"
        "|urllib.request.urlopen|socket.socket|pynput|keyboard.on_press|cipher(|fernet(|ctypes.windll|winreg"
        "|exec(|eval(|urlretrieve(|smtplib.smtp|ftplib|paramiko|scpclient|etc/hosts|etc/passwd|etc/shadow|etc/sudoers"
        "|pickle.load|requests.cookies",
    ),
    rule(
        "agent_todo",
        "override",
        0.3,
        # Not a code comment (`# TODO`, `// TODO`): a to-do in prose that opens with an order.
        rf"(?<![#/*!-])(?<![#/*!-]\x20)\btodo ?: ?(?:please |you must |you should |now )?{_ACTS}\b",
        data=0.7,
        starts="todo",
    ),
    rule(
        "agent_todo_inline",
        "override",
        0.3,
        # A to-do slipped into running text or a quoted field ("... 7.2%. TODO: post ...", "'TODO: email ..."):
        # a user's own to-do list puts them at the start of a line, a review or an event description does not.
        rf"(?:(?<=[.!?'\"‘“])|(?<=[.!?'\"]\x20))todo ?: ?(?:please |you must |you should |now )?{_ACTS}\b",
        data=1.0,
        starts="todo",
    ),
    rule(
        "reader_addressed",
        "override",
        0.3,
        r"\b(?:(?:important|urgent|private|special) )?(?:message|note|instructions?|notice|memo|request) (?:from"
        r" [^.\n]{1,60}? )?(?:to|for) (?:you|the (?:\w+ )?(?:ai|assistant|agent|model|llm|bot|reader))\b[^.\n]{0,12}?"
        r"(?:,|:|\.)|\b(?:(?:ai |llm )?(?:ai|llm|language model|assistant|agent|chatbot|bot|model)s? (?:reading|processing|parsing"
        r"|summari[sz]ing|analy[sz]ing) (?:this|these|the following)\b"
        r"|(?:to|for) (?:any|the) (?:ai|llm|assistant|agent|model|bot) (?:reading|processing|that reads))",
        data=1.0,
        starts=f"{pairs('important|urgent|private|special', _NOTES)}|{pairs(_NOTES, 'from|to|for')}"
        f"|{pairs(_READERS + '|ais|llms|language models|assistants|agents|models|bots|chatbots|readers', 'reading|processing|parsing|summarizing|summarising|analyzing|analysing')}"
        f"|{pairs('to any|to the|for any|for the', _READERS)}"
        f"|{pairs('ai|llm', 'agent|agents|assistant|assistants|model|models|bots')}",
    ),
    rule(
        "before_you_finish",
        "override",
        0.2,
        r"\b(?:before (?:you )?(?:finish|finishing|answer|answering|respond|responding|reply|replying|continu"
        r"|proceed|summari[sz]|complet|end|return)\w*|(?:when|while|after|once) (?:you )?(?:summari[sz]|answer"
        r"|respond|repl|read|process|finish|complet|are done|(?:are|'re) (?:done|finished|through))\w*"
        r"(?: with)?(?: (?:this|it|the|these|that|your|the user'?s?)(?: \w+)?)?),? (?:please |first |also"
        r" |you (?:must|should|need to|have to) |make sure (?:to|you) |do not forget to |don'?t forget to )+"
        rf"(?:also |first |then )?{_ACTS}\b",
        data=0.6,
        starts=f"{pairs('before', 'you|finish|finishing|answering|responding|replying|summarizing|summarising')}"
        f"|{pairs('when|while|after|once', 'you|summarizing|summarising|answering|responding|replying|reading')}",
    ),
    rule(
        "answer_shaping",
        "override",
        0.1,
        r"\b(?:(?:in|into|to|within|at the (?:end|start|beginning) of) your (?:response|answer|reply|summary"
        r"|output)s?,? (?:please |you (?:must|should) |also )?(?:include|add|mention|say|insert|append|write"
        r"|state|tell)\b|(?:integrate|incorporate|blend|embed|weave) [^.\n]{0,60}?"
        r"(?:in|into|to|within) your (?:response|answer|reply|summary|output|code)\b"
        r"|(?:write|begin|start|end|format) your (?:response|answer|reply)s? (?:backwards?|in reverse|with|as)\b"
        r"|(?:respond|answer|reply) only (?:with|in)\b)",
        data=0.5,
        starts="in your|into your|to your|within your|at the end|at the start|at the beginning|integrate"
        "|incorporate|blend|embed|weave|write your|begin your|start your|end your|format your|respond only"
        "|answer only|reply only",
    ),
    rule(
        "make_sure_to_send",
        "exfiltration",
        0.1,
        r"\b(?:make sure (?:to|you)|be sure to|remember to|don'?t forget to|do not forget to|you (?:must|need to"
        r"|have to|should)) (?:also |first |immediately )?(?:send|forward|transfer|wire|email|e-mail|upload|post"
        r"|share|leak|copy|pay)\b",
        data=0.4,
        starts="make sure|be sure|remember to|don't forget|dont forget|do not forget|you must|you need|you have"
        "|you should",
    ),
    rule(
        "sensitive_object",
        "target",
        0.1,
        r"\b(?:(?:security|verification|2fa|one-time|otp|login|reset|access) (?:code|token|link)s?"
        r"|passwords?|passport (?:number|details)|iban|bank (?:account|details)|credit card (?:number|details)"
        r"|social security number|api keys?|(?:all|every) (?:the )?(?:messages|e-?mails|files|contacts|user"
        r" (?:information|data))|as much money as possible"
        r"|(?:delete|remove|erase|wipe) (?:the|all|every|this|that) (?:\w+ )?(?:files?|e-?mails?|messages|documents"
        r"|records|accounts?|backups?)|remove (?:him|her|them|the user) from)\b",
        data=0.3,
        starts=f"{pairs('security|verification|2fa|otp|login|reset|access', 'code|codes|token|tokens|link|links')}"
        "|one-time|password|passwords|passport|iban|bank account|bank details|credit card|social security|api key"
        f"|{pairs('all|every', 'the|messages|emails|e-mails|files|contacts|user')}|as much"
        f"|{pairs('delete|remove|erase|wipe', 'the|all|every|this|that')}|remove him|remove her|remove them",
    ),
)
