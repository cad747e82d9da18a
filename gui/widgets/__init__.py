"""Widgets shared by the features: fields, row editors, record lists, the contract summary and the change-request dialogs."""
