#!/usr/bin/env bash
# Run a command with Node >= 22.12 (installing Node 24 into .tools/node first if the system Node is older).
set -euo pipefail
. "$(dirname "$0")/use-node.sh"
exec "$@"
