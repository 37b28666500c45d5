#!/usr/bin/env bash
# Restores a backup of the default H2 database (made with POST /api/admin/backups) into a fresh data folder.
# Usage: scripts/restore-h2-backup.sh BACKUP.zip DATA_FOLDER
# Then start the app in the folder that holds DATA_FOLDER as its ./data, or point it there:
#   --spring.datasource.url='jdbc:h2:file:DATA_FOLDER/customer-codes;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=128'
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 BACKUP.zip DATA_FOLDER" >&2
  exit 2
fi
backup=$1
target=$2
if [[ ! -f "$backup" ]]; then
  echo "No backup file $backup" >&2
  exit 1
fi
if [[ -e "$target/customer-codes.mv.db" ]]; then
  echo "$target already holds a database: restore into a fresh folder, never over a database in use" >&2
  exit 1
fi
if ! unzip -Z1 "$backup" | grep -qx 'customer-codes.mv.db'; then
  echo "$backup holds no customer-codes.mv.db: not a backup of this app's H2 database" >&2
  exit 1
fi
mkdir -p "$target"
unzip -q "$backup" 'customer-codes.mv.db' -d "$target"
echo "Restored $backup into $target/customer-codes.mv.db"
