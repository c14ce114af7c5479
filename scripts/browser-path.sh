#!/bin/sh
# Prints the path of the browser the web tests and screenshots drive (apps/web/e2e/harness.ts), one
# place for it: CHROMIUM_PATH or CHROME_PATH when set; otherwise the first of chromium,
# chromium-browser, google-chrome-stable, google-chrome on PATH, then /usr/bin/chromium, then Chrome or
# Chromium in macOS's Applications folder. When there is none it prints /usr/bin/chromium, where
# scripts/ensure-browser.sh has Debian install it, so a "not found" names that path.
# RENCAI_SYSROOT (empty normally) is put before the fixed folders searched, for the scripts' own tests.

if [ -n "${CHROMIUM_PATH:-}" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
if [ -n "${CHROME_PATH:-}" ]; then echo "$CHROME_PATH"; exit 0; fi
for name in chromium chromium-browser google-chrome-stable google-chrome; do
  if found=$(command -v "$name" 2>/dev/null) && [ -x "$found" ]; then echo "$found"; exit 0; fi
done
for app in /usr/bin/chromium "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" "/Applications/Chromium.app/Contents/MacOS/Chromium"; do
  if [ -x "${RENCAI_SYSROOT:-}$app" ]; then echo "${RENCAI_SYSROOT:-}$app"; exit 0; fi
done
echo "${RENCAI_SYSROOT:-}/usr/bin/chromium"
