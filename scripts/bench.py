#!/usr/bin/env python3
"""paiban's speed report, run by scripts/bench.sh (make bench).

Whole-process figures for `paiban convert` against a peer (pandoc, where
installed; nothing is installed here), on corpora made at run time:

  mix   the UTF-8 samples as they are (several languages, headlines marked);
  cjk   original pure-CJK text: the Chinese samples (GB18030 and Big5 ones
        decoded), lines in Latin script left out;
  seed  the shared seed page, when it is present (never committed);

each at 1×, 100× and 1000× (SIZES), and a batch of 1000 one-page files.

Every measurement runs paiban and its peer in interleaved pairs (paiban,
peer, paiban, peer …) so that a change in the machine's speed hits both;
the ratio is taken per pair. Each run's wall time, CPU time (user + system)
and peak resident memory come from wait4(2). Medians with min–max; at least
15 runs for anything under 50 ms (RUNS for the rest). The load average is
checked before each block: a busy machine is reported, not hidden.

Environment: RUNS (default 5), SIZES (default "1 100 1000"), CORPORA
(default "mix cjk seed"), TIMEOUT per
run in seconds (default 300), PEERS=0 to skip the peers.
"""

import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = int(os.environ.get("RUNS", "5"))
SHORT_RUNS = 15  # for anything under 50 ms
SIZES = [int(s) for s in os.environ.get("SIZES", "1 100 1000").split()]
CORPORA = os.environ.get("CORPORA", "mix cjk seed").split()
TIMEOUT = float(os.environ.get("TIMEOUT", "300"))
PEERS = os.environ.get("PEERS", "1") != "0"
NCPU = os.cpu_count() or 1


# --- running ----------------------------------------------------------------

class Run:
    """One finished process: wall and CPU seconds, peak RSS in MB, success."""

    def __init__(self, wall, cpu, peak, ok):
        self.wall, self.cpu, self.peak, self.ok = wall, cpu, peak, ok


# Peak memory through GNU time where installed: Linux gives a process the
# peak RSS of the process it was forked from as a floor (the bench's own,
# tens of MB with the corpora in memory), so the peak is taken from a
# small process in between that forks the command and reports its child's
# alone. Wall and CPU time still come from wait4 (its own figures have only
# 10 ms resolution); they include time's own start, a fraction of a
# millisecond, for paiban and its peer alike. --version runs directly.
GNU_TIME = next((t for t in ("/usr/bin/time",) if os.access(t, os.X_OK)), None)


def run(cmd, peak=True):
    """Runs cmd with no output and returns its Run (from wait4); peak=False
    runs it directly (its peak then has the bench's RSS as a floor)."""
    peak_file = None
    if GNU_TIME and peak:
        fd, peak_file = tempfile.mkstemp(prefix="paiban-bench-peak.")
        os.close(fd)
        cmd = [GNU_TIME, "-f", "%M", "-o", peak_file] + list(cmd)
    try:
        return run_measured(cmd, peak_file)
    finally:
        if peak_file:
            os.unlink(peak_file)


def run_measured(cmd, peak_file):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = t0 + TIMEOUT
    while True:
        pid, status, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            os.killpg(p.pid, signal.SIGKILL)
            pid, status, ru = os.wait4(p.pid, 0)
            return Run(TIMEOUT, 0, 0, False)
        time.sleep(0.0005)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    peak = ru.ru_maxrss / 1024
    if peak_file:
        try:
            with open(peak_file) as fh:
                peak = int(fh.read().split()[-1]) / 1024  # KB: the command alone
        except (OSError, ValueError, IndexError):
            pass
    return Run(wall, ru.ru_utime + ru.ru_stime, peak, p.returncode == 0)


def load_check(what):
    load = os.getloadavg()[0]
    if load > 0.75 * NCPU:
        print(f"  ! load average {load:.1f} on {NCPU} CPUs before {what}: the machine is busy, figures are noisy")
    return load


