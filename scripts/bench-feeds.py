#!/usr/bin/env python3
"""Feed update benchmark (issue 16): yuedu and newsboat side by side, one run.

For each serving mode (50 hosts with 200 ms per response; one host without
delay) and each reader (yuedu; newsboat with its default reload-threads and
with 16), in a fresh directory: a first update of every feed, then a second
that should be all 304s. Prints wall time, peak RSS and what the server
answered (full responses and 304s) for each update.

Usage: bench-feeds.py --yuedu PATH [--feeds 1000] [--modes latency,local] [--readers yuedu,newsboat,newsboat16]
                      [--jobs N]   (yuedu update --jobs N; default: yuedu's own)
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from xml.sax.saxutils import quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
MODES = {"latency": (50, 0.2), "local": (1, 0.0)}


def feed_urls(feeds, hosts, port):
    def host(n):
        return "127.0.0.1" if hosts == 1 else f"127.0.0.{2 + n % hosts}"
    return [f"http://{host(n)}:{port}/feed/{n}.xml" for n in range(feeds)]


def start_server(feeds, hosts, delay, work):
    ready = os.path.join(work, "server.port")
    server = subprocess.Popen([sys.executable, os.path.join(HERE, "feed-bench-server.py"),
                               "--feeds", str(feeds), "--hosts", str(hosts), "--delay", str(delay), "--ready", ready])
    for _ in range(200):
        if os.path.exists(ready) and open(ready).read().endswith("\n"):
            return server, int(open(ready).read())
        time.sleep(0.05)
    server.kill()
    raise SystemExit("feed-bench-server.py did not start")


def server_counts(url):
    """(full responses, 304s) the server has sent, asked of the host that serves `url`."""
    stats = url.split("/feed/")[0] + "/stats"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(stats, timeout=5) as reply:
        full, not_modified = reply.read().decode().split()
    return int(full), int(not_modified)


def timed(argv, env, cwd):
    """Runs argv to its end: (wall seconds, peak RSS MiB, exit status, CPU seconds).
    CPU (user + system) is the figure a loaded machine changes least."""
    start = time.monotonic()
    child = subprocess.Popen(argv, env=env, cwd=cwd, stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=open(os.path.join(cwd, "stderr.log"), "ab"))
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    return wall, usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime


class Yuedu:
    def __init__(self, binary, jobs=None):
        self.binary = binary
        self.jobs = jobs

    def prepare(self, urls, work):
        opml = os.path.join(work, "feeds.opml")
        with open(opml, "w") as out:
            out.write('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head><title>bench</title></head><body>\n')
            for url in urls:
                out.write(f"<outline type=\"rss\" text=\"f\" xmlUrl={quoteattr(url)}/>\n")
            out.write("</body></opml>\n")
        self.library = os.path.join(work, "library.sqlite")
        subprocess.run([self.binary, "feed", "import-opml", "--library", self.library, opml], check=True,
                       stdout=subprocess.DEVNULL, env=self.env(work))

    def env(self, work):
        return dict(os.environ, HOME=work, XDG_DATA_HOME=work, XDG_CONFIG_HOME=work, LC_ALL="C.UTF-8")

    def update(self, work):
        jobs = ["--jobs", str(self.jobs)] if self.jobs else []
        return timed([self.binary, "update", "--library", self.library, "--force"] + jobs, self.env(work), work)


class Newsboat:
    def __init__(self, threads):
        self.threads = threads

    def prepare(self, urls, work):
        with open(os.path.join(work, "urls"), "w") as out:
            out.write("\n".join(urls) + "\n")
        with open(os.path.join(work, "config"), "w") as out:
            if self.threads:
                out.write(f"reload-threads {self.threads}\n")

    def update(self, work):
        argv = ["newsboat", "-u", "urls", "-c", "cache.db", "-C", "config", "-x", "reload"]
        env = dict(os.environ, HOME=work, XDG_DATA_HOME=work, XDG_CONFIG_HOME=work, LC_ALL="C.UTF-8", TERM="dumb")
        return timed(argv, env, work)


def readers(names, yuedu, jobs):
    table = {"yuedu": lambda: Yuedu(yuedu, jobs), "newsboat": lambda: Newsboat(None), "newsboat16": lambda: Newsboat(16)}
    labels = {"yuedu": "yuedu", "newsboat": "newsboat (reload-threads 1)", "newsboat16": "newsboat (reload-threads 16)"}
    return [(labels[name], table[name]()) for name in names]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--yuedu", required=True)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--modes", default="latency,local")
    parser.add_argument("--readers", default="yuedu,newsboat,newsboat16")
    parser.add_argument("--jobs", type=int, help="yuedu update --jobs (default: yuedu's own)")
    args = parser.parse_args()
    if "newsboat" in args.readers and shutil.which("newsboat") is None:
        raise SystemExit("newsboat is not installed: apt-get install newsboat (a peer for this benchmark only)")

    rows = []
    for mode in args.modes.split(","):
        hosts, delay = MODES[mode]
        for label, reader in readers(args.readers.split(","), args.yuedu, args.jobs):
            with tempfile.TemporaryDirectory(prefix="yuedu-bench-feeds.") as work:
                server, port = start_server(args.feeds, hosts, delay, work)
                try:
                    urls = feed_urls(args.feeds, hosts, port)
                    reader.prepare(urls, work)
                    for run in ("first", "second"):
                        # The machine is shared: the load says how far a figure can be trusted.
                        print(f"{mode:8} {label:30} {run:6} load average {os.getloadavg()[0]:.2f}", flush=True)
                        before = server_counts(urls[0])
                        wall, rss, code, cpu = reader.update(work)
                        after = server_counts(urls[0])
                        full, not_modified = after[0] - before[0], after[1] - before[1]
                        rows.append((mode, label, run, wall, rss, full, not_modified, code, cpu))
                        print(f"{mode:8} {label:30} {run:6} {wall:8.2f} s {rss:7.1f} MiB  200: {full:5}  304: {not_modified:5}"
                              f"  exit {code}  cpu {cpu:.2f} s", flush=True)
                        if code != 0:
                            sys.stderr.write(open(os.path.join(work, "stderr.log"), errors="replace").read()[-2000:])
                finally:
                    server.kill()
                    server.wait()

    print()
    print(f"| serving ({args.feeds} feeds × 20 items) | reader | update | wall | CPU | peak RSS | 200 | 304 |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for mode, label, run, wall, rss, full, not_modified, code, cpu in rows:
        serving = "50 hosts, 200 ms" if mode == "latency" else "1 host, no delay"
        failed = "" if code == 0 else f" (exit {code})"
        print(f"| {serving} | {label} | {run} | {wall:.2f} s{failed} | {cpu:.2f} s | {rss:.1f} MiB | {full} | {not_modified} |")
    ratios(rows)


def ratios(rows):
    """yuedu's first update against each newsboat, per mode: how many times faster."""
    by = {(m, l, r): w for m, l, r, w, *_ in rows}
    for mode in sorted({m for m, *_ in rows}):
        mine = by.get((mode, "yuedu", "first"))
        if not mine:
            continue
        for label in ("newsboat (reload-threads 1)", "newsboat (reload-threads 16)"):
            theirs = by.get((mode, label, "first"))
            if theirs:
                print(f"{mode}: yuedu's first update is {theirs / mine:.1f}× faster than {label}")


if __name__ == "__main__":
    main()
