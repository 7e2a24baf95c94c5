#!/usr/bin/env bash
# Set up what Claimdesk needs on Debian 12: system packages, the Rust and
# Node toolchains (checked), npm packages and the built UI (ui/dist).
#   scripts/setup.sh app    what the desktop app needs
#   scripts/setup.sh test   that, plus what the test suite needs
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-app}
packages=(libwebkit2gtk-4.1-dev build-essential pkg-config libssl-dev librsvg2-dev libayatana-appindicator3-dev curl)
if [ "$mode" = test ]; then
    packages+=(xvfb webkit2gtk-driver dbus-daemon python3 git desktop-file-utils appstream)
fi

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        say "Installing system packages: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "Claimdesk needs these Debian packages. Install them and run this again:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

export PATH="$HOME/.cargo/bin:$PATH"
if ! command -v cargo >/dev/null; then
    echo "Claimdesk needs the Rust toolchain (cargo 1.85 or newer): https://rustup.rs, then run this again." >&2
    exit 1
fi
if [ "$mode" = test ] && ! { cargo fmt --version && cargo clippy --version; } >/dev/null 2>&1; then
    if command -v rustup >/dev/null; then
        say "Installing rustfmt and clippy (rustup)"
        rustup component add rustfmt clippy
    else
        echo "The test suite needs rustfmt and clippy with cargo (rustup component add rustfmt clippy)." >&2
        exit 1
    fi
fi
if ! command -v node >/dev/null || ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a==20&&b>=19)?0:1)'; then
    echo "Claimdesk's UI build needs Node.js 20.19 or newer with npm (found: $(node --version 2>/dev/null || echo none))." >&2
    exit 1
fi

if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    say "Installing npm packages (ui/)"
    (cd ui && npm ci --no-audit --no-fund --loglevel=error)
fi
say "Building the UI (ui/dist)"
(cd ui && npm run --silent build >/dev/null)
