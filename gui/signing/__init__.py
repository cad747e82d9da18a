"""Signing: sign a document as the provider, receive the copy the client signed, verify any copy.

`install(host)`, which gui/extensions.py calls, is in menu.py.
"""
