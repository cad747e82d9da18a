"""Preferences: the dialog that edits the app's options and the defaults of new contracts."""
