#!/usr/bin/env bash
# Installs what the browser tests need and Maven cannot provide: Debian's chromium and chromium-driver.
# Idempotent: does nothing when both are present. Needs root (or sudo) only when something is missing.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "test-setup: installing ${missing[*]} (Debian packages) for the browser tests" >&2
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "test-setup: ${missing[*]} missing and neither root nor sudo is available" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq chromium chromium-driver >/dev/null
[ -x /usr/bin/chromedriver ] || { echo "test-setup: /usr/bin/chromedriver still missing" >&2; exit 1; }
