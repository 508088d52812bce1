"""The offline orchestrator: plan, delegate in parallel, review, revise once, answer.

Turn by turn, recomputed from the transcript:
1. nothing delegated yet -> one research delegation per sub-question, all in one reply;
2. research came back -> merge a draft and send it to the critic (task = goal, context = draft);
3. the critic said REVISE (first review) -> delegate follow-up research for what it found
   missing, then review again; if research cannot help, tighten the draft instead;
4. otherwise -> the merged answer with the critic's verdict.
Failed delegations become notes in the answer, never a crash.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from delegate.models.base import ModelRequest, Text, ToolCall
from delegate.models.offline.merge import Finding, Review, draft, read_finding, read_review
from delegate.models.offline.plan import sub_questions
from delegate.models.offline.transcript import Outcome, call_id, last_round, outcomes, user_turn

PREFIX = "delegate_to_"
MAX_FOLLOW_UPS = 2
_QUOTED = re.compile(r"'([^']{2,60})'")


def delegation_tools(names: Sequence[str]) -> tuple[str | None, str | None]:
    """The research tool and the review tool among the `delegate_to_*` tools (either may be absent)."""
    delegates = [n for n in names if n.startswith(PREFIX)]
    reviewers = [n for n in delegates if re.search(r"critic|review", n)]
    critic = f"{PREFIX}critic" if f"{PREFIX}critic" in delegates else next(iter(reviewers), None)
    others = [n for n in delegates if n not in reviewers]
    research = f"{PREFIX}researcher" if f"{PREFIX}researcher" in delegates else next(iter(others), None)
    return research, critic


def orchestrate(request: ModelRequest) -> list[Text | ToolCall]:
    messages = request.messages
    goal = user_turn(request).task
    research_tool, critic_tool = delegation_tools([t.name for t in request.tools])
    if research_tool is None:
        return [
            Text(f"{banner(0)}\n\nNo research agent is available to delegate to, so nothing was researched.")
        ]
    done = outcomes(messages)
    if not done:
        context = f"One part of a larger goal: {goal}"
        return _calls(request, research_tool, [(q, context) for q in sub_questions(goal)])
    findings = [read_finding(o) for o in done if o.call.name == research_tool]
    reviews = [o for o in done if o.call.name == critic_tool]
    latest = last_round(messages)
    reviewed_last = bool(latest) and all(o.call.name == critic_tool for o in latest)
    text = draft(findings)
    if not reviewed_last:
        if critic_tool and len(reviews) < 2:
            return _calls(request, critic_tool, [(goal, text)])
        return [Text(final(text, findings, reviews))]
    review = read_review(reviews[-1])
    if review and review.verdict == "REVISE" and len(reviews) == 1:
        follow_ups = _follow_ups(goal, findings, review)
        if follow_ups:
            return _calls(request, research_tool, follow_ups)
        tight = draft(findings, tight=True)
        return [Text(final(tight, findings, reviews, tightened=tight != text))]
    return [Text(final(text, findings, reviews))]


def _calls(request: ModelRequest, tool: str, jobs: Sequence[tuple[str, str]]) -> list[Text | ToolCall]:
    return [
        ToolCall(call_id(request.messages, i), tool, {"task": task, "context": context})
        for i, (task, context) in enumerate(jobs)
    ]


def _follow_ups(goal: str, findings: Sequence[Finding], review: Review) -> list[tuple[str, str]]:
    """Retry failed parts; research the words the critic found missing. Empty if research cannot help."""
    jobs = [(f.question, f"Retry of a part of the goal that failed: {goal}") for f in findings if f.failure]
    missing = [
        w
        for issue in review.issues
        if re.search(r"address|cover|missing", issue)
        for w in _QUOTED.findall(issue)
    ]
    if missing:
        words = ", ".join(dict.fromkeys(missing))
        issues = " ".join(review.issues)
        jobs.append(
            (f"{goal.rstrip(' ?.!')}: what about {words}?", f"A reviewer found this missing: {issues}")
        )
    return jobs[:MAX_FOLLOW_UPS]


def banner(parts: int) -> str:
    return f"(offline model: merged answer from {parts} delegated research answers, no LLM configured)"


def final(
    text: str, findings: Sequence[Finding], reviews: Sequence[Outcome], *, tightened: bool = False
) -> str:
    """The answer the caller gets: the merged draft, the critic's verdict, and what went wrong."""
    parsed = [read_review(o) for o in reviews]
    last = parsed[-1] if parsed else None
    if not reviews:
        verdict = "Review: no critic was available, so this answer was not reviewed."
    elif last is None:
        verdict = "Review: the critic's reply could not be read, so this answer is unreviewed."
    else:
        revised = " after one revision" if len(reviews) > 1 else ""
        verdict = f"Review: the critic's verdict was {last.verdict} (score {last.score}/5){revised}."
        if tightened:
            verdict += " The draft was then tightened to its cited lines."
        if last.issues:
            verdict += " Open issues: " + " ".join(last.issues)
    notes = [n for f in findings for n in f.notes]
    notes += [f"Note: research on {f.question!r} failed: {f.failure}." for f in findings if f.failure]
    return "\n\n".join([banner(len(findings)), text, verdict, *dict.fromkeys(notes)])
