# Sourced by the bench scripts: psql_run SQL runs one statement against $pg (an Npgsql key=value string).
# psql needs libpq's form; the Npgsql key=value string is translated by Python.
psql_run() {
    local url
    url=$(python3 -c 'import sys
kv = {k.strip().lower(): v for k, v in (p.split("=", 1) for p in sys.argv[1].split(";") if p)}
print("postgresql://%s:%s@%s:%s/%s" % (kv.get("username", ""), kv.get("password", ""), kv.get("host", "localhost"), kv.get("port", "5432"), kv.get("database", "")))' "$pg")
    PGOPTIONS=--client-min-messages=warning psql "$url" -XAtq -c "$1"
}
