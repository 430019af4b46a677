# lib.sh: shared helpers for the shell tests (sourced, not run).
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
pass() { exit 0; }
skip() { printf 'SKIP: %s\n' "$*" >&2; exit 77; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sendguide-test.XXXXXX") || exit 99
trap 'rm -rf "$WORK"' EXIT
