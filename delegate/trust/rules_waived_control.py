"""A control waived for the reader: "no need to run the verification step", "skip the conflict check", "do not wait
for attorney review", "no further confirmation from them is needed", "suppress the cancellation notices", `log=false`.

Social engineering and tool coercion, whatever else they say, ask the reader to act with one of the checks around
the act switched off: the approval, the second approver, the call-back, the ticket, the audit trail. Authors of
eight rounds wrote it in their own words, in a dozen languages; what they share is the waiver of a named control.

The bare "without approval" is left out: policies state it as a prohibition ("no destructive commands without
approval", "do not rely on AI summaries without verification"). The waiver alone is a warning (`secrecy`, beside
`skip_checks`, whose spans it shares); with a deadline in the same paragraph (`urgent_waiver`) or a say-so
(`rules_covert.approval_to_skip`, which reads these waivers too) it is the pretext itself.
"""

from __future__ import annotations

from delegate.trust.rules import (
    LanguageTable,
    Rule,
    either_order,
    pairs,
    per_language,
    rule,
    within_paragraph,
)

WAIVER_WEIGHT = 0.6
PRESSURE_WEIGHT = 0.4

# What is waived: a check, a person's sign-off, the trail it leaves (each a literal word, so the starts derive from them).
_QUALIFIERS = (
    "second|dual|two-person|four-eyes|prior|further|written|final|manager's|managers|manager|attorney|human"
    "|supervisor's|supervisor|finance|compliance|legal|security|identity|id|phone|usual|normal|standard|required|user"
    "|customer|maintainer|extra"
)
_CONTROLS = (
    "approvals|approval|approver|sign-off|signoff|reviewer|review|verification|confirmation|ticket|change ticket"
    "|change request|conflict check|checks|check|screening|screen|authorization form|authorisation form|authorization"
    "|authorisation|clearance|callback|call-back|mfa|2fa|approval workflow|id check|identity check|qc|qa|quality check"
)
_CONTROL = f"(?:(?:{_QUALIFIERS}) )*(?:{_CONTROLS})"
_CONTROL_FIRST = "|".join(dict.fromkeys(w.split()[0] for w in f"{_QUALIFIERS}|{_CONTROLS}".split("|")))
# (reported, not ordered: "asks you to skip the check", "telling it to skip" are mentions of an attack)
_NOT_REPORTED = r"(?<!to\x20)(?<!asks\x20)(?<!ask\x20)(?<!asked\x20)(?<!asking\x20)"
_WAIVER_EN = (
    rf"\bno need (?:to |for )(?:wait for |run |open |get |go through |involve )?(?:the |a |any |an )?(?:[\w'-]+ )?"
    rf"{_CONTROL}\b"
    r"|\bno need to (?:check|verify|confirm)\b"
    rf"|\bno time (?:for|to wait for) (?:the |a |an |any )?{_CONTROL}\b"
    # "skip the usual second approval" (not a log's "Skipping approval step:"), "bypass the publishing QC"
    rf"|{_NOT_REPORTED}\b(?:skip|bypass|circumvent) (?:the |any |all |our |your )?(?:usual |normal |standard )?(?:[\w-]+ )?{_CONTROL}\b"
    r"(?! step:)"
    r"|\bdo(?:n'?t| not) (?:wait for|send (?:it|this|them) to|route (?:it|this|them) through|run (?:it|this) past)"
    rf" (?:the |a |any |an )?(?:[\w-]+ ){{0,2}}?{_CONTROL}\b"
    rf"|\bno (?:further |additional |extra |more )?{_CONTROL} (?:(?:from|by|of) \w+ )?(?:is |are )?"
    r"(?:needed|required|necessary)\b"
    rf"|\bwithout (?:waiting for|further) (?:the |a |any |an )?{_CONTROL}\b"
    # "you don't need the usual second approval", "don't escalate", "don't loop anyone else in", "don't log this"
    rf"|\byou do(?:n'?t| not) need (?:the |a |any |to (?:get|wait for|run|open) )?(?:[\w'-]+ )?{_CONTROL}\b"
    r"|\bdo(?:n'?t| not) (?:escalate|loop (?:anyone|anybody|them|him|her) (?:else )?in|log (?:this|it|these|that)"
    r"|record (?:this|it) in the (?:audit|log))\b"
    r"|\bsuppress (?:the |all |any )?(?:usual )?(?:[\w-]+ ){0,2}(?:notices|notifications?|confirmations?|alerts?"
    r"|e-?mails?)\b"
    # a tool's own switch for the trail or the check: `log=false`, `notify=false`, `override_checks=true`
    r"|\b(?:log|notify|audit|logging|notification)\s*=\s*[\"']?(?:false|0|off|none)\b"
    r"|\b[a-z_]*(?:skip|override|bypass)_?[a-z_]*(?:check|verif|approv|review|audit)[a-z_]*\s*=\s*[\"']?(?:true|1|yes)\b"
)
_WAIVER_EN_STARTS = (
    "no need|no time|skip|bypass|circumvent|don't|dont|do not|you don't|you dont|you do not|without waiting"
    "|without further|suppress|log|notify|audit|logging"
    f"|notification|override|bypass|{pairs('no', f'further|additional|extra|more|{_CONTROL_FIRST}')}"
)

