#!/usr/bin/env bash
# `npm start`: build the site for a LOCAL preview and serve it. Permalinks and citations will name the local
# address, so this build is for looking at, not for publishing (see README, "Deploy").
set -euo pipefail
export SITE_URL="${SITE_URL:-http://127.0.0.1:4321}"
base="${BASE_PATH:-/}"
echo "Local preview: links and citations in this build name ${SITE_URL}. To publish, build with SITE_URL=https://your.host (and BASE_PATH=/sub-path/ if needed): see README, \"Deploy\"."
astro build
echo "Preview: ${SITE_URL}${base%/}/ (a local preview, not a publication build)"
exec tsx scripts/preview.ts
