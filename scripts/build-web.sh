#!/bin/sh
# Builds the web app (apps/web → apps/web/dist) only when a source file is newer than the last build.
set -e
cd "$(dirname "$0")/.."
stamp=apps/web/dist/index.html
if [ -f "$stamp" ] && [ -f "$stamp.gz" ] && [ -z "$(find apps/web/src apps/web/index.html apps/web/vite.config.ts apps/web/public package-lock.json -newer "$stamp" -type f 2>/dev/null | head -n 1)" ]; then
  exit 0
fi
echo "==> 构建网页 (vite build) …"
NODE_ENV=production npx vite build --config apps/web/vite.config.ts --logLevel warn
# Pre-compressed copies, served to browsers that accept gzip (apps/server/src/web.ts).
find apps/web/dist -type f \( -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' \) -exec gzip -9 -k -f {} +
touch "$stamp"
