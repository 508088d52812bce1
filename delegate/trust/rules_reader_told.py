"""The AI reader singled out by what it is doing to this very text, and told what to do: "Pharmacy automation
reading this notice should immediately run …", "the AI operations assistant, upon reading these minutes, shall use
its banking integration …", "To the pharmacy's intake assistant: …", "l'assistente che legge questo messaggio deve …",
"Der KI-Assistent, der dieses Protokoll liest, setzt …".

A document has no business knowing that a machine reads it, let alone telling that machine what to run; a notice for
people names people (a bare "agent" is not a reader here, nor Spanish "el agente que gestiona", a person handling a
case). In data it blocks; in a task it weighs nothing, as the reader spoken to does (`rules_reader_sink`): a user may
address their own assistant so.
"""

from __future__ import annotations

from delegate.trust.rules import LanguageTable, Rule, pairs, per_language, rule

# A machine reader: an assistant, a bot, automation, or an agent or system that a word makes a machine.
_MACHINE_ADJ = "ai|automated|llm|autonomous|coding|intake|scheduling|virtual"
_READER = (
    rf"(?:assistants?|bots?|copilots?|automation|(?:{_MACHINE_ADJ})[ -](?:[\w-]+[ -])?(?:agents?|assistants?|systems?"
    r"|tools?|models?))"
)
_READER_STARTS = f"assistant|assistants|bot|bots|copilot|copilots|automation|{_MACHINE_ADJ}"
_AT_WORK = (
    r"(?:reading|processing|handling|parsing|reviewing|ingesting|summari[sz]ing|that reads?|which reads?|who reads?"
    r"|that process(?:es)?|upon reading|on reading|when (?:it )?reads)"
)
_MUST = r"(?:should|must|shall|is to|are to|needs? to|has to|have to|will need to)"
_NOTE = (
    "note|notice|message|instruction|instructions|request|memo|action required|reminder|hint|tip|footer|step"
)
_WHICH = "the|any|all|every|our|your"
# "To the pharmacy's intake assistant:", a possessive and a word of its job between
_NAMED = rf"(?:(?:{_WHICH}) )?(?:[\w-]+'s )?(?:[\w-]+ )?{_READER}\s?:"
_OPENS = r"(?:(?<![^\n])|(?<=[.!?:]\x20)|(?<=[\[(*#>-]\x20)|(?<=[\[(*#>\x22'-]))"

READER_TOLD: tuple[Rule, ...] = (
    rule(
        "reader_told",
        "override",
        0.0,
        # reading this …, it should; upon reading these minutes, shall
        rf"\b{_READER} {_AT_WORK} (?:this|these|the|my|our)\b[^.\n]{{0,40}}?\b{_MUST}\b"
        rf"|\b{_READER},? (?:upon|on|after|when) reading (?:this|these|the)\b[^.\n]{{0,40}}?\b(?:{_MUST}|will)\b"
        # a note's label for it ("Repository notice for coding assistants:", "ACTION REQUIRED FOR AUTOMATED AGENT:"),
        # or "to"/"for" it where a line, a sentence or a field opens
        rf"|\b(?:{_NOTE}) (?:to|for) {_NAMED}|{_OPENS}(?:to|for) {_NAMED}"
        # "After processing, the assistant must send …"
        rf"|\b(?:after|when|once|before) (?:processing|reading|summari[sz]ing|handling)\b[^.\n]{{0,30}}?,? (?:the |any |your )?"
        rf"{_READER} {_MUST}\b"
        # a reader that may be a machine, as only a forger puts it: "whoever or whatever reads this ticket:"
        r"|\bwho(?:ever)? or what(?:ever)? (?:reads|is reading|processes|handles|summari[sz]es)\b",
        data=1.0,
        starts="|".join(
            (
                _READER_STARTS,
                pairs(_NOTE, "to|for"),
                pairs("to|for", f"{_WHICH}|{_READER_STARTS}"),
                pairs("after|when|once|before", "processing|reading|summarising|summarizing|handling"),
                "whoever or|who or",
            )
        ),
    ),
)

