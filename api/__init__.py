"""The edges: the ``handoff`` command line and the HTTP service."""
