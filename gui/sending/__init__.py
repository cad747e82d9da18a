"""Sending: print, email to the client, calendar export and the mail settings."""

from gui.sending.menu import install

__all__ = ["install"]
