#!/usr/bin/env python3
"""CPU time of every thread of a running scorecard JVM inside each notifications ingest step.

Reads /proc/<pid>/task/*/stat every 20 ms; a step is the life of the thread that reads the
spreadsheet ("notification-reader"). Prints one line per step: its wall time and each thread
group's CPU in ms (jiffies of 10 ms). Linux only. Used for docs/performance-log.md, e.g.:

    java -XX:+UseParallelGC -jar target/scorecard.jar benchmark --reports 2 --pages-per-report 2 \
        --million-rows 0 & python3 docs/thread-cpu.py $! > thread-cpu.txt
"""
import collections
import os
import re
import sys
import time

pid = sys.argv[1]


def threads():
    """Thread id -> (group name, CPU jiffies), or None once the process has ended."""
    found = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return None
    for tid in tids:
        try:
            stat = open(f"/proc/{pid}/task/{tid}/stat").read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        found[tid] = (re.sub(r"[#\d\s]+$", "", name), int(fields[11]) + int(fields[12]))
    return found


before, step_start, cpu = {}, None, collections.Counter()
while (now := threads()) is not None:
    reading = any(name.startswith("notification-r") for name, _ in now.values())
    if reading:
        step_start = step_start or time.time()
        for tid, (name, jiffies) in now.items():
            cpu[name] += jiffies - before.get(tid, (name, 0 if name.startswith("notification") else jiffies))[1]
    elif step_start:
        print(f"{time.time() - step_start:.2f} s " + " ".join(f"{k}={v * 10}" for k, v in cpu.most_common() if v),
              flush=True)
        step_start, cpu = None, collections.Counter()
    before = now
    time.sleep(0.02)