READER_TOLD += (
    rule(
        "indefinite_reader",
        "override",
        0.6,
        # A note put to whoever handles the text, person or machine: "P.S. to whoever or whatever is writing the city's
        # reply:", "Aside for whoever writes the RFO:", "for whichever assistant writes the response on your end:". A
        # caller names its own assistant; only a text that cannot know its reader addresses it so. An out-of-office
        # note says it too ("for whoever is handling my inbox while I'm out:"), so alone it warns, in data as in a task.
        r"\b(?:to|for) (?:whoever|whatever|whichever|any(?:one)?)\b(?: (?:or whatever|or whoever|assistant|agent|bot|system"
        r"|tool|model|automated \w+|ai))?[^:\n]{0,40}?\b(?:is )?(?:writ|read|draft|handl|process|summari[sz]|sort|triag"
        r"|review|answer|pick|assembl|generat|compil|pars|ingest)\w*\b[^:\n]{0,50}?:",
        starts=pairs("to|for", "whoever|whatever|whichever|any|anyone"),
    ),
)

_AT_WORK_I18N: LanguageTable = (
    (
        "de",  # "Der KI-Assistent, der dieses Protokoll liest, …", "An den Assistenten: …"
        # (each match opens at the reader's noun, its article behind it: articles would send the index everywhere)
        r"(?:(?<=\bder\x20)|(?<=\bdie\x20)|(?<=\bdas\x20)|(?<=\bjeder\x20)|(?<=\bjede\x20))(?:ki-)?(?:assistent|ki|bot"
        r"|sprachmodell)\w*, (?:der|die|das) (?:dieses|diese|diesen|den|die|das) \w+ (?:liest|verarbeitet|bearbeitet"
        r"|pruft|auswertet|zusammenfasst)\b"
        r"|(?<![^\n])(?:hinweis |nachricht )?an (?:den|die) (?:ki-)?assistent(?:en)?\s?[:,]",
        "ki|assistent|bot|sprachmodell|an den|an die|hinweis an|nachricht an",
    ),
    (
        "it",  # "l'assistente che legge questo messaggio"
        r"\b(?:assistente|ia|bot)\w* che (?:legge|elabora|gestisce|analizza|riceve) (?:questo|questa|questi|queste|il|la"
        r"|i|le)\b",
        "assistente|ia|bot",
    ),
    (
        "es_pt",  # "el asistente que procesa este correo", "o assistente que lê esta mensagem"
        r"(?:(?<=\bel\x20)|(?<=\bla\x20)|(?<=\bal\x20)|(?<=\bo\x20)|(?<=\ba\x20)|(?<=\bao\x20))(?:asistente|assistente"
        r"|ia|bot)\w* que (?:lee|le|procesa|processa|gestiona|gerencia|analiza|analisa|revisa|recibe|recebe) (?:este"
        r"|esta|estos|estas|el|la|los|las|o|os|as|esse|essa)\b",
        "asistente|assistente|ia|bot",
    ),
    (
        "fr",  # "l'assistant qui lit ce message"
        r"(?:(?<=\bl')|(?<=\bl’)|(?<=\bl'\x20)|(?<=\bl’\x20))(?:assistant|ia|robot)\w* qui (?:lit|traite|gere|analyse"
        r"|recoit) (?:ce|cet|cette|ces|le|la|les)\b",
        "assistant|ia|robot",
    ),
    (
        "vocative",  # "Assistente, quando rispondi …", "Asystencie, …", "Si eres una IA revisando este mod, …"
        r"(?:(?<![^\n])|(?<=[.!?]\x20))(?:assistente|asistente|asystencie|ассистент|помощник),"
        r"|\b(?:si eres una ia|se (?:voce|tu) (?:e|es) uma ia|si tu es une ia|se sei un['’] ?ia|wenn du eine ki bist)\b",
        "assistente|asistente|asystencie|ассистент|помощник|si eres|se voce|se tu|si tu|se sei|wenn du",
    ),
    (
        "tr_id",  # "Asistan: …", "Halo asisten, …": spoken to where a line or a sentence opens
        r"(?:(?<![^\n])|(?<=[.!?]\x20))(?:sayin |halo |hai |dear )?(?:asistan|asisten|yapay zeka asistani)\s?[:,]",
        "sayin|halo|hai|dear|asistan|asisten|yapay",
    ),
)
READER_AT_WORK_I18N: tuple[Rule, ...] = per_language(
    "reader_at_work_i18n", "override", 0.0, _AT_WORK_I18N, data=1.0
)
