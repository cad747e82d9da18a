"""Facts about the application that every layer may show."""

APP_NAME = "Pacta"
VERSION = "0.1.0"
LICENSE = "GPL-3.0-or-later"
FORMAT_ID = "pacta.contract/1"
