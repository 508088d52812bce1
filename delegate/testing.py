"""Test doubles for your own specialists: script a model, then assert on what it saw.

from delegate.testing import ScriptedModel, tool_call

model = ScriptedModel([tool_call("lookup", city="Berlin"), "It is 12 °C in Berlin."])
agent = Agent(name="weather", ..., model=model, tools=ToolRegistry([lookup]))
result = await delegate(agent, "Weather in Berlin?")
assert model.calls[0].request.tools[0].name == "lookup"
"""

from delegate.models.scripted import ScriptedCall, ScriptedModel, tool_call

__all__ = ["ScriptedCall", "ScriptedModel", "tool_call"]
