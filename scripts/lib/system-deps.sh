# Sourced by scripts/test.sh: makes sure Debian's Chromium, PostgreSQL and strace are there (strace
# counts the embedded database's disk syncs in src/lib/server/db/durability.test.ts).
# Installs them with apt-get when missing and running as root; otherwise says what to install.

need_install=()
[ -x /usr/bin/chromium ] || need_install+=(chromium)
[ -x /usr/bin/pdftotext ] || need_install+=(poppler-utils)  # the PDF report test reads the text back
command -v strace >/dev/null || need_install+=(strace)
pg_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
[ -n "$(pg_bin_dir)" ] && [ -x "$(pg_bin_dir)/initdb" ] || need_install+=(postgresql)

if [ ${#need_install[@]} -gt 0 ]; then
	if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
		echo "==> Installing system packages: ${need_install[*]}"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		apt-get install -y -qq "${need_install[@]}" >/dev/null
	else
		echo "ERROR: the test suite needs these Debian packages: ${need_install[*]}" >&2
		echo "Install them with: sudo apt-get install -y ${need_install[*]}" >&2
		exit 1
	fi
fi
PG_BIN="$(pg_bin_dir)"
export PG_BIN
