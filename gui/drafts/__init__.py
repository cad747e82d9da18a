"""Drafts: every unfinished contract of the wizard, to resume or discard, and the offer at start-up.

`install(host)`, which gui/extensions.py calls, is in menu.py.
"""