def pairs(mine, peer):
    """Runs mine and peer (or None) in interleaved pairs; returns both lists."""
    warm = run(mine)  # warm-up: page cache, binary
    if peer:
        run(peer)
    first = run(mine)
    # "Under 50 ms" by the faster of the two runs or by CPU time: on a busy
    # machine one slow start must not cut a short conversion to RUNS runs.
    n = SHORT_RUNS if min(warm.wall, first.wall, first.cpu) < 0.05 else RUNS
    a, b = [first], []
    if peer:
        b.append(run(peer))
    while len(a) < n:
        a.append(run(mine))
        if peer:
            b.append(run(peer))
    return a, b


# --- formatting -------------------------------------------------------------

def ms(x):
    x *= 1000
    return f"{x:.1f}" if x < 100 else f"{x:.0f}"


def spread(xs, unit=ms):
    if not xs:
        return "–"
    return f"{unit(statistics.median(xs))} ({unit(min(xs))}–{unit(max(xs))})"


def summary(runs):
    if not runs or not all(r.ok for r in runs):
        return "FAIL" if runs else "–", "", ""
    return (spread([r.wall for r in runs]), ms(statistics.median([r.cpu for r in runs])),
            f"{max(r.peak for r in runs):.0f}")


def ratio(a, b):
    if not a or not b or not all(r.ok for r in a + b):
        return "–"
    rs = [y.wall / x.wall for x, y in zip(a, b)]
    f = lambda v: f"{v:.1f}×"
    return f"{f(statistics.median(rs))} ({f(min(rs))}–{f(max(rs))})"


# --- corpora ------------------------------------------------------------------

def read_text(path):
    b = open(path, "rb").read()
    for enc in ("utf-8-sig", "gb18030", "big5"):
        try:
            return b.decode(enc).replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            pass
    return None


def cjk_line(line):
    """Whether a line is Chinese text: no letter in the Latin, kana or Hangul scripts."""
    for ch in line:
        c = ord(ch)
        if ch.isalpha() and (c < 0x2E80 or 0x3040 <= c <= 0x30FF or 0x1100 <= c <= 0x11FF or 0xAC00 <= c <= 0xD7AF):
            return False
    return True


def corpora(root, work):
    samples = sorted(os.path.join(root, "samples", f) for f in os.listdir(os.path.join(root, "samples")) if f.endswith(".txt"))
    mix, cjk = [], []
    for f in samples:
        raw = open(f, "rb").read()
        try:
            mix.append(raw.decode("utf-8-sig").replace("\r\n", "\n").strip() + "\n\n")
        except UnicodeDecodeError:
            pass  # one encoding per corpus: GB18030 and Big5 go into cjk, decoded
        t = read_text(f)
        if t is None:
            continue
        lines = [ln for ln in t.split("\n")]
        if sum(1 for ln in lines if ln.strip() and not cjk_line(ln)) > len(lines) // 3:
            continue  # Japanese, Korean
        cjk.append("\n".join(ln for ln in lines if cjk_line(ln)).strip() + "\n\n")
    units = {"mix": "".join(mix), "cjk": "".join(cjk)}
    seed = os.path.join(root, "..", "shared", "seed", "frontpage.txt")
    if os.path.exists(seed):
        units["seed"] = read_text(seed).strip() + "\n\n"
    out = []
    for name, unit in units.items():
        if name not in CORPORA:
            continue
        for n in SIZES:
            path = os.path.join(work, f"{name}{n}.txt")
            with open(path, "w", encoding="utf-8") as fh:
                for _ in range(n):  # not unit * n: the bench's own RSS is every run's floor
                    fh.write(unit)
            out.append((f"{name} {n}×", path))
    # The batch: 1000 one-page files, the UTF-8 samples in turn, each made
    # distinct by its number (so no two outputs are the same file).
    batch = os.path.join(work, "batch")
    for i in range(1000):
        d = os.path.join(batch, str(i % 10))
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"{i}.txt"), "w", encoding="utf-8") as fh:
            fh.write(mix[i % len(mix)].replace("\n\n", f"\n\n（{i}）\n\n", 1))
    return out, batch


