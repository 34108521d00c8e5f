"""The domain: the handoff template, extraction engines, grounding, flags and answers."""
