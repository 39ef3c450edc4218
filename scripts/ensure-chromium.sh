#!/bin/sh
# The browser tests drive Debian's Chromium (playwright-core downloads no browser). Installs it
# when it is missing and this user can; otherwise says exactly what to install.
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
echo "Chromium not found at $CHROMIUM: installing Debian's package 'chromium'…"
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO=none; fi
if [ "$SUDO" != none ] && command -v apt-get >/dev/null 2>&1; then
	$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null && [ -x "$CHROMIUM" ] && exit 0
fi
echo "Could not install Chromium. Install it with: sudo apt-get install -y chromium" >&2
echo "(or point CHROMIUM_PATH at a Chromium or Chrome binary)" >&2
exit 1
