#!/usr/bin/env bash
# Debian's Chromium (driven by playwright-core; nothing downloads a browser of its own) and CJK fonts,
# so that the browser tests run and Japanese text renders in screenshots; and biber for the BibTeX check.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
# biber checks works.bib against biblatex's data model (tests/build/biber.test.ts).
command -v biber >/dev/null 2>&1 || need+=(biber)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
echo "Chromium: $(chromium --version)" >&2
