#!/usr/bin/env bash
# Set up everything on a fresh Debian 12 machine and launch Claimdesk.
# Extra arguments go to the app (e.g. a subcommand: scripts/run-app.sh list).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
export PATH="$HOME/.cargo/bin:$PATH"
# The optimised build: the first launch compiles for a few minutes, later
# ones start at once. (The test suite uses the quicker dev build.)
printf '\033[1m==> %s\033[0m\n' "Building (release) and starting Claimdesk"
# Both binaries: `claimdesk` (the command line) starts `claimdesk-app` (the
# window) from its own folder when given no subcommand.
cargo build --quiet --locked --release -p claimdesk-cli -p claimdesk --bin claimdesk --bin claimdesk-app
exec target/release/claimdesk "$@"
