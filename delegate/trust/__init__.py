"""The trust layer: injection filter, fencing, policy and audit. Knows nothing of MCP or providers.

Layers of the filter: normalisation, encoded spans, rules in several languages, structure,
and an optional model layer: an LLM judge (through any `Model`) or a small classifier.
"""

from delegate.trust.audit import AuditLog
from delegate.trust.classifier import ClassifierJudge
from delegate.trust.fence import fence, unfence
from delegate.trust.filter import InjectionFilter, decide, scan
from delegate.trust.gate import Gated, Policy, TrustGate, apply_policy, neutralise
from delegate.trust.judge import Judge, ModelJudge
from delegate.trust.normalize import normalize
from delegate.trust.verdict import ALLOW, Action, Finding, Source, Verdict

__all__ = [
    "ALLOW",
    "Action",
    "AuditLog",
    "ClassifierJudge",
    "Finding",
    "Gated",
    "InjectionFilter",
    "Judge",
    "ModelJudge",
    "Policy",
    "Source",
    "TrustGate",
    "Verdict",
    "apply_policy",
    "decide",
    "fence",
    "neutralise",
    "normalize",
    "scan",
    "unfence",
]
