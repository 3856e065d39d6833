#!/usr/bin/env bash
# Runs every test of TranslationReview and ends with one line: "N passed, N failed".
# Installs what the tests need when it is missing (Debian's Chromium for the end-to-end tests).
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (https://dot.net); 'dotnet' is not on PATH." >&2
  exit 2
fi

# The end-to-end tests drive Debian's Chromium (/usr/bin/chromium) through Playwright's bundled driver; no browser
# is downloaded. Works as root or with password-less sudo, and without a terminal (CI runs this with no stdin).
if [ -d tests/TranslationReview.EndToEnd.Tests ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium package for the end-to-end tests..."
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      SUDO="sudo -n"
    else
      echo "Chromium is missing and this is not root: install it with 'apt-get install chromium'." >&2
      exit 2
    fi
  fi
  { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } </dev/null \
    || { echo "Could not install Debian's chromium package (apt-get install chromium)." >&2; exit 2; }
  [ -x /usr/bin/chromium ] || { echo "The chromium package did not provide /usr/bin/chromium." >&2; exit 2; }
fi

if [ ! -d ../shared/testdata ]; then
  echo "warning: ../shared/testdata is not beside the project; conformance tests will fail." >&2
fi

results="TestResults/all"
rm -rf "$results"
status=0
dotnet build TranslationReview.sln --configuration Release --nologo -v q || status=$?
if [ "$status" -eq 0 ]; then
  for project in tests/*.Tests/*.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" --configuration Release --no-build --nologo \
      --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=$?
  done
fi

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test failed before the tests could run (see the build output above)." >&2
  failed=1
fi

# Name the failed tests just above the summary, where a log's tail still shows them.
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | sed -n 's/.*testName="\([^"]*\)".*/failed: \1/p'
done

echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
