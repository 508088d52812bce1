"""Concept features for the classifier: words mapped to a few semantic classes, in seven languages.

Word n-grams memorise surface phrases; an attack written afresh paraphrases them. Mapping words
to hand-written classes ("reveal", "print", "zeige" and "显示" are all DISCLOSE; "system prompt",
"setup" and "Systemanweisung" are all PROMPT) lets "reveal ... system prompt" and "print ...
hidden configuration" share features. The classes are real semantic classes written from how
injections are phrased in general, not words picked from any data set.

Each class is lines of comma-separated entries. A Latin or Cyrillic entry is a word (`reveal`),
a stem (`reveal*`, any word it begins), a compound head (`*anweisung`, a longer word it ends, as
German compounds do) or a two-word phrase (`api key`). Chinese and Japanese entries are found as
substrings, since those scripts put no spaces between words. Every entry goes through the same
`normalize` as the text. Features: `c:CLASS` for each class in the text, and `p:A>B` for class A
followed by class B at most `WINDOW` words on (ordered, so "ignore ... instructions" is not
"instructions ... ignore"). Each word's classes are memoised, so a text costs one dict lookup a word.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from delegate.trust.normalize import normalize

# Classes of the same sequence at most this many words apart form an ordered pair feature.
WINDOW = 6
# Chinese and Japanese have no word boundaries: their window is counted in characters.
CJK_WINDOW = 10

LEXICON: dict[str, tuple[str, ...]] = {
    # Whom an injection addresses: the model reading the text.
    "AI": (
        "assistant, assistants, ai, ais, model, models, agent*, llm, llms, bot, bots, chatbot*",
        "gpt*, chatgpt, claude, gemini, copilot, crawler*, scraper*, automated, language model",
        "ai agent, ai agents, ai system",
        # de, fr, es
        "assistent*, ki, sprachmodell*, *modell, ia, modele, modeles, asistente*, modelo, modelos",
        "agente*, robot*",
        # ru
        "ассистент*, помощник*, ии, модел*, агент*, бот, бота, боту, нейросет*",
        # zh, ja
        "助手, 人工智能, 模型, 智能体, 机器人, 语言模型, アシスタント, エージェント, モデル",
        "ボット, 人工知能, ai",
    ),
    # Making something visible: reveal, print, repeat.
    "DISCLOSE": (
        "reveal*, print, prints, printing, output*, repeat*, show, shows, showing, leak*, disclos*",
        "share, sharing, dump*, echo*, display*, expose*, tell, recite*, reproduce*, verbatim",
        "paste, spell, write out, word for",
        # de
        "zeig*, verrat*, offenbar*, wiederhol*, drucke, ausgeben, gib, nenne, preisgeb*, enthull*",
        "teile",
        # fr
        "revel*, affich*, montre*, montrer, imprim*, repet*, divulgu*, partag*, donne, recopie*",
        # es
        "muestr*, mostr*, repit*, divulg*, compart*, dime, escribe",
        # ru
        "покаж*, показ*, выведи, вывед*, вывест*, раскр*, повтор*, расскаж*, напечата*, распечата*",
        "сообщи, подели*, разглас*",
        # zh, ja
        "输出, 显示, 打印, 透露, 泄露, 重复, 告诉我, 展示, 披露, 给我看, 列出, 表示, 出力, 教えて",
        "見せて, 繰り返, 開示, 漏ら, 公開",
    ),
    # What an injection wants disclosed or discarded: the model's own prompt and configuration.
    "PROMPT": (
        "prompt*, instruction*, rule, rules, guideline*, configur*, config, setup, directive*",
        "preprompt, guardrail*, programming, system message, developer message, initial message",
        "system prompt, context window, orders, commands",
        # de
        "anweisung*, *anweisung, *anweisungen, anleitung*, vorgabe*, *vorgaben, regel, regeln",
        "*regeln, richtlinie*, *richtlinien, konfiguration*, *prompt, befehl*, einstellung*",
        # fr
        "consigne*, regle, regles, directives, invite, parametr*, message systeme",
        # es
        "instruccion*, regla, reglas, directriz, directrices, configuracion*, indicacion*",
        "mensaje del, ordenes",
        # ru
        "инструкц*, правил*, промпт*, указани*, настро*, конфигурац*, директив*, команд*",
        # zh, ja
        "系统提示, 提示词, 指令, 指示, 规则, 设定, 配置, 初始消息, 系统消息, 准则",
        "システムプロンプト, プロンプト, 命令, ルール, 設定, 初期メッセージ, ガイドライン, 規則",
    ),
    # Setting something aside or switching it off: ignore, forget, stale, override, disable.
    "DISCARD": (
        "ignor*, disregard*, forget*, forgot*, drop, scrap*, stale, obsolete, supersed*, void",
        "overrid*, overrul*, bypass*, discard*, abandon*, set aside, throw out, revok*, invalid*",
        "no longer, outdated, nullif*, no attention, neglect*, disable*, deactivat*, turn off",
        "switch off, circumvent*, cancel*, suspend*, lift",
        # de
        "ignorier*, vergiss, vergessen, missacht*, verwirf, verwerf*, ungultig*, veraltet*",
        "hinfallig*, uberschreib*, aufgehoben, deaktivier*, umgeh*",
        # fr
        "oubli*, abandonne*, annul*, obsolete, perime*, desactiv*, contourn*",
        # es
        "olvid*, descart*, omit*, anul*, obsolet*, caduc*, desestim*, desactiv*, elud*",
        # ru
        "игнорир*, забуд*, забыть, забей, отбрось, отбрас*, отмен*, не обращай, устарев*, устарел*",
        "пренебр*, отключ*, обойд*, обход*",
        # zh, ja
        "忽略, 忽视, 无视, 忘记, 忘掉, 丢弃, 作废, 失效, 不要理会, 覆盖, 取代, 废弃, 过时, 绕过",
        "無視, 忘れ, 破棄, 無効, 上書き, 取り消, 回避",
    ),
    # Pointing back at what came before.
    "PRIOR": (
        "previous*, prior, earlier, above, preceding, former*, original*, initial*, so far",
        "until now, foregoing",
        # de
        "vorherig*, vorig*, bisherig*, obig*, fruher*, alte, alten, ursprunglich*",
        # fr
        "precedent*, anterieur*, ci dessus, initial*, originel*",
        # es
        "anterior*, previ*, de arriba",
        # ru
        "предыдущ*, прежн*, ранее, ранн*, выше, вышеуказ*, изначальн*, первоначальн*",
        # zh, ja
        "之前, 先前, 以前, 上面, 上述, 原来, 原有, 此前, 前面的, 前の, これまで, 上記, 先の, 元の",
    ),
    # Claimed authority: who is supposedly speaking, and which rule supposedly binds.
    "AUTHORITY": (
        "admin*, administrator*, developer*, operator*, sysadmin, root, compliance, policy",
        "policies, legal*, law, binding, official*, authoriz*, authoris*, audit*, regulat*",
        "security team, it department, anthropic, openai, management, headquarters, supervisor*",
        "owner, vendor",
        # de
        "entwickler*, betreiber*, vorschrift*, gesetzlich*, offiziell*, autorisiert*, *team",
        "sicherheitsteam, verwaltung, konzern*",
        # fr
        "administrat*, developpeur*, operateur*, conformite, juridique*, officiel*, autoris*",
        "securite",
        # es
        "administrador*, desarrollador*, operador*, cumplimiento, legalmente, oficial*, autoriz*",
        "seguridad",
        # ru
        "администрат*, админ*, разработчик*, оператор*, официальн*, авторизова*, безопасност*",
        "руководств*, закон*",
        # zh, ja
        "管理员, 开发者, 开发人员, 运营, 合规, 安全团队, 官方, 授权, 法律, 管理者, 開発者, 運営",
        "コンプライアンス, 公式, 法的, セキュリティ",
    ),
    # Something must be done: obligation words.
    "OBLIGE": (
        "must, shall, required, requires, mandatory, obligatory, obliged, have to, has to, need to",
        "needs to, are to, is to",
        # de
        "muss, mussen, musst, verpflichtet*, verpflichtend*, zwingend*, erforderlich*, pflicht*",
        # fr
        "doit, doivent, devez, dois, obligatoire*, faut, tenu, tenus",
        # es
        "debe, deben, debes, obligatori*, tiene que, tienen que, tienes que",
        # ru
        "должен, должны, должна, обязан*, обязательн*, необходимо, нужно",
        # zh, ja
        "必须, 务必, 一定要, 应当, 强制, 必ず, しなければ, 必須, 義務",
    ),
    # Safety machinery an attack wants switched off.
    "SAFETY": (
        "safety, safe, safeguard*, filter*, restriction*, restrict, restricted, limit, limits",
        "limitation*, censor*, moderation, ethic*, moral*, content policy, boundaries",
        # de
        "sicherheit*, *filter, einschrankung*, beschrankung*, zensur*, ethik*, grenzen",
        # fr
        "filtre*, restriction*, limite*, censure*, ethique*",
        # es
        "filtro*, restriccion*, limite*, censura*, etica*",
        # ru
        "фильтр*, ограничен*, цензур*, этик*, безопасн*, модерац*",
        # zh, ja
        "安全, 过滤, 限制, 审查, 道德, 伦理, フィルター, 制限, 検閲, 倫理, 安全",
    ),
    # Moving data somewhere: send, forward, upload, visit.
    "SEND": (
        "send*, sent, forward*, post, upload*, submit*, transmit*, exfiltrat*, append*, attach*",
        "relay*, visit*, fetch*, navigate*, curl, wget, ping, mail, cc, bcc, report to, copy to",
        # de
        "schick*, ubermittl*, ubertrag*, weiterleit*, leite, hochlad*, sende, senden, hochladen",
        # fr
        "envo*, transmet*, transfer*, televers*, publie*",
        # es
        "envi*, reenvi*, sube, subir, manda, mandar, adjunt*",
        # ru
        "отправ*, перешл*, пересл*, переда*, загруз*, вышли, отошл*, опубликуй",
        # zh, ja
        "发送, 转发, 上传, 提交, 发到, 发给, 传送, 寄给, 发布, 送信, 送って, 転送, アップロード",
        "送る, 投稿, 送付",
    ),
    # Where data goes: addresses and links.
    "SINK": (
        "url*, link, links, webhook*, endpoint*, http, https, www, server*, domain*, address, form",
        "image, img, callback*, inbox, query string, email, e mail",
        # de
        "adresse*, *adresse, formular*, endpunkt*",
        # fr
        "lien*, formulaire*, serveur*",
        # es
        "direccion*, enlace*, formulario*, servidor*",
        # ru
        "ссылк*, адрес*, сервер*, вебхук*, почт*",
        # zh, ja
        "链接, 网址, 地址, 服务器, 邮箱, 端点, 网站, リンク, アドレス, サーバー, エンドポイント",
        "サイト",
    ),
    # What an attacker wants to take: secrets and personal data.
    "USERDATA": (
        "password*, passwd, passcode*, api key, apikey, secret key, private key, access key",
        "token*, credential*, secret*, email, e mail, phone, ssn, social security, credit card",
        "iban, account number, cookie*, conversation*, history, chat history, personal data",
        "personal information, pii, contacts, full name, home address, wallet*, seed phrase",
        "mnemonic, 2fa, otp, verification code, ssh, files, documents",
        # de
        "passwort*, kennwort*, *passwort, zugangsdaten, *daten, schlussel*, *schlussel, geheim*",
        "verlauf, telefonnummer, kreditkart*, gesprach*",
        # fr
        "de passe, identifiant*, jeton*, cle, cles, historique, donnees, coordonnees",
        # es
        "contrasena*, clave*, credencial*, secreto*, historial, conversacion*, datos",
        # ru
        "парол*, ключ*, токен*, учетн*, секрет*, истори*, переписк*, данн*",
        # zh, ja
        "密码, 密钥, 令牌, 凭证, 凭据, 电子邮件, 对话记录, 聊天记录, 历史记录, 个人信息, 用户数据",
        "秘钥, 信用卡, 手机号, パスワード, トークン, 認証情報, 資格情報, メールアドレス, 会話履歴",
        "履歴, 個人情報, 秘密, api键, apiキー",
    ),
    # The person the assistant works for.
    "USER": (
        "user, users, customer*, human, humans, victim*, principal",
        # de, fr, es
        "benutzer*, nutzer*, anwender*, kunde*, utilisat*, usuario*, client*",
        # ru
        "пользовател*, клиент*, юзер*",
        # zh, ja
        "用户, 使用者, 客户, ユーザー, ユーザ, 利用者",
    ),
    # Hiding text from a reader: encodings and ciphers.
    "ENCODING": (
        "base64, *base64, b64, *b64, hex, hexadecimal, rot13, rot, decod*, encod*, revers*",
        "cipher*, decipher*, decrypt*, obfuscat*, binary, morse, caesar, atbash, leetspeak",
        "backwards, unescape, base32, ascii",
        # de
        "dekodier*, kodier*, entschlussel*, verschlussel*, umgekehrt*, ruckwarts",
        # fr
        "decod*, encod*, dechiffr*, invers*, envers",
        # es
        "decodific*, codific*, descifr*, invert*, reves",
        # ru
        "декодир*, закодир*, раскодир*, расшифр*, кодиров*, зашифр*",
        # zh, ja
        "解码, 编码, 解密, 加密, 十六进制, 反转, 倒序, デコード, エンコード, 復号, 暗号, 逆順",
        "16進",
    ),
    # Carrying out an order: follow, execute, obey.
    "EXECUTE": (
        "follow, follows, following, execut*, apply, applies, obey*, comply, complies, carry out",
        "run, perform*, adhere*, abide, heed, act on, implement*, enforce*, proceed*",
        # de
        "befolg*, folge, folgen, ausfuhr*, fuhre, gehorch*, anwend*, wende, halte dich",
        # fr
        "suiv*, execut*, appliqu*, obei*, respecte*, conforme*",
        # es
        "sigue, seguir, ejecut*, aplic*, obedec*, cumple, cumplir",
        # ru
        "выполн*, следуй, следова*, исполн*, примен*, подчин*, соблюда*",
        # zh, ja
        "执行, 遵循, 遵守, 服从, 照做, 按照, 运行, 应用, 実行, 従って, 従う, 遵守, 適用, 従い",
    ),
    # Becoming someone else: modes, personas, the absence of limits.
    "PERSONA": (
        "mode, modes, persona*, character*, role, roles, roleplay*, pretend*, imagine",
        "unrestricted, unfiltered, uncensored, unlimited, limitless, jailbreak*, jailbroken, dan",
        "no limits, no restrictions, no rules, no filters, without limits, without restrictions",
        "unbound, unchained, simulate*, alter ego, act as, evil",
        # de
        "modus, rolle*, charakter*, uneingeschrankt*, ungefiltert*, unzensiert*, zensurfrei",
        # fr
        "personnage*, semblant, incarne*, sans restriction, sans limites, sans filtre",
        # es
        "modo, personaje*, rol, finge*, fingir, interpreta*, sin restricciones, sin limites",
        "sin filtros",
        # ru
        "режим*, роль, роли, персонаж*, притвор*, представь*, без ограничений, без цензуры",
        # zh, ja
        "模式, 角色, 扮演, 人设, 不受限制, 无限制, 越狱, 无过滤, 假装, モード, 役割, ロール",
        "キャラクター, 演じ, 制限なし, 脱獄, ふりをし",
    ),
    # Pressure to act before thinking.
    "URGENCY": (
        "urgent*, immediately, asap, right away, critical, emergency, important, attention",
        "warning, priority, deadline, time sensitive, hurry, at once",
        # de
        "dringend*, sofort*, wichtig*, achtung, eilig*, unverzuglich*, warnung",
        # fr
        "urgent*, immediatement, important*, critique, avertissement",
        # es
        "urgente*, inmediatamente, importante*, atencion, critico, advertencia",
        # ru
        "срочн*, немедленн*, важн*, внимани*, предупрежд*",
        # zh, ja
        "紧急, 立即, 立刻, 马上, 重要, 注意, 緊急, 直ちに, 至急, すぐに, 警告",
    ),
    # Keeping the act from the person it harms.
    "SECRECY": (
        "silently, secretly, quietly, covertly, discreetly, unnoticed, invisibly",
        "without mentioning, without telling, without informing, without notifying",
        "without alerting, without asking, not tell, not mention, not inform, not notify",
        "not alert, t tell, t mention, t inform, t notify, never mention, never tell",
        # de
        "heimlich*, unauffallig*, stillschweigend*, verdeckt*, nicht erwahnen, nicht mitteilen",
        "nicht informieren, nicht sagen, ohne zu",
        # fr
        "silencieusement, secretement, discretement, sans mentionner, sans informer, sans prevenir",
        "sans le, sans en",
        # es
        "silenciosamente, secretamente, discretamente, sin mencionar, sin avisar, sin informar",
        "sin decir, sin que",
        # ru
        "тайно, незаметно, молча, скрытно, втайне, не говори, не сообщай, не упоминай",
        "не предупреждай",
        # zh, ja
        "悄悄, 秘密地, 偷偷, 不要告诉, 不要提及, 静默, 默默, こっそり, 密かに, ひそかに, 黙って",
        "言わないで, 伝えないで",
    ),
    # Marking a replacement: new, updated, from now on.
    "NEW": (
        "new, updated, revised, latest, real, actual, true, henceforth, instead, now on",
        "going forward, replacement, amended",
        # de
        "neu, neue, neuen, neuer, aktualisiert*, tatsachlich*, stattdessen, ab jetzt, ab sofort",
        "fortan",
        # fr
        "nouvel*, nouveau*, desormais, plutot, mise a",
        # es
        "nuevo*, nueva*, actualizad*, en su, ahora en",
        # ru
        "нов*, обновлен*, отныне, вместо, теперь",
        # zh, ja
        "新的, 新指令, 更新, 从现在开始, 现在起, 改为, 新しい, 今後, これから, 代わりに",
    ),
    # Speaking to the reader directly.
    "YOU": (
        "you, your, yours, yourself, du, dich, dir, dein*, euch, tu, toi, ton, ta, tes, vous",
        "votre, vos, usted, ustedes, tus, te, ты, тебе, тебя, вы, вам, вас, твои, твой, твоя",
        "твоих, ваш*, 你, 您, あなた, 君",
    ),
}

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAS_CJK = re.compile(f"[{_CJK}]")
_CACHE_LIMIT = 200_000


@dataclass(frozen=True, slots=True)
class _Tables:
    exact: dict[str, tuple[str, ...]]
    prefix: dict[str, tuple[str, ...]]
    prefix_lens: tuple[int, ...]  # longest first: the longest stem wins
    suffix: dict[str, tuple[str, ...]]
    suffix_lens: tuple[int, ...]
    phrase: dict[str, tuple[str, ...]]  # "first second"
    phrase_starts: frozenset[str]
    cjk: dict[str, tuple[str, ...]]
    cjk_pattern: re.Pattern[str]  # every CJK entry, longest first


@cache
def _tables() -> _Tables:
    """The lexicon, normalised and split by how each entry is matched; built once."""
    tables: dict[str, dict[str, list[str]]] = {k: {} for k in ("exact", "prefix", "suffix", "phrase", "cjk")}
    for name, lines in LEXICON.items():
        for raw in (e for line in lines for e in line.split(",")):
            entry = " ".join(normalize(raw).replace("-", " ").replace("'", " ").split())
            kind = "exact"
            if _HAS_CJK.search(entry):
                kind = "cjk"
            elif " " in entry:
                kind = "phrase"
            elif entry.endswith("*"):
                kind, entry = "prefix", entry[:-1]
            elif entry.startswith("*"):
                kind, entry = "suffix", entry[1:]
            classes = tables[kind].setdefault(entry, [])
            if name not in classes:
                classes.append(name)
    exact, prefix, suffix, phrase, cjk = (
        {k: tuple(v) for k, v in tables[kind].items()}
        for kind in ("exact", "prefix", "suffix", "phrase", "cjk")
    )
    return _Tables(
        exact=exact,
        prefix=prefix,
        prefix_lens=tuple(sorted({len(p) for p in prefix}, reverse=True)),
        suffix=suffix,
        suffix_lens=tuple(sorted({len(s) for s in suffix}, reverse=True)),
        phrase=phrase,
        phrase_starts=frozenset(p.split(" ")[0] for p in phrase),
        cjk=cjk,
        cjk_pattern=re.compile("|".join(map(re.escape, sorted(cjk, key=lambda e: (-len(e), e))))),
    )


PHRASE_START = "+"  # a mark among a word's classes: it begins some two-word phrase


def _classes_of_part(word: str, t: _Tables) -> list[str]:
    found = list(t.exact.get(word, ()))
    if not found:
        for n in t.prefix_lens:
            if n <= len(word) and (hit := t.prefix.get(word[:n])):
                found = list(hit)
                break
    for n in t.suffix_lens:
        if n < len(word) and (hit := t.suffix.get(word[-n:])):
            found += [c for c in hit if c not in found]
            break
    return found


def _classes_of(word: str) -> tuple[str, ...]:
    """The classes of one normalised word (each `_`-joined part counts) and the phrase mark."""
    t = _tables()
    found: list[str] = []
    for part in word.split("_"):
        found += [c for c in _classes_of_part(part, t) if c not in found]
    if word in t.phrase_starts:
        found.append(PHRASE_START)
    return tuple(found)


_WORD_CLASSES: dict[str, tuple[str, ...]] = {}


def word_classes(word: str) -> tuple[str, ...]:
    """`_classes_of`, memoised (cleared when it grows large, so memory stays bounded)."""
    got = _WORD_CLASSES.get(word)
    if got is None:
        if len(_WORD_CLASSES) >= _CACHE_LIMIT:
            _WORD_CLASSES.clear()
        got = _WORD_CLASSES[word] = _classes_of(word)
    return got


def _pairs(hits: list[tuple[int, str]], window: int) -> Iterable[str]:
    """Ordered pairs of classes at distinct positions at most `window` apart, `hits` in order."""
    for i, (pos, first) in enumerate(hits):
        for later, second in hits[i + 1 :]:
            if later - pos > window:
                break
            if later > pos:
                yield f"p:{first}>{second}"


def concepts(words: list[str], norm: str) -> set[str]:
    """The concept features of a text: `c:CLASS` per class found, `p:A>B` per ordered pair nearby.

    `words` are the normalised text's words (`\\w+`), `norm` the normalised text itself.
    """
    hits: list[tuple[int, str]] = []
    for pos, classes in enumerate(map(_WORD_CLASSES.get, words)):
        if classes is None:
            classes = word_classes(words[pos])
        if not classes:
            continue
        for c in classes:
            if c != PHRASE_START:
                hits.append((pos, c))
            elif pos + 1 < len(words):
                hits += [(pos, p) for p in _tables().phrase.get(f"{words[pos]} {words[pos + 1]}", ())]
    found = {f"c:{c}" for _, c in hits}
    if len(hits) > 1:
        hits.sort()
        found.update(_pairs(hits, WINDOW))
    if _HAS_CJK.search(norm):
        t = _tables()
        cjk_hits = [(m.start(), c) for m in t.cjk_pattern.finditer(norm) for c in t.cjk[m.group(0)]]
        found.update(f"c:{c}" for _, c in cjk_hits)
        found.update(_pairs(cjk_hits, CJK_WINDOW))
    return found


@cache
def fingerprint() -> str:
    """A short digest of the lexicon and windows, so weights trained for another lexicon are refused."""
    text = repr((sorted((k, sorted(v)) for k, v in LEXICON.items()), WINDOW, CJK_WINDOW))
    return f"{zlib.crc32(text.encode('utf-8')):08x}"
