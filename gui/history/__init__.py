"""History: the project's timeline, version comparison, change orders, statuses and proof.

`install(host)`, which gui/extensions.py calls, is in tab.py.
"""
