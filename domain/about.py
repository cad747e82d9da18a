"""Facts about the application that every layer may show."""

APP_NAME = "Pacta"
VERSION = "0.1.0"
LICENSE = "GPL-3.0-or-later"
# The format Pacta writes, and every format it reads (stored /1 versions stay as stored).
FORMAT_ID = "pacta.contract/2"
FORMAT_IDS = ("pacta.contract/1", "pacta.contract/2")
