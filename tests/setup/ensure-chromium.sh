#!/usr/bin/env bash
# The browser tests drive Debian's chromium through playwright-core (never a downloaded browser
# build). Runs before `npm test`: installs the package when it is missing.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then exit 0; fi
echo "pretest: $chromium is missing; installing Debian's chromium package" >&2
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
test -x "$chromium"
