"""The body of tools/bench/compile (read its header): generates the inputs, times sqlport and
sqlglot on them, and optionally applies sqlport's 1x output to the real engines."""
import os, subprocess, sys, time

sqlport, work, apply = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
dialects = os.environ.get("DIALECTS", "postgresql mysql mariadb sqlite").split()
tables = int(os.environ.get("TABLES", "3000"))
scales = [int(s) for s in os.environ.get("SCALES", "1 10").split()]
rounds_env = os.environ.get("ROUNDS")
with_sqlglot = os.environ.get("SQLGLOT", "1") != "0"
SQLGLOT_WRITER = {"postgresql": "postgres", "mysql": "mysql", "mariadb": "mysql", "sqlite": "sqlite"}

PREAMBLE = ("CREATE TABLE accounts (id BIGSERIAL PRIMARY KEY, name VARCHAR(100) NOT NULL);\n"
            "INSERT INTO accounts (id, name) VALUES (1, 'root');\n")
# Each kind of statement: its alternatives, the most realistic first. The probe takes the
# first one sqlport compiles for the dialect; a kind with none is omitted for that dialect.
KINDS = [
    ("create table (TIMESTAMPTZ, now())", [
        "CREATE TABLE t{t} (id BIGSERIAL PRIMARY KEY, owner_id BIGINT NOT NULL REFERENCES accounts (id), "
        "name VARCHAR(100) NOT NULL, email VARCHAR(255), price NUMERIC(10,2) NOT NULL DEFAULT 0, note TEXT, "
        "created_at TIMESTAMPTZ NOT NULL DEFAULT now());",
        "CREATE TABLE t{t} (id BIGSERIAL PRIMARY KEY, owner_id BIGINT NOT NULL REFERENCES accounts (id), "
        "name VARCHAR(100) NOT NULL, email VARCHAR(255), price NUMERIC(10,2) NOT NULL DEFAULT 0, note TEXT, "
        "created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);"]),
    ("add column with default", ["ALTER TABLE t{t} ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'new';"]),
    ("index", ["CREATE INDEX t{t}_name ON t{t} (name);"]),
    ("unique index", ["CREATE UNIQUE INDEX t{t}_email ON t{t} (email);"]),
    ("index on TEXT", ["CREATE INDEX t{t}_note ON t{t} (note);"]),
    ("VARCHAR widening", ["ALTER TABLE t{t} ALTER COLUMN name TYPE VARCHAR(200);"]),
    ("NUMERIC widening", ["ALTER TABLE t{t} ALTER COLUMN price TYPE NUMERIC(14,2);"]),
    ("SET DEFAULT", ["ALTER TABLE t{t} ALTER COLUMN status SET DEFAULT 'open';"]),
    ("add TIMESTAMPTZ DEFAULT now()", [
        "ALTER TABLE t{t} ADD COLUMN updated_at TIMESTAMPTZ DEFAULT now();",
        "ALTER TABLE t{t} ADD COLUMN updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP;"]),
    ("INSERT", ["INSERT INTO t{t} (owner_id, name, email, price, note) "
                "VALUES (1, 'item {t}', 'x{t}@example.org', 9.99, 'it''s #{t}');"]),
    ("UPDATE", ["UPDATE t{t} SET status = 'sale' WHERE price > 5;"]),
    ("SET NOT NULL", ["ALTER TABLE t{t} ALTER COLUMN email SET NOT NULL;"]),
    ("RENAME COLUMN", ["ALTER TABLE t{t} RENAME COLUMN note TO remark;"]),
    ("DROP INDEX", ["DROP INDEX t{t}_name;"]),
]


def compiles(dialect, text):
    path = os.path.join(work, "probe.sql")
    with open(path, "w") as f:
        f.write(text)
    p = subprocess.run([sqlport, "compile", "--dialect", dialect, path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    codes = sorted(set(w.split("[")[1].split("]")[0] for w in p.stderr.decode(errors="replace").split()
                       if w.startswith("error[")))
    return p.returncode == 0, codes


def choose(dialect):
    """The statement templates this dialect's input uses, and what was left out or replaced."""
    chosen, remarks, probe = [], [], PREAMBLE
    for name, alternatives in KINDS:
        picked = None
        for i, template in enumerate(alternatives):
            ok, codes = compiles(dialect, probe + template.format(t=0) + "\n")
            if ok:
                picked = template
                if i > 0:
                    remarks.append(f"{name}: written without TIMESTAMPTZ / now() (the first form is refused)")
                break
            last_codes = codes
        if picked is None:
            remarks.append(f"{name}: omitted (refused: {', '.join(last_codes) or 'error'})")
            continue
        chosen.append(picked)
        probe += picked.format(t=0) + "\n"
    return chosen, remarks


def generate(templates, count, path):
    with open(path, "w") as f:
        f.write(PREAMBLE)
        statements = 2
        for template in templates:
            for t in range(count):
                f.write(template.format(t=t) + "\n")
            statements += count
    return statements


def timed(argv, stdout=subprocess.DEVNULL):
    """Wall seconds, CPU seconds (user + system), peak RSS in MB and exit status of one child."""
    start = time.perf_counter()
    p = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)
    err = p.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    p.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), err


