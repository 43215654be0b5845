#!/bin/sh
# Writes the golden gap summaries (Tests/AuditSimCoreTests/Fixtures/golden): the JSON
# `auditsim readiness` prints for every shipped scenario and answer set. Run with the
# binary of the commit whose findings are the reference: scripts/golden.sh PATH/TO/auditsim
# (a fresh XDG_DATA_HOME, so no session store's tracked actions enter the summaries).
set -eu
bin=${1:?usage: scripts/golden.sh PATH/TO/auditsim}
cd "$(dirname "$0")/.."
out=Tests/AuditSimCoreTests/Fixtures/golden
mkdir -p "$out"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
for dir in Scenarios/*/; do
  name=$(basename "$dir")
  for set in "$dir"answers/*.yaml; do
    set=$(basename "$set" .yaml)
    XDG_DATA_HOME="$data" XDG_CACHE_HOME="$data/cache" "$bin" readiness --scenario "$name" --answers "$set" --format json \
      > "$out/$name-$set.json" || [ $? -eq 2 ]
  done
done
ls "$out"
