"""Model providers behind one async interface."""

from delegate.models.base import (
    Message,
    Model,
    ModelReply,
    ModelRequest,
    Part,
    StopReason,
    Text,
    ToolCall,
    ToolResult,
    ToolSpec,
    Usage,
)

__all__ = [
    "Message",
    "Model",
    "ModelReply",
    "ModelRequest",
    "Part",
    "StopReason",
    "Text",
    "ToolCall",
    "ToolResult",
    "ToolSpec",
    "Usage",
]
