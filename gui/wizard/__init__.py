"""The contract wizard: one page per concern, one module per page."""
