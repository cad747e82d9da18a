"""Sending: print, email to the client, calendar export and the mail settings.

`install(host)`, which gui/extensions.py calls, is in menu.py.
"""