SQLGLOT_RUN = ("import sys, sqlglot\n"
               "sql = open(sys.argv[1]).read()\n"
               "out = sqlglot.transpile(sql, read='postgres', write=sys.argv[2])\n"
               "sys.stdout.write(';\\n'.join(out))\n")


def bench():
    inputs = {}
    print("Inputs: %d tables at 1x, %d kinds of statement (tools/bench/compile)" % (tables, len(KINDS)))
    for dialect in dialects:
        templates, remarks = choose(dialect)
        inputs[dialect] = templates
        for r in remarks:
            print(f"  {dialect}: {r}")
    print()
    # Rates and ratios use CPU time (user + system), the comparable figure on a shared machine;
    # wall is shown beside it. sqlglot's time includes starting Python and importing sqlglot.
    header = "%-10s %5s %7s %10s %8s %7s %7s %9s %8s %7s %8s %9s %8s" % (
        "dialect", "scale", "MB", "statements", "wall_s", "cpu_s", "MB/s", "stmts/s", "peak_MB", "mem/in", "vs_1x",
        "sqlglot_s", "speedup")
    print(header)
    outputs = {}
    for dialect in dialects:
        base_wall = None
        for scale in scales:
            path = os.path.join(work, f"{dialect}-{scale}x.sql")
            statements = generate(inputs[dialect], tables * scale, path)
            mb = os.path.getsize(path) / 1048576
            rounds = int(rounds_env) if rounds_env else (3 if scale == 1 else 1)
            best, best_wall, peak, glot = None, None, 0.0, None
            out_path = os.path.join(work, f"{dialect}-{scale}x.out.sql")
            for _ in range(rounds):
                wall, cpu, rss, code, err = timed([sqlport, "compile", "--dialect", dialect, path, "-o", out_path])
                if code != 0:
                    sys.exit(f"tools/bench/compile: sqlport {dialect} {scale}x exited {code}: {err[-600:]}")
                best = cpu if best is None else min(best, cpu)
                best_wall = wall if best_wall is None else min(best_wall, wall)
                peak = max(peak, rss)
                if with_sqlglot:
                    _, gcpu, _, gcode, gerr = timed([sys.executable, "-c", SQLGLOT_RUN, path, SQLGLOT_WRITER[dialect]])
                    if gcode != 0:
                        glot = "error"
                        print(f"  sqlglot {dialect} {scale}x failed: {gerr.strip().splitlines()[-1] if gerr.strip() else gcode}")
                    elif glot != "error":
                        glot = gcpu if glot is None else min(glot, gcpu)
            if scale == 1:
                outputs[dialect] = out_path
            base_wall = base_wall or (best if scale == scales[0] else None)
            ratio = "%8.2f" % (best / base_wall) if base_wall and scale != scales[0] else "%8s" % "-"
            glot_text = ("%9.2f" % glot, "%7.1fx" % (glot / best)) if isinstance(glot, float) else ("%9s" % (glot or "-"), "%8s" % "-")
            print("%-10s %4dx %7.2f %10d %8.3f %7.3f %7.1f %9.0f %8.0f %7.1f %s %s %s" % (
                dialect, scale, mb, statements, best_wall, best, mb / best, statements / best, peak, peak / mb, ratio,
                *glot_text), flush=True)
    return outputs


def apply_outputs(outputs):
    """Each dialect's 1x output applied to its real engine: PostgreSQL and MariaDB as
    tools/db/start runs them (a scratch database each, dropped after), SQLite in a new file."""
    print("\nApplying each dialect's 1x output to the real engine:")
    pg = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", "54329", "-U", "postgres"]
    my = ["mariadb", "--no-defaults", "-h127.0.0.1", "-P33069", "-uroot"]
    failed = False
    for dialect, path in outputs.items():
        db = f"sqlport_bench_compile_{dialect}_{os.getpid()}"
        start = time.perf_counter()
        if dialect == "postgresql":
            subprocess.run(pg + ["-d", "postgres", "-c", f"CREATE DATABASE {db}"], check=True)
            p = subprocess.run(pg + ["-d", db, "-f", path], capture_output=True)
            subprocess.run(pg + ["-d", "postgres", "-c", f"DROP DATABASE {db}"], check=True)
        elif dialect in ("mysql", "mariadb"):
            subprocess.run(my + ["-e", f"CREATE DATABASE {db}"], check=True)
            with open(path) as f:
                p = subprocess.run(my + [db], stdin=f, capture_output=True)
            subprocess.run(my + ["-e", f"DROP DATABASE {db}"], check=True)
        else:
            file = os.path.join(work, f"{db}.sqlite")
            with open(path) as f:
                p = subprocess.run(["sqlite3", "-bail", file], stdin=f, capture_output=True)
        took = time.perf_counter() - start
        target = {"mysql": "MariaDB (mysql output)", "mariadb": "MariaDB", "postgresql": "PostgreSQL", "sqlite": "SQLite"}[dialect]
        if p.returncode == 0 and not p.stderr.strip():
            print(f"  {dialect:10} applied on {target}: every statement succeeded ({took:.1f} s)")
        else:
            failed = True
            print(f"  {dialect:10} FAILED on {target} (exit {p.returncode}): {p.stderr.decode(errors='replace')[-600:]}")
    if failed:
        sys.exit(1)


outputs = bench()
if apply:
    apply_outputs(outputs)
