#!/usr/bin/env bash
# Set up everything on a fresh Debian 12 machine and run the whole test
# suite: the gates (rustfmt, clippy, svelte-check), the UI's unit tests
# (vitest), then one `cargo test --workspace` (unit, store, CLI, engine score
# on ../shared, and the end-to-end tests in a real window under Xvfb), then
# a check that committed generated files are current.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! command -v tauri-driver >/dev/null; then
    say "Installing tauri-driver"
    cargo install tauri-driver --version '^2' --locked --quiet
fi

say "Checking the format (cargo fmt --check)"
cargo fmt --all --check

say "Linting (cargo clippy --workspace --all-targets -- -D warnings)"
# Clippy's check build shares no artefacts with the test build; it is the
# cheaper of the two (no codegen) and fails fast.
cargo clippy --workspace --all-targets --locked --quiet -- -D warnings

say "Type-checking the UI (svelte-check)"
(cd ui && npm run --silent check)

say "Unit tests of the UI (vitest)"
(cd ui && npm run --silent test)

say "cargo test --workspace"
export CLAIMDESK_E2E=required
# WebKit writes to $HOME: the tests give every app its own temp home.
xvfb-run -a -s "-screen 0 1440x900x24" cargo test --workspace --locked

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    say "Checking that the generated TypeScript bindings are committed and current"
    if ! git diff --exit-code --stat -- ui/src/bindings || [ -n "$(git ls-files --others --exclude-standard ui/src/bindings)" ]; then
        echo "ui/src/bindings changed when the tests ran: commit the regenerated bindings." >&2
        exit 1
    fi
fi
# The package is a release build of its own (optimised, with the custom
# protocol): it cannot share the test build, so it runs after the tests
# and is checked as a newsroom would install it.
if [ "${CLAIMDESK_SKIP_PACKAGE:-}" = 1 ]; then
    say "Skipping the package build and check (CLAIMDESK_SKIP_PACKAGE=1)"
else
    say "Building the Debian package (scripts/package.sh)"
    bash scripts/package.sh
    say "Checking the Debian package (scripts/check-package.sh)"
    bash scripts/check-package.sh
fi
say "All tests passed"
