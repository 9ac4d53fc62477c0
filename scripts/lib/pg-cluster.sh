# Sourced by scripts/test.sh: a throwaway PostgreSQL cluster in a temp dir, stopped on exit.
# Usage: pg_cluster_start (sets TEST_DATABASE_URL), pg_cluster_stop.

PG_TMP=""
PG_PORT="${PG_TEST_PORT:-55432}"

as_pg_owner() {
	# initdb refuses to run as root: run the server as the postgres user then.
	if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_cluster_start() {
	PG_TMP="$(mktemp -d /tmp/tuvuma-pg.XXXXXX)"
	[ "$(id -u)" = "0" ] && chown postgres:postgres "$PG_TMP"
	as_pg_owner "$PG_BIN/initdb" -D "$PG_TMP/data" -E UTF8 --locale=C.UTF-8 -U postgres --auth=trust >"$PG_TMP/initdb.log" 2>&1 \
		|| { cat "$PG_TMP/initdb.log" >&2; return 1; }
	as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" \
		-o "-p $PG_PORT -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" -w start >/dev/null \
		|| { cat "$PG_TMP/server.log" >&2; return 1; }
	export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
	echo "==> PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') running on port $PG_PORT ($PG_TMP)"
}

pg_cluster_stop() {
	if [ -n "$PG_TMP" ] && [ -d "$PG_TMP/data" ]; then
		as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m fast stop >/dev/null 2>&1 || true
		rm -rf "$PG_TMP"
		PG_TMP=""
	fi
}
