"""Labelled cases, the scorer, the runner and the report."""
