#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""load.py - sends a program image (fpga/mkimage.sh) to the ULX3S's boot ROM
over the serial line, so that it runs without reflashing: a break on the
line resets the board's SoC and asks the boot ROM for a serial boot, then
the frame follows at the given baud rate, 8N1. The frame is the image
(magic "XVM1", payload length, payload) and a checksum: the length plus
every little-endian payload word, modulo 2^32, little-endian. The board
shows a bad frame on its "no valid image" LED (fpga/README.md).

usage: load.py [--baud N] [--term] PORT IMAGE
       load.py --frame-out FILE IMAGE     (write the frame, for simulation)

With --term it stays on the line and copies what the board sends to
standard output until interrupted. Only Python's standard library (termios).
"""
import os
import struct
import sys
import time

MAGIC = b"XVM1"
PROG = "load.py"


def die(what, reason, status=2):
    sys.stderr.write("%s: %s: %s\n" % (PROG, what, reason))
    sys.exit(status)


def frame(path):
    try:
        with open(path, "rb") as f:
            image = f.read()
    except OSError as e:
        die(path, e.strerror)
    if len(image) < 8 or image[:4] != MAGIC:
        die(path, "not a program image (no XVM1 header; see fpga/mkimage.sh)")
    length = struct.unpack_from("<I", image, 4)[0]
    if length % 4 or len(image) != 8 + length:
        die(path, "image length field %d does not match its %d payload bytes"
            % (length, len(image) - 8))
    total = length
    for (word,) in struct.iter_unpack("<I", image[8:]):
        total = (total + word) & 0xFFFFFFFF
    return image + struct.pack("<I", total)


def open_port(port, baud):
    import termios
    speeds = {n: getattr(termios, "B%d" % n) for n in
              (9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600)
              if hasattr(termios, "B%d" % n)}
    if baud not in speeds:
        die(str(baud), "unsupported baud rate (one of %s)"
            % ", ".join(str(s) for s in sorted(speeds)))
    try:
        fd = os.open(port, os.O_RDWR | os.O_NOCTTY)
    except OSError as e:
        die(port, e.strerror)
    try:
        attr = termios.tcgetattr(fd)
    except termios.error as e:
        die(port, e.args[1] if len(e.args) > 1 else "not a terminal")
    # raw 8N1, no flow control
    attr[0] = 0                                        # iflag
    attr[1] = 0                                        # oflag
    attr[2] = termios.CS8 | termios.CREAD | termios.CLOCAL
    attr[3] = 0                                        # lflag
    attr[4] = attr[5] = speeds[baud]
    attr[6][termios.VMIN] = 0
    attr[6][termios.VTIME] = 1
    termios.tcsetattr(fd, termios.TCSANOW, attr)
    termios.tcflush(fd, termios.TCIOFLUSH)
    return fd


def main(argv):
    args = argv[1:]
    baud, term, frame_out = 115200, False, None
    while args and args[0].startswith("--"):
        opt = args.pop(0)
        if opt == "--term":
            term = True
        elif opt in ("--baud", "--frame-out") and args:
            val = args.pop(0)
            if opt == "--baud":
                if not val.isdigit():
                    die(val, "--baud needs a number")
                baud = int(val)
            else:
                frame_out = val
        else:
            die(opt, "unknown option or missing value (see the usage in fpga/load.py)")
    if frame_out is not None:
        if len(args) != 1:
            die("usage", "load.py --frame-out FILE IMAGE")
        data = frame(args[0])
        try:
            with open(frame_out, "wb") as f:
                f.write(data)
        except OSError as e:
            die(frame_out, e.strerror)
        return 0
    if len(args) != 2:
        die("usage", "load.py [--baud N] [--term] PORT IMAGE")
    port, path = args
    data = frame(path)
    import termios
    fd = open_port(port, baud)
    # The board takes a break of two character times; tcsendbreak's lasts
    # 0.25 s or more. The SoC restarts in the boot ROM as the line returns.
    termios.tcsendbreak(fd, 0)
    time.sleep(0.05)
    start = time.time()
    view = memoryview(data)
    while view:
        n = os.write(fd, view[:4096])
        view = view[n:]
    termios.tcdrain(fd)
    sys.stderr.write("%s: sent %d bytes to %s in %.1f s\n"
                     % (PROG, len(data), port, time.time() - start))
    if term:
        try:
            while True:
                chunk = os.read(fd, 4096)
                if chunk:
                    sys.stdout.buffer.write(chunk)
                    sys.stdout.buffer.flush()
        except KeyboardInterrupt:
            pass
    os.close(fd)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
