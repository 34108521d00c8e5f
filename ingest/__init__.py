"""Parsing, chunking and storing an account's material so that every quote can be located."""