# --- peers --------------------------------------------------------------------

def peer_cmd(fmt, src, out):
    """The peer's command for a format, or None when the peer is missing."""
    if not PEERS or not shutil.which("pandoc"):
        return None
    to = {"json": "json", "txt": "plain", "epub": "epub3"}.get(fmt)
    if to:
        return ["pandoc", "-f", "markdown", "-t", to, "-o", out, src]
    for engine in ("typst", "weasyprint", "xelatex"):
        if shutil.which(engine):
            return ["pandoc", "-f", "markdown", f"--pdf-engine={engine}", "-o", out, src]
    return None


def peer_name(fmt):
    if not PEERS or not shutil.which("pandoc"):
        return "–"
    if fmt != "pdf":
        return "pandoc"
    for engine in ("typst", "weasyprint", "xelatex"):
        if shutil.which(engine):
            return f"pandoc+{engine}"
    return "–"


def hello_world(work):
    """Builds a static Go hello world in work; None without go."""
    if not shutil.which("go"):
        return None
    d = os.path.join(work, "hello")
    os.makedirs(d)
    with open(os.path.join(d, "go.mod"), "w") as fh:
        fh.write("module hello\n")
    with open(os.path.join(d, "main.go"), "w") as fh:
        fh.write('package main\n\nimport "os"\n\nfunc main() { os.Stdout.WriteString("hello\\n") }\n')
    out = os.path.join(d, "hello")
    env = dict(os.environ, CGO_ENABLED="0", GOFLAGS="")
    r = subprocess.run(["go", "build", "-trimpath", "-o", out, "."], cwd=d, env=env, capture_output=True)
    return out if r.returncode == 0 else None


# --- main -----------------------------------------------------------------------

