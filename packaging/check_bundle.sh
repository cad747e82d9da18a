#!/usr/bin/env bash
# Builds the one-folder bundle (dist/pacta) and smoke-tests a copy of it outside the
# checkout, in an empty environment: --version, --help, import, render (PDF and DOCX),
# send --eml (a draft with its attachment), calendar (.ics), the desktop entry, and the app
# staying up for a few seconds offscreen.
#   bash packaging/check_bundle.sh    # 2 min on 2 busy cores from a clean tree (the build 91 s), 2026-12-01
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
python=${PYTHON:-$root/.venv/bin/python}

# PyInstaller reads the libraries' dependencies with objdump.
command -v objdump >/dev/null || { echo "check_bundle: objdump is missing: install binutils (bash scripts/setup --test)" >&2; exit 1; }
"$python" packaging/build_bundle.py

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/work"
# Test a copy somewhere else: the bundle must not depend on where it was built.
cp -a "$root/dist/pacta" "$tmp/pacta"
bundle=$tmp/pacta/pacta
examples=$root/../shared/examples
[ -d "$examples" ] || examples=$root/tests/examples

# No Python, no virtual environment, no checkout on the way: only the bundle.
bare() { (cd "$tmp/work" && env -i PATH=/usr/bin:/bin HOME="$tmp/home" "$@"); }
fail() { echo "check_bundle: $*" >&2; exit 1; }

bare "$bundle" --version | tee "$tmp/version"
grep -q "^Pacta [0-9]" "$tmp/version" || fail "--version does not name the version"
grep -q "^Licence: GPL-3.0-or-later" "$tmp/version" || fail "--version does not name the licence"
grep -q "^Data folder: $tmp/home/.local/share/Pacta" "$tmp/version" || fail "--version: wrong data folder"
bare "$bundle" --help >/dev/null

id=$(bare "$bundle" --data "$tmp/data" import "$examples/panaderia-v1.json" | tail -n 1)
[ -n "$id" ] || fail "import printed no project id"
listed=$(bare "$bundle" --data "$tmp/data" list)
grep -q "^$id" <<<"$listed" || fail "list does not show $id"

if "$python" -c 'import sys, documents; sys.exit(not hasattr(documents, "render_document"))' 2>/dev/null; then
    bare "$bundle" --data "$tmp/data" render "$id" --document agreement --format pdf -o "$tmp/work/agreement.pdf"
    [ "$(head -c 5 "$tmp/work/agreement.pdf")" = "%PDF-" ] || fail "the agreement is not a PDF"
    bare "$bundle" --data "$tmp/data" render "$id" --document checklist --format docx -o "$tmp/work/checklist.docx"
    [ "$(head -c 2 "$tmp/work/checklist.docx")" = "PK" ] || fail "the checklist is not a DOCX"
    echo "render: agreement.pdf $(stat -c %s "$tmp/work/agreement.pdf") B, checklist.docx $(stat -c %s "$tmp/work/checklist.docx") B"
    # verify reads the rendered PDF back (its stamp, then its text against a fresh render).
    bare "$bundle" --data "$tmp/data" verify "$tmp/work/agreement.pdf" >"$tmp/verify.txt" \
        || { cat "$tmp/verify.txt" >&2; fail "verify does not recognise the agreement it rendered"; }
    echo "verify: $(head -n 1 "$tmp/verify.txt" | cut -c1-60)…"
    # sign: pyHanko inside the bundle, with a throwaway self-signed certificate made by the test tools.
    "$python" - "$tmp/work/provider.p12" <<'PY'
import datetime as dt
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID

key = ec.generate_private_key(ec.SECP256R1())
name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Bundle Check")])
now = dt.datetime.now(dt.timezone.utc)
cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30)).sign(key, hashes.SHA256()))
with open(sys.argv[1], "wb") as out:
    out.write(pkcs12.serialize_key_and_certificates(b"bundle", key, cert, None, BestAvailableEncryption(b"bundle")))
PY
    bare env PACTA_CERT_PASSWORD=bundle "$bundle" --data "$tmp/data" sign "$id" --document agreement \
        --certificate "$tmp/work/provider.p12" -o "$tmp/work/signed.pdf" >/dev/null
    grep -aq "/ByteRange" "$tmp/work/signed.pdf" || fail "sign wrote no signature"
    echo "sign: signed.pdf $(stat -c %s "$tmp/work/signed.pdf") B"
else
    echo "render: SKIPPED, documents.render_document does not exist yet"
fi

# A draft to the client with the agreement attached; nothing is sent, no mail settings needed.
bare "$bundle" --data "$tmp/data" send "$id" --to jorge@laespiga.example --document agreement \
    --eml "$tmp/work/draft.eml" >/dev/null
grep -q "^X-Unsent: 1" "$tmp/work/draft.eml" || fail "send --eml wrote no draft"
grep -q 'filename=".*-contrato.pdf"' "$tmp/work/draft.eml" || fail "the draft has no agreement attached (a Spanish project's is named …-contrato.pdf)"
echo "send --eml: draft.eml $(stat -c %s "$tmp/work/draft.eml") B"
bare "$bundle" --data "$tmp/data" calendar "$id" -o "$tmp/work/plazos.ics" >/dev/null 2>&1
grep -q "^BEGIN:VCALENDAR" "$tmp/work/plazos.ics" || fail "calendar wrote no iCalendar file"
events=$(grep -c "^BEGIN:VEVENT" "$tmp/work/plazos.ics" || true)
[ "$events" -gt 0 ] || fail "the calendar has no event"
echo "calendar: plazos.ics with $events events"

bare env XDG_DATA_HOME="$tmp/xdg" "$bundle" --install-desktop-entry >/dev/null
grep -qx "Exec=$bundle" "$tmp/xdg/applications/pacta.desktop" || fail "the desktop entry does not run $bundle"
[ -f "$tmp/xdg/icons/hicolor/256x256/apps/pacta.png" ] || fail "no 256 px icon"

if [ -f gui/app.py ]; then
    # The app must still be running after a few seconds (exit status 124 from timeout).
    status=0
    bare env QT_QPA_PLATFORM=offscreen timeout 8 "$bundle" >"$tmp/gui.log" 2>&1 || status=$?
    [ "$status" = 124 ] || { cat "$tmp/gui.log" >&2; fail "the app exited with status $status"; }
    echo "app: still running after 8 s offscreen"
else
    echo "app: SKIPPED, gui/app.py does not exist yet"
fi
echo "check_bundle: OK ($(du -sh "$root/dist/pacta" | cut -f1) in dist/pacta)"
