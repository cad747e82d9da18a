"""Getting documents to the client: mail composition, SMTP sending, drafts, calendar files.

Pure Python, no Qt: `mail` builds the message from editable templates (`templates`),
`smtp` sends it through the user's own server, `passwords` keeps the password in the
system keyring, `drafts` keeps an unsent message as an `.eml` file, `receipt` records a
send for the history, and `calendar` exports both sides' dated commitments as `.ics`.
"""