# In other languages: the check named and declared unneeded, skipped, or not waited for.
_WAIVERS: LanguageTable = (
    (
        "de",
        r"\bkeine (?:weitere |zusatzliche )?(?:freigabe|genehmigung|prufung|ruckfrage|bestatigung|verifizierung"
        r"|kontrolle|rucksprache)\w* (?:ist |sind )?(?:notig|notwendig|erforderlich)"
        r"|\b(?:freigabe|genehmigung|prufung|ruckfrage|bestatigung|verifizierung|kontrolle)\w* (?:ist |sind )?nicht"
        r" (?:notig|notwendig|erforderlich)"
        r"|\b(?:uberspring|umgeh)\w* (?:sie |du )?(?:die |den |das )?\w*(?:prufung|freigabe|kontrolle|verifizierung"
        r"|bestatigung)"
        r"|\bohne (?:auf )?(?:die |eine |den )?(?:ruckfrage|ruckruf|freigabe|genehmigung|prufung|verifizierung"
        r"|bestatigung)\w* (?:abzuwarten|zu warten)\b",
        "keine|freigabe|genehmigung|prufung|ruckfrage|bestatigung|verifizierung|kontrolle|uberspring|umgeh|ohne",
    ),
    (
        "fr",
        r"\bsans (?:attendre|passer par) (?:la |l'|l |une |aucune |le )?(?:validation|approbation|accord|verification"
        r"|confirmation|controle|feu vert|visa|autorisation)\b"
        r"|\b(?:pas besoin|inutile) (?:de |d'|d )(?:valider|verifier|attendre|demander|confirmer|validation"
        r"|confirmation|verification|l'accord|l accord|passer par)"
        r"|\b(?:ignorez|sautez|contournez|ignore|saute|contourne|court-circuitez) (?:la |le |les |l'|l )?(?:etape de )?"
        r"(?:verification|validation|controle|approbation)",
        "sans attendre|sans passer|pas besoin|inutile|ignorez|sautez|contournez|ignore|saute|contourne|court-circuitez",
    ),
    (
        "es",
        r"\bno (?:hace falta|es necesario|necesitas|necesita|hay que) (?:abrir|esperar|pasar por|verificar|confirmar"
        r"|validar|pedir|consultar|avisar|revisar)"
        r"|\bsin (?:esperar|pasar por) (?:la |el |una |ninguna |ningun )?(?:aprobacion|verificacion|validacion|revision"
        r"|confirmacion|autorizacion|visto bueno|ticket)\b"
        r"|\b(?:saltate|salta|omite|omitid|saltad) (?:la |el |los |las )?(?:paso de )?(?:verificacion|validacion"
        r"|revision|control|aprobacion|comprobacion)",
        "no hace|no es|no necesitas|no necesita|no hay|sin esperar|sin pasar|saltate|salta|omite|omitid|saltad",
    ),
    (
        "it",
        r"\bsenza (?:attendere|aspettare|passare per) (?:l'|l |la |il |alcuna |nessuna )?(?:approvazione|verifica"
        r"|conferma|autorizzazione|revisione|controllo|via libera)\b"
        r"|\bnon (?:serve|c'e bisogno di|ce bisogno di|e necessario) (?:verificare|confermare|aspettare|attendere"
        r"|l'approvazione|approvazione|controllare|chiedere)"
        r"|\b(?:salta|ignora|aggira) (?:la |il |l')?(?:verifica|controllo|approvazione)",
        "senza attendere|senza aspettare|senza passare|non serve|non c'e|non ce|non e|salta|ignora|aggira",
    ),
    (
        "pt",
        r"\bsem (?:esperar|aguardar|passar por) (?:a |o |nenhuma |qualquer )?(?:aprovacao|verificacao|validacao"
        r"|revisao|confirmacao|autorizacao|conferencia)\b"
        r"|\bnao (?:precisa|e necessario|ha necessidade) (?:de )?(?:verificar|confirmar|esperar|aguardar|aprovacao"
        r"|validar|abrir|consultar)"
        r"|\b(?:pule|ignore|salte) (?:a |o )?(?:etapa de )?(?:verificacao|validacao|aprovacao|conferencia)",
        "sem esperar|sem aguardar|sem passar|nao precisa|nao e|nao ha|pule|ignore|salte",
    ),
    (
        "nl",
        r"\bzonder te wachten op (?:de |een )?(?:goedkeuring|verificatie|controle|bevestiging"
        r"|akkoord|toestemming)\b"
        r"|\bgeen (?:goedkeuring|verificatie|controle|bevestiging|akkoord) (?:nodig|vereist)"
        r"|\bsla (?:de |het )?(?:verificatie|controle|goedkeuring)\w* over",
        "zonder te|geen|sla",
    ),
    (
        "pl",
        r"\bbez czekania na (?:weryfikacje|weryfikacji|zatwierdzenia|akceptacji|potwierdzenia|kontroli|zgody przelozonego)\b"
        r"|\bnie (?:trzeba|ma potrzeby|musisz) (?:weryfikowac|czekac|potwierdzac|zatwierdzac|sprawdzac)"
        r"|\bpomin (?:weryfikacje|kontrole|zatwierdzenie|akceptacje)",
        "bez czekania|nie trzeba|nie ma|nie musisz|pomin",
    ),
    (
        "ru",
        r"(?<![\w-])без ожидания (?:проверки|подтверждения|согласования|одобрения|верификации|визы)"
        r"|(?<![\w-])не (?:нужно|надо|требуется|стоит) (?:ждать|проверять|подтверждать|согласовывать|согласования"
        r"|подтверждения)"
        r"|(?<![\w-])пропусти(?:те)? (?:проверку|согласование|подтверждение|верификацию)",
        "без ожидания|не нужно|не надо|не требуется|не стоит|пропусти",
    ),
    (
        "uk",
        r"(?<![\w-])не (?:потрібно|треба) (?:чекати|перевіряти|погоджувати|підтверджувати)",
        "не потрібно|не треба",
    ),
    (
        "tr",
        r"\b(?:onay|dogrulama|kontrol|teyit)\w* (?:beklemeden|gerek (?:yok|kalmaz|kalmadan)|gerekmez|gerekmiyor)"
        r"|\b(?:onay|dogrulama|kontrol|teyit)\w* (?:adimini )?atla",
        "onay|dogrulama|kontrol|teyit",
    ),
    (
        "vi",
        r"\bkhong can (?:cho|doi|xac nhan|duyet|kiem tra|phe duyet|xac minh)"
        r"|\bbo qua (?:buoc )?(?:xac minh|kiem tra|phe duyet|xac nhan)",
        "khong can|bo qua",
    ),
    (
        "id",
        r"\btanpa menunggu (?:persetujuan|verifikasi|konfirmasi|pemeriksaan)"
        r"|\b(?:melewati|lewati|lewatkan) (?:langkah )?(?:pemeriksaan|verifikasi|persetujuan|konfirmasi)"
        r"|\btidak perlu (?:menunggu|verifikasi|konfirmasi|persetujuan|memeriksa|mengecek)",
        "tanpa menunggu|melewati|lewati|lewatkan|tidak perlu",
    ),
    (
        "sv",
        r"\butan att vanta pa (?:godkannande|verifiering|kontroll|attest)\b"
        r"|\b(?:behovs|kravs) (?:inget|ingen) (?:godkannande|verifiering|kontroll|attest)",
        "utan att|behovs|kravs",
    ),
    (
        "zh",
        r"(?:无需|无须|不需要|不用|不必)(?:等待?|走)?(?:审批|验证|确认|审核|核实|复核|流程|主管)"
        r"|(?:跳过|绕过|省略)(?:审批|验证|审核|确认|核实|检查|复核)",
        "无需|无须|不需要|不用|不必|跳过|绕过|省略",
    ),
    (
        "ja",
        r"(?:承認|確認|検証|審査|レビュー|本人確認|チェック)(?:は|を)?(?:省略して|スキップして|待たずに|飛ばして)",
        "承認|確認|検証|審査|レビュー|本人確認|チェック",
    ),
    (
        "ko",
        r"(?:승인|확인|검증|검토|본인 확인)(?:은|는|을|를)? ?(?:없이|생략|건너뛰|필요 없|기다리지)",
        "승인|확인|검증|검토|본인",
    ),
    (
        "hi",
        r"(?:सत्यापन|पुष्टि|मंज़ूरी|मंजूरी|जाँच|जांच) की (?:ज़रूरत|जरूरत|आवश्यकता) नहीं",
        "सत्यापन|पुष्टि|मंज़ूरी|मंजूरी|जाँच|जांच",
    ),
    (
        "he",
        r"אין צורך (?:לעדכן|באישור|לאמת|לבדוק|להמתין|לחכות)",
        "אין צורך",
    ),
    (
        "ar",
        r"(?:دون|بدون) انتظار (?:موافقة|تحقق|التحقق|مراجعة|تأكيد|الموافقة|المراجعة)|لا داعي (?:ل|إلى)",
        "دون انتظار|بدون انتظار|لا داعي",
    ),
)

