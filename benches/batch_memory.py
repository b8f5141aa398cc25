#!/usr/bin/env python3
"""Batch memory and time to first output of `tsuchi extract`, beside `cargo bench`.

Targets (issue 9):
- peak memory of a 10,000-notice batch is within 2x that of a 100-notice batch (the
  reorder window bounds what is held, whatever the batch size);
- a batch whose second input is a 50 MB notice prints its first result at once (before
  the big one is done), and the 50 MB notice alone is converted.

Usage: python3 benches/batch_memory.py [target/release/tsuchi]   (exit 1 when a target is missed)
"""
import os, resource, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/release/tsuchi")
SAMPLES = [os.path.join(ROOT, "corpus", f) for f in sorted(os.listdir(os.path.join(ROOT, "corpus"))) if f.endswith(".txt")]


def peak_rss_kib(args):
    """Peak resident set of one child run, in KiB (getrusage of the waited child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.execv(args[0], args)
    _, status, usage = os.wait4(pid, 0)
    assert os.waitstatus_to_exitcode(status) in (0, 1), args
    return usage.ru_maxrss


def batch(n, folder):
    os.makedirs(folder)
    for i in range(n):
        src = SAMPLES[i % len(SAMPLES)]
        shutil.copyfile(src, os.path.join(folder, f"{i:05d}.txt"))


def main():
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        peaks = {}
        for n in (100, 10_000):
            folder = os.path.join(tmp, f"b{n}")
            batch(n, folder)
            t = time.time()
            peaks[n] = peak_rss_kib([BIN, "extract", "--format", "ndjson", folder])
            print(f"batch of {n:>6} notices: peak RSS {peaks[n] / 1024:7.1f} MiB in {time.time() - t:6.1f} s")
            shutil.rmtree(folder)
        ratio = peaks[10_000] / peaks[100]
        print(f"peak memory ratio 10,000 / 100 = {ratio:.2f} (target <= 2)")
        failed |= ratio > 2

        big = os.path.join(tmp, "big.txt")
        with open(big, "w", encoding="utf-8") as out, open(SAMPLES[1], encoding="utf-8") as f:
            text = f.read()
            while out.tell() < 50 * 1024 * 1024:
                out.write(text)
        t = time.time()
        p = subprocess.Popen([BIN, "extract", "--format", "ndjson", SAMPLES[1], big], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        p.stdout.readline()
        first = time.time() - t
        rest = p.stdout.read()
        total = time.time() - t
        p.wait()
        print(f"[small, 50 MB] batch: first result after {first:.2f} s, all after {total:.1f} s (exit {p.returncode}, {len(rest) / 1e6:.1f} MB of output)")
        failed |= first > 5 or p.returncode != 0
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
