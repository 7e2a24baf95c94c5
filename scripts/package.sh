#!/usr/bin/env bash
# Build Claimdesk's Debian package, offline (npm and crates from their
# registries, nothing else): the command line as /usr/bin/claimdesk, the
# window as /usr/bin/claimdesk-app, a desktop entry that opens text,
# Markdown and HTML files ("Open with Claimdesk"), icons, AppStream
# metainfo. Writes target/release/bundle/deb/Claimdesk_<version>_amd64.deb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

say "Building the command line (release)"
cargo build --quiet --locked --release -p claimdesk-cli
say "Building the window and the package (tauri build --bundles deb)"
# The Tauri CLI from ui/node_modules; it builds the UI (beforeBuildCommand)
# and the window with the custom protocol, then packs the .deb itself.
ui/node_modules/.bin/tauri build --bundles deb --ci
deb=$(ls -t target/release/bundle/deb/*.deb | head -1)
say "Package: $deb ($(du -h "$deb" | cut -f1))"
