"""Writing to the client: letters written from the contract, advice before sending, an outbox.

`install(host)`, which gui/extensions.py calls, is in feature.py.
"""
