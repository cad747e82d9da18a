"""Document texts: every clause beside Pacta's default, edited in the app with a live preview.

`install(host)`, which gui/extensions.py calls, is in menu.py.
"""
