#!/usr/bin/env bash
# Set up everything on a fresh Debian 12 machine and launch Claimdesk.
# Extra arguments go to the app (e.g. a subcommand: scripts/run-app.sh list).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
export PATH="$HOME/.cargo/bin:$PATH"
printf '\033[1m==> %s\033[0m\n' "Building and starting Claimdesk"
exec cargo run --quiet --locked --bin claimdesk -- "$@"
