#!/bin/sh
# Offline installer for MLOps Lifecycle Canvas @VERSION@ (built for @PLATFORM@, CPython @PYTHON@).
#
#   sh install.sh [TARGET_FOLDER]        default: $HOME/mlops-canvas
#   PYTHON=/usr/bin/python@PYTHON@ sh install.sh   choose the interpreter
#
# Nothing is downloaded. Every file of the bundle is checked against SHA256SUMS
# first; a changed, missing or added file stops the install before anything
# is written. The app goes into a new virtual environment in TARGET_FOLDER.
set -eu

APP_VERSION='@VERSION@'
PYTHON_WANTED='@PYTHON@'
HERE=$(cd "$(dirname "$0")" && pwd)
TARGET=${1:-"$HOME/mlops-canvas"}

die() {
    printf 'install.sh: error: %s\n' "$*" >&2
    exit 1
}

# -- 1. the bundle is exactly what was built ----------------------------------------------
cd "$HERE"
[ -f SHA256SUMS ] || die "SHA256SUMS is missing in $HERE: this is not a complete bundle."
if command -v sha256sum >/dev/null 2>&1; then
    checksum() { sha256sum "$@"; }
elif command -v shasum >/dev/null 2>&1; then
    checksum() { shasum -a 256 "$@"; }
else
    die "neither sha256sum nor shasum is available to verify the bundle."
fi
SCRATCH=$(mktemp -d)
CREATED=''
cleanup() {
    rm -rf "$SCRATCH"
    # A failed install leaves no half-made environment behind.
    if [ -n "$CREATED" ]; then rm -rf "$CREATED"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

sed 's/^[0-9a-f]\{64\}  //' SHA256SUMS | LC_ALL=C sort >"$SCRATCH/listed"
find . -type f ! -path ./SHA256SUMS | sed 's|^\./||' | LC_ALL=C sort >"$SCRATCH/present"
if ! cmp -s "$SCRATCH/listed" "$SCRATCH/present"; then
    extra=$(LC_ALL=C comm -13 "$SCRATCH/listed" "$SCRATCH/present" | head -n 5 | tr '\n' ' ')
    missing=$(LC_ALL=C comm -23 "$SCRATCH/listed" "$SCRATCH/present" | head -n 5 | tr '\n' ' ')
    die "the bundle does not match its manifest (SHA256SUMS) and was refused.${extra:+ Files not in the manifest: $extra.}${missing:+ Files missing: $missing.} Get a fresh copy of the bundle; nothing was installed."
fi
if ! checksum -c SHA256SUMS >"$SCRATCH/verify" 2>&1; then
    changed=$(grep -v ': OK$' "$SCRATCH/verify" | head -n 5 | tr '\n' ' ')
    die "the bundle was changed or damaged and was refused: $changed Get a fresh copy of the bundle; nothing was installed."
fi
manifest_hash=$(checksum SHA256SUMS | cut -d' ' -f1)
echo "Bundle verified: every file matches SHA256SUMS (SHA-256 of SHA256SUMS: $manifest_hash)."
echo "Compare that value with the one the sender gave you."

# -- 2. the right Python, with venv --------------------------------------------------------
if [ -n "${PYTHON:-}" ]; then
    PY=$PYTHON
elif command -v "python$PYTHON_WANTED" >/dev/null 2>&1; then
    PY="python$PYTHON_WANTED"
else
    PY=python3
fi
command -v "$PY" >/dev/null 2>&1 || die "no Python found ($PY). Install Python $PYTHON_WANTED, or set PYTHON=/path/to/python$PYTHON_WANTED."
found=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])') || die "$PY does not run."
[ "$found" = "$PYTHON_WANTED" ] || die "this bundle is built for Python $PYTHON_WANTED (some of its wheels are compiled for it), but $PY is Python $found. Install Python $PYTHON_WANTED, or set PYTHON=/path/to/python$PYTHON_WANTED."
"$PY" -c 'import venv, ensurepip' 2>/dev/null || die "$PY cannot create virtual environments. On Debian or Ubuntu: apt-get install python$PYTHON_WANTED-venv"

# -- 3. a fresh environment ----------------------------------------------------------------
if [ -e "$TARGET" ] && [ -n "$(ls -A "$TARGET" 2>/dev/null)" ]; then
    die "$TARGET exists and is not empty. Choose another folder (sh install.sh FOLDER) or remove it first."
fi
echo "Installing MLOps Lifecycle Canvas $APP_VERSION into $TARGET ..."
CREATED=$TARGET
"$PY" -m venv "$TARGET" || die "could not create a virtual environment in $TARGET. On Debian or Ubuntu: apt-get install python$PYTHON_WANTED-venv"
pip_install() {
    # --isolated: no pip configuration or PIP_* variable of this machine takes part;
    # --no-index: only the bundle's wheels, never a network index.
    "$TARGET/bin/python" -m pip --isolated --disable-pip-version-check install \
        --quiet --no-index --no-cache-dir --find-links "$HERE/wheelhouse" \
        --constraint "$HERE/constraints.txt" "$@"
}
pip_install --upgrade pip || die "could not install pip from the bundle."
pip_install "mlops-lifecycle-canvas==$APP_VERSION" || die "could not install the app from the bundle."
installed=$("$TARGET/bin/mlops-canvas" --version) || die "the installed app does not start."
CREATED=''

echo "Installed $installed."
echo "Start it with:  $TARGET/bin/mlops-canvas"
echo "Headless commands: $TARGET/bin/mlops-canvas --help"
