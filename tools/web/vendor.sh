#!/bin/sh
# Copy the browser libraries the web page loads from tools/web/node_modules (installed by
# `npm ci --prefix tools/web`) into app/web/vendor/, or into the folder given as $1.
# Used by `make web-assets` and by the Dockerfile's assets stage.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dest=${1:-$here/../../app/web/vendor}
src=$here/node_modules/cytoscape
if [ ! -f "$src/dist/cytoscape.min.js" ]; then
    echo "vendor.sh: $src is missing; run: npm ci --prefix tools/web" >&2
    exit 1
fi
mkdir -p "$dest"
cp "$src/dist/cytoscape.min.js" "$dest/cytoscape.min.js"
cp "$src/LICENSE" "$dest/cytoscape-LICENSE.txt"
echo "vendored cytoscape $(node -p "require('$src/package.json').version" 2>/dev/null || echo '?') into $dest"
