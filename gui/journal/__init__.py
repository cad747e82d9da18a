"""Journal: dated notes, revision rounds per deliverable and signed copies.

`install(host)`, which gui/extensions.py calls, is in tabs.py.
"""
