"""Templates: start a contract from a trade's template or from one of your own, and save your own.

`install(host)`, which gui/extensions.py calls, is in menu.py.
"""
