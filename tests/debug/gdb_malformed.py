# SPDX-License-Identifier: Apache-2.0
"""Malformed and unusual remote-protocol input against a simulator's
--gdb server: every packet gets its defined answer (an error reply, an
empty reply or a NAK) and the server keeps serving. Then, depending on
the last argument, it kills the program ("kill") or drops the connection
in the middle of a packet ("drop", which the server treats as a detach).
Usage: gdb_malformed.py PORT kill|drop; exit status 0 when every answer
was right, else 1 with the first wrong one on stderr."""
import socket
import sys


def checksum(body):
    return "%02x" % (sum(body.encode()) & 0xFF)


def packet(body):
    return "$%s#%s" % (body, checksum(body))


class Conn:
    def __init__(self, port):
        self.s = socket.create_connection(("127.0.0.1", port), timeout=20)
        self.buf = b""

    def send(self, raw):
        self.s.sendall(raw.encode() if isinstance(raw, str) else raw)

    def byte(self):
        while not self.buf:
            chunk = self.s.recv(65536)
            if not chunk:
                raise EOFError("connection closed")
            self.buf += chunk
        b, self.buf = self.buf[:1], self.buf[1:]
        return b

    def reply(self):
        """The next packet's body, acknowledged; '+' acks are skipped."""
        b = self.byte()
        while b == b"+":
            b = self.byte()
        if b != b"$":
            raise ValueError("expected a packet, got %r" % b)
        body = b""
        b = self.byte()
        while b != b"#":
            body += b
            b = self.byte()
        self.byte()
        self.byte()
        self.send("+")
        return body.decode()

    def ack(self):
        b = self.byte()
        if b not in (b"+", b"-"):
            raise ValueError("expected an ack, got %r" % b)
        return b.decode()


ERRORS = [
    "m80000000,ffffffff", "m80000000", "m,4", "m80000000,4x", "mfffffffe,4",
    "m00000000,4", "m10000000,4", "M80000000,4:0011", "M80000000,2:zz11", "X80000000,1:abcd",
    "G0011", "gxx", "p", "p9999", "P5=12", "P5=zzzzzzzz", "Z0", "Z0,,4", "z0,80000040,4",
    "szz", "C", "vCont;x", "vCont;", "qXfer:features:read:target.xml:0", "qRcmd,zz",
    "P1=00000000",   # registers are the RTL's: writes refused
]
UNSUPPORTED = ["Qfoo", "vFoo", "\x01\x02", "bc", "qTStatus"]


def main():
    port, mode = int(sys.argv[1]), sys.argv[2]
    c = Conn(port)
    bad = []

    def expect(body, want):
        c.send(packet(body))
        got = c.reply()
        if got != want:
            bad.append("%r: got %r, want %r" % (body, got, want))

    c.send("$?#00")   # bad checksum
    if c.ack() != "-":
        bad.append("bad checksum not NAKed")
    c.send("$?#zz")
    if c.ack() != "-":
        bad.append("non-hex checksum not NAKed")
    c.send("$" + "m" * 5000 + "#00")
    if c.ack() != "-":
        bad.append("over-long packet not NAKed")
    c.send("garbage\x03\x00")   # outside packets: ignored (0x03 is Ctrl-C)
    c.send("$m800" + packet("?"))   # '$' inside a packet restarts it
    got = c.reply()
    if not got.startswith("S") and not got.startswith("T"):
        bad.append("'?' after a restarted packet: got %r" % got)
    for body in ERRORS:
        expect(body, "E01")
    for body in UNSUPPORTED:
        expect(body, "")
    c.send(packet("m80000000,4"))   # a valid packet is still served
    got = c.reply()
    if len(got) != 8 or any(ch not in "0123456789abcdef" for ch in got):
        bad.append("m80000000,4: got %r" % got)
    if mode == "kill":
        c.send(packet("vKill;1"))
        got = c.reply()
        if got != "OK":
            bad.append("vKill: got %r" % got)
    else:
        c.send("$m800000")
    c.s.close()
    for b in bad:
        print("malformed:", b, file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
