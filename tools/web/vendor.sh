#!/bin/sh
# Copy the browser libraries the web page and /docs load from tools/web/node_modules (installed by
# `npm ci --prefix tools/web`) into app/web/vendor/, or into the folder given as $1:
# cytoscape (the lineage page) and Swagger UI (swagger-ui-dist: /docs, served offline).
# Used by `make web-assets` and by the Dockerfile's assets stage.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dest=${1:-$here/../../app/web/vendor}
modules=$here/node_modules
for file in cytoscape/dist/cytoscape.min.js swagger-ui-dist/swagger-ui-bundle.js swagger-ui-dist/swagger-ui.css; do
    if [ ! -f "$modules/$file" ]; then
        echo "vendor.sh: $modules/$file is missing; run: npm ci --prefix tools/web" >&2
        exit 1
    fi
done
version() { node -p "require('$modules/$1/package.json').version" 2>/dev/null || echo '?'; }
mkdir -p "$dest/swagger-ui"
cp "$modules/cytoscape/dist/cytoscape.min.js" "$dest/cytoscape.min.js"
cp "$modules/cytoscape/LICENSE" "$dest/cytoscape-LICENSE.txt"
for file in swagger-ui-bundle.js swagger-ui.css favicon-32x32.png; do
    cp "$modules/swagger-ui-dist/$file" "$dest/swagger-ui/$file"
done
cp "$modules/swagger-ui-dist/LICENSE" "$dest/swagger-ui/LICENSE.txt"
cp "$modules/swagger-ui-dist/NOTICE" "$dest/swagger-ui/NOTICE.txt"
echo "vendored cytoscape $(version cytoscape) and swagger-ui-dist $(version swagger-ui-dist) into $dest"
