#!/usr/bin/env bash
# Runs the shared PDF checker (../shared/tools/check_pdf.py) on every sample
# and the seed page at every named paper size in both layouts, and prints
# one line per combination: the checker's summary, "known failure (cause)"
# for those listed in convert/pdf/testdata/check_pdf_known.txt. Exit status
# 1 when a combination fails that is not listed, or a listed one passes.
# Needs python3, poppler-utils and qpdf. Usage: scripts/checkpdf.sh
set -uo pipefail
cd "$(dirname "$0")/.."
PAIBAN_CHECK_MATRIX=1 go test -count=1 -timeout 60m -run 'TestCheckPDFMatrix' -v ./convert/pdf/ |
  sed -n 's/^ *checkpdf_test.go:[0-9]*: //p' | sort
exit "${PIPESTATUS[0]}"
