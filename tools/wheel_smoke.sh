#!/usr/bin/env bash
# Build the wheel, install it into an empty virtual environment and run the installed `eventplanner` from outside
# the source tree: `demo`, `pdf` and `show` on a throwaway database. Catches a wheel without its resources
# (fonts, translations, icons, the sample, the user guide) or an entry point that does not start.
#
#   tools/wheel_smoke.sh            # what .ci/run does after `make test`
#   PYTHON=python3.11 tools/wheel_smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
WORK=$(mktemp -d /tmp/ep-wheel.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

"$PYTHON" -m venv "$WORK/build"
"$WORK/build/bin/python" -m pip install --quiet --upgrade pip
"$WORK/build/bin/python" -m pip wheel --quiet --no-deps --wheel-dir "$WORK/dist" .
WHEEL=$(ls "$WORK"/dist/eventplanner-*.whl)
for needed in resources/fonts/ resources/translations/eventplanner_ru.qm resources/sample/migrants-day-2021.json \
              resources/icons/actions/ resources/guide/guide-az.html store/migrations/versions/; do
  "$WORK/build/bin/python" - "$WHEEL" "$needed" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
if not any(n.startswith("eventplanner/" + sys.argv[2]) for n in names):
    sys.exit(f"the wheel lacks eventplanner/{sys.argv[2]}")
PY
done

"$PYTHON" -m venv "$WORK/app"
"$WORK/app/bin/python" -m pip install --quiet --upgrade pip
"$WORK/app/bin/python" -m pip install --quiet "$WHEEL"

cd "$WORK"  # away from src/, so only the installed package can answer
export QT_QPA_PLATFORM=offscreen
EP="$WORK/app/bin/eventplanner --db $WORK/events.sqlite3"
slug=$($EP demo)
test "$slug" = "migrants-day-2021"
$EP pdf "$slug" -o "$WORK/programme.pdf" --lang az
test "$(head -c 5 "$WORK/programme.pdf")" = "%PDF-"
agenda=$($EP show "$slug")  # captured first: with pipefail, grep -q closing the pipe early would fail the run
grep -q "Opening" <<<"$agenda"
echo "wheel smoke test passed: $(basename "$WHEEL")"