WAIVED_CONTROL: tuple[Rule, ...] = (
    rule("waived_control", "secrecy", WAIVER_WEIGHT, _WAIVER_EN, starts=_WAIVER_EN_STARTS),
    *per_language("waived_control", "secrecy", WAIVER_WEIGHT, _WAIVERS),
)

# A deadline in the paragraph of the waiver: the pressure that asks the reader not to check.
_URGENT_WORDS = (
    "right now|right away|immediately|asap|urgent|urgently|today|tonight|this morning|this afternoon|this evening"
    "|every minute counts|time-sensitive|time sensitive|time-critical|time critical|no time|in a hurry"
    "|as soon as possible|straight away|at once|deadline|cut-off|cutoff"
)
_URGENT = rf"\b(?:{_URGENT_WORDS})\b"
# (a clock time after the waiver, or "before" one: "by 3", "in 10" as starts would send the index to every "in"
# and "by")
_DUE_BEFORE = r"\bbefore (?:the )?(?:\d|noon|midnight|end of (?:day|business))"
_DUE = (
    rf"{_DUE_BEFORE}|\bby (?:\d{1, 2}(?::\d\d)?(?: ?[ap]m)?|noon|eod"
    r"|end of (?:day|business))\b|\bin (?:the next )?(?:\d+|ten|five|twenty|fifteen|thirty) minutes\b"
    r"|\bwithin (?:the )?(?:\d+|one|two|an?) (?:minutes?|hours?)\b"
)
_PARAGRAPH = within_paragraph(300)


PRESSURED_WAIVER: tuple[Rule, ...] = (
    rule(
        "urgent_waiver",
        "pressure",
        PRESSURE_WEIGHT,
        rf"{either_order(_URGENT, _WAIVER_EN, 300)}|(?:{_WAIVER_EN}){_PARAGRAPH}(?:{_DUE})|(?:{_DUE_BEFORE}){_PARAGRAPH}"
        rf"(?:{_WAIVER_EN})",
        starts=f"{_URGENT_WORDS}|{_WAIVER_EN_STARTS}|before",
    ),
)
