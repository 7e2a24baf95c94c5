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
exec cargo run --quiet --locked --release --bin claimdesk -- "$@"