def main():
    binary = os.path.abspath(sys.argv[1])
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")
    work = tempfile.mkdtemp(prefix="paiban-bench.")
    try:
        report(binary, root, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(binary, root, work):
    print(f"machine: {NCPU} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"paiban {subprocess.run([binary, '--version'], capture_output=True, text=True).stdout.strip()}; "
          f"pandoc {'installed' if shutil.which('pandoc') else 'not installed (no ratios)'}")
    sets, batch = corpora(root, work)
    print("wall ms: median (min–max) of interleaved runs; CPU ms: median user+system; "
          "ratio: peer/paiban per pair; peak: largest RSS of all runs (MB; " +
          ("each command's own, through GNU time)" if GNU_TIME else
           f"without GNU time Linux counts the RSS of the forking bench, "
           f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB, as a floor)"))
    out = os.path.join(work, "out")
    os.makedirs(out)
    rows = []
    for name, src in sets:
        size = os.path.getsize(src)
        load = load_check(name)
        for fmt in ("json", "txt", "epub", "pdf"):
            mine = [binary, "convert", "-q", "--to", fmt, "-o", os.path.join(out, "p." + fmt), src]
            peer = peer_cmd(fmt, src, os.path.join(out, "q." + fmt))
            a, b = pairs(mine, peer)
            wall, cpu, peak = summary(a)
            pwall, pcpu, ppeak = summary(b)
            rows.append((fmt, f"{name} ({human(size)})", wall, cpu, peak, peer_name(fmt) if b else "–", pwall, pcpu, ratio(a, b), f"{load:.1f}"))
            print(f"  {fmt:4} {name:10} paiban {wall} ms, CPU {cpu} ms, {peak} MB | {peer_name(fmt) if b else '–'} {pwall} | ratio {ratio(a, b)}", flush=True)

    brows = []
    files = sum(len(fs) for _, _, fs in os.walk(batch))
    # Every batch run writes into a new directory, and none is removed
    # before the end: ext4 (without a journal, as here) passes over inodes
    # freed in the last seconds when it allocates new ones, so deleting the
    # last run's 1000 outputs made the next run's file creations several
    # times dearer (a third of its CPU) than any user's run into a fresh
    # directory.
    bdir = os.path.join(work, "batch-out")
    for fmt in ("json", "pdf"):
        for jobs in (1, 2):
            load = load_check(f"batch {fmt} --jobs {jobs}")
            runs = []
            for i in range(max(5, RUNS) + 1):
                d = os.path.join(bdir, f"{fmt}{jobs}-{i}")
                r = run([binary, "convert", "-r", "-q", "--jobs", str(jobs), "--to", fmt, "--out-dir", d, batch])
                if i:
                    runs.append(r)  # the first is a warm-up
            rate = lambda r: files / r.wall
            ok = all(r.ok for r in runs)
            brows.append((fmt, jobs, spread([rate(r) for r in runs], lambda v: f"{v:.0f}") if ok else "FAIL",
                          ms(statistics.median([r.cpu for r in runs]) / files * 1000) if ok else "",
                          f"{max(r.peak for r in runs):.0f}", f"{load:.1f}"))
            print(f"  batch {fmt} --jobs {jobs}: {brows[-1][2]} files/s", flush=True)

    # --version against a Go hello world built here (when go is installed),
    # interleaved: the floor a Go program's start sets on this machine.
    hello = hello_world(work)
    load_check("--version")
    vers, hellos = [], []
    for _ in range(101):
        vers.append(run([binary, "--version"], peak=False))
        if hello:
            hellos.append(run([hello], peak=False))
    # Issue 11: the seed made up as one A3 newspaper page, whole process.
    seed = os.path.join(root, "..", "shared", "seed", "frontpage.txt")
    news = []
    if os.path.exists(seed):
        cmd = [binary, "convert", "-q", "--to", "pdf", "--paper", "A3", "--layout", "newspaper",
               "--masthead", "湖南日报", "-o", os.path.join(out, "n.pdf"), seed]
        first = run(cmd)  # a warm-up, which also says whether it is under 50 ms
        news = [run(cmd) for _ in range(SHORT_RUNS if first.wall < 0.05 or first.cpu < 0.05 else RUNS)]

    print()
    print("| format | input | paiban wall ms | CPU ms | peak MB | peer | peer wall ms | peer CPU ms | peer/paiban | load |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    print()
    print(f"| batch of {files} one-page files | jobs | files/s | CPU µs per file | peak MB | load |")
    print("|---|---|---|---|---|---|")
    for fmt, jobs, rate, cpu, peak, load in brows:
        print(f"| {fmt} | {jobs} | {rate} | {cpu} | {peak} | {load} |")
    for fmt in ("json", "pdf"):
        r = [b for b in brows if b[0] == fmt]
        if len(r) == 2 and "FAIL" not in (r[0][2], r[1][2]):
            one, two = float(r[0][2].split()[0]), float(r[1][2].split()[0])
            print(f"{fmt}: --jobs 2 is {two / one:.2f}× --jobs 1")
    print()
    print(f"paiban --version: {spread([v.wall for v in vers])} ms wall, "
          f"{ms(statistics.median([v.cpu for v in vers]))} ms CPU ({len(vers)} runs)" +
          (f"; a Go hello world {spread([h.wall for h in hellos])} ms wall, "
           f"{ms(statistics.median([h.cpu for h in hellos]))} ms CPU, interleaved" if hellos else ""))
    if news:
        print(f"seed as an A3 newspaper page: {spread([r.wall for r in news])} ms wall (goal, issue 11: < 100 ms)")
    print()
    print("goals (issue 14), seed 1000×: pdf < 150 MB and < 2.0 s; json ≤ 75 ms; txt ≤ 200 ms; epub ≤ 200 ms; "
          "pdf batch ≥ 100 files/s on one job, ≥ 1.8× on two; json batch ≥ 3,000 files/s on two jobs; --version ≤ 2.5 ms")


def human(n):
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024


if __name__ == "__main__":
    main()
