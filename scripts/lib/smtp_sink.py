#!/usr/bin/python3
"""A real SMTP server for the tests (Debian's python3-aiosmtpd): every message it accepts is written as an .eml file
into DIR, named by arrival order, so a test reads back exactly what was delivered.

    /usr/bin/python3 scripts/lib/smtp_sink.py --port PORT --dir DIR

Prints "ready PORT" once it listens on 127.0.0.1; stops on SIGTERM/SIGINT.
"""
import argparse
import itertools
import os
import signal
import threading

from aiosmtpd.controller import Controller


class SaveToDirectory:
    def __init__(self, directory):
        self.directory = directory
        self.counter = itertools.count(1)
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            number = next(self.counter)
        name = os.path.join(self.directory, f"{number:06d}.eml")
        with open(name + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.replace(name + ".tmp", name)  # a reader never sees half a message
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    controller = Controller(SaveToDirectory(args.dir), hostname="127.0.0.1", port=args.port)
    controller.start()
    print(f"ready {args.port}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
