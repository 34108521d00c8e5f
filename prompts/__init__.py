"""Prompt templates as versioned data files, with a strict loader."""
