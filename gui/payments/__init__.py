"""The Payments tab: each scheduled payment with its taxes, what was paid and what is owed; Mark as paid."""
