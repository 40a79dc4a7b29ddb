#!/usr/bin/env bash
# Runs the 2011/12 year through the ledger from the files in data/, one process per step, as a back office would
# run it weeks apart, then prints where the year stands and exports it. The database and export go to artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."

db="${1:-artifacts/ledger/2011-12.db}"
data=samples/Partnerships.Rules.Ledger/data
rm -f "$db"
dotnet build samples/Partnerships.Rules.Ledger -c Release --nologo -v quiet
ledger() {
  echo "\$ ledger $*"
  dotnet samples/Partnerships.Rules.Ledger/bin/Release/net10.0/Partnerships.Rules.Ledger.dll "$@" --db "$db"
}

ledger init
ledger assess "$data/plans-2011-12.csv"
ledger allocate
ledger return 1 "$data/returns-2011-12-q1.csv"
ledger return 2 "$data/returns-2011-12-q2.csv"
ledger review
ledger return 3 "$data/returns-2011-12-q3.csv"
ledger return 4 "$data/returns-2011-12-q4.csv"
ledger close
ledger status
ledger export --out "$(dirname "$db")/export" --xlsx
