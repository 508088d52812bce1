"""The offline model: deterministic, no network, useful on a folder of documents."""

from delegate.models.offline.model import OfflineModel, infer_skill

__all__ = ["OfflineModel", "infer_skill"]
