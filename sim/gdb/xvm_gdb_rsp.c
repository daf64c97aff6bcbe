/* SPDX-License-Identifier: Apache-2.0 */
/* The remote serial protocol: socket, packet framing, and the commands.
 * Everything that comes from the socket is untrusted: packets are bounded,
 * numbers are range-checked, and anything that does not parse gets "E01"
 * (a command we know, badly formed) or an empty reply (unknown command). */
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "gdb/xvm_gdb.h"
#include "gdb/xvm_gdb_internal.h"

/* Largest packet payload either way; advertised as PacketSize. A memory
 * read of MAX_MEM bytes fits as hex. */
#define PACKET_MAX 4096
#define MAX_MEM (PACKET_MAX / 2 - 16)
#define NUM_GPR_PACKET 33   /* x0..x31 and pc in g/G */

enum session_end { SESSION_GOING, SESSION_DETACH, SESSION_KILL };

struct conn {
    int fd;
    const struct xvm_gdb_target *t;
    int noack;
    int phys;              /* "monitor phys on": m/M/X address physical memory */
    int closed;            /* the peer went away */
    int exited, exit_code;
    enum session_end end;
    enum xvm_gdb_stop last_stop;
    /* input buffer */
    unsigned char in[512];
    size_t in_len, in_pos;
    /* the current packet (unescaped, NUL-terminated) */
    char pkt[PACKET_MAX + 1];
    size_t pkt_len;
    /* the last reply, resent when the debugger NAKs it */
    char out[2 * PACKET_MAX + 8];
    size_t out_len;
};

/* ---- socket I/O --------------------------------------------------------- */

static void send_raw(struct conn *c, const char *buf, size_t len)
{
    while (len && !c->closed) {
        ssize_t k = send(c->fd, buf, len, MSG_NOSIGNAL);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            c->closed = 1;
            return;
        }
        buf += k;
        len -= (size_t)k;
    }
}

/* Next byte from the debugger, or -1 when the connection is gone. */
static int get_byte(struct conn *c)
{
    if (c->in_pos == c->in_len) {
        ssize_t k;
        if (c->closed)
            return -1;
        do
            k = recv(c->fd, c->in, sizeof c->in, 0);
        while (k < 0 && errno == EINTR);
        if (k <= 0) {
            c->closed = 1;
            return -1;
        }
        c->in_len = (size_t)k;
        c->in_pos = 0;
    }
    return c->in[c->in_pos++];
}

static const char hexdig[] = "0123456789abcdef";

static int hexval(int ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

/* Frames data as $data#cs; binary data gets '#', '$', '}' and '*'
 * escaped. */
static void reply_bin(struct conn *c, const char *data, size_t len)
{
    size_t n = 0;
    unsigned sum = 0;
    c->out[n++] = '$';
    for (size_t i = 0; i < len && n + 5 < sizeof c->out; i++) {
        char ch = data[i];
        if (ch == '#' || ch == '$' || ch == '}' || ch == '*') {
            c->out[n++] = '}';
            sum += '}';
            ch = (char)(ch ^ 0x20);
        }
        c->out[n++] = ch;
        sum += (unsigned char)ch;
    }
    c->out[n++] = '#';
    c->out[n++] = hexdig[(sum >> 4) & 0xf];
    c->out[n++] = hexdig[sum & 0xf];
    c->out_len = n;
    send_raw(c, c->out, n);
}

static void reply(struct conn *c, const char *s)
{
    reply_bin(c, s, strlen(s));
}

static void reply_error(struct conn *c)
{
    reply(c, "E01");
}

/* Reads packets until one arrives with a good checksum; acknowledges it
 * and leaves it in c->pkt. Returns 0, or -1 when the connection is gone.
 * Bytes outside packets (acks, stray Ctrl-C, garbage) are skipped; a '-'
 * resends the last reply. */
static int read_packet(struct conn *c)
{
    for (;;) {
        int ch = get_byte(c);
        if (ch < 0)
            return -1;
        if (ch == '-' && c->out_len && !c->noack) {
            send_raw(c, c->out, c->out_len);
            continue;
        }
        if (ch != '$')
            continue;
    restart:
        c->pkt_len = 0;
        unsigned sum = 0;
        int overflow = 0;
        while ((ch = get_byte(c)) >= 0 && ch != '#') {
            if (ch == '$')
                goto restart;   /* a new packet begins: drop the truncated one */
            sum += (unsigned)ch;
            if (c->pkt_len < PACKET_MAX)
                c->pkt[c->pkt_len++] = (char)ch;
            else
                overflow = 1;
        }
        if (ch < 0)
            return -1;
        int cs[2];
        for (int i = 0; i < 2; i++)
            if ((cs[i] = get_byte(c)) == '$')
                goto restart;
        if (c->closed)
            return -1;
        int h1 = hexval(cs[0]), h2 = hexval(cs[1]);
        if (overflow || h1 < 0 || h2 < 0 || (unsigned)(h1 * 16 + h2) != (sum & 0xff)) {
            if (!c->noack)
                send_raw(c, "-", 1);
            continue;
        }
        if (!c->noack)
            send_raw(c, "+", 1);
        /* unescape in place: '}' x -> x ^ 0x20 */
        size_t j = 0;
        for (size_t i = 0; i < c->pkt_len; i++) {
            if (c->pkt[i] == '}' && i + 1 < c->pkt_len)
                c->pkt[j++] = (char)(c->pkt[++i] ^ 0x20);
            else
                c->pkt[j++] = c->pkt[i];
        }
        c->pkt_len = j;
        c->pkt[j] = '\0';
        return 0;
    }
}

/* ---- parsing helpers ---------------------------------------------------- */

/* Parses 1..8 hex digits at *p into *v and advances *p. */
static int parse_hex32(const char **p, uint32_t *v)
{
    uint32_t x = 0;
    int n = 0;
    while (hexval((unsigned char)**p) >= 0) {
        if (++n > 8)
            return -1;
        x = (x << 4) | (uint32_t)hexval((unsigned char)**p);
        (*p)++;
    }
    if (n == 0)
        return -1;
    *v = x;
    return 0;
}

static int expect(const char **p, char ch)
{
    if (**p != ch)
        return -1;
    (*p)++;
    return 0;
}

static void put_le32(char *dst, uint32_t v)
{
    for (int i = 0; i < 4; i++) {
        dst[2 * i] = hexdig[(v >> (8 * i + 4)) & 0xf];
        dst[2 * i + 1] = hexdig[(v >> (8 * i)) & 0xf];
    }
}

/* Exactly 8 hex digits, little-endian, at p. */
static int get_le32(const char *p, uint32_t *v)
{
    uint32_t x = 0;
    for (int i = 0; i < 4; i++) {
        int hi = hexval((unsigned char)p[2 * i]), lo = hexval((unsigned char)p[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return -1;
        x |= (uint32_t)(hi * 16 + lo) << (8 * i);
    }
    *v = x;
    return 0;
}

static int prefix(const char *s, const char *pre)
{
    return strncmp(s, pre, strlen(pre)) == 0;
}

/* ---- commands ----------------------------------------------------------- */

static void reply_stop(struct conn *c)
{
    char buf[48];
    if (c->exited) {
        snprintf(buf, sizeof buf, "W%02x", (unsigned)c->exit_code & 0xff);
        reply(c, buf);
        return;
    }
    switch (c->last_stop) {
    case XVM_GDB_STOP_SWBREAK: reply(c, "T05swbreak:;"); break;
    case XVM_GDB_STOP_HWBREAK: reply(c, "T05hwbreak:;"); break;
    case XVM_GDB_STOP_INTERRUPT: reply(c, "T02"); break;
    default: reply(c, "T05"); break;
    }
}

static void cmd_read_regs(struct conn *c)
{
    char buf[NUM_GPR_PACKET * 8 + 1];
    for (unsigned r = 0; r < NUM_GPR_PACKET; r++) {
        uint32_t v;
        if (c->t->read_reg(c->t->ctx, r, &v) == 0)
            put_le32(buf + 8 * r, v);
        else
            memset(buf + 8 * r, 'x', 8);
    }
    buf[sizeof buf - 1] = '\0';
    reply(c, buf);
}

static void cmd_write_regs(struct conn *c, const char *p, size_t len)
{
    if (len == 0 || len % 8 != 0 || len / 8 > NUM_GPR_PACKET) {
        reply_error(c);
        return;
    }
    for (size_t r = 0; r < len / 8; r++) {
        uint32_t v;
        if (get_le32(p + 8 * r, &v) != 0) {
            reply_error(c);
            return;
        }
    }
    for (size_t r = 0; r < len / 8; r++) {
        uint32_t v;
        get_le32(p + 8 * r, &v);
        if (r != 0)   /* x0 is hard-wired; gdb sends it anyway */
            c->t->write_reg(c->t->ctx, (unsigned)r, v);
    }
    reply(c, "OK");
}

static void cmd_read_reg(struct conn *c, const char *p)
{
    uint32_t n, v;
    char buf[9];
    if (parse_hex32(&p, &n) != 0 || *p || c->t->read_reg(c->t->ctx, n, &v) != 0) {
        reply_error(c);
        return;
    }
    put_le32(buf, v);
    buf[8] = '\0';
    reply(c, buf);
}

static void cmd_write_reg(struct conn *c, const char *p)
{
    uint32_t n, v;
    if (parse_hex32(&p, &n) != 0 || expect(&p, '=') != 0 || strlen(p) != 8 ||
        get_le32(p, &v) != 0 || c->t->write_reg(c->t->ctx, n, v) != 0) {
        reply_error(c);
        return;
    }
    reply(c, "OK");
}

/* "addr,len" with len <= MAX_MEM and no wrap past 2^32. */
static int parse_range(const char **p, uint32_t *addr, uint32_t *len)
{
    if (parse_hex32(p, addr) != 0 || expect(p, ',') != 0 || parse_hex32(p, len) != 0)
        return -1;
    if (*len > MAX_MEM || (uint64_t)*addr + *len > 0x100000000ull)
        return -1;
    return 0;
}

static void cmd_read_mem(struct conn *c, const char *p)
{
    uint32_t addr, len;
    uint8_t data[MAX_MEM];
    char buf[2 * MAX_MEM + 1];
    if (parse_range(&p, &addr, &len) != 0 || *p ||
        c->t->read_mem(c->t->ctx, addr, data, len, c->phys) != 0) {
        reply_error(c);
        return;
    }
    for (uint32_t i = 0; i < len; i++) {
        buf[2 * i] = hexdig[data[i] >> 4];
        buf[2 * i + 1] = hexdig[data[i] & 0xf];
    }
    buf[2 * len] = '\0';
    reply(c, buf);
}

static void cmd_write_mem_hex(struct conn *c, const char *p)
{
    uint32_t addr, len;
    uint8_t data[MAX_MEM];
    if (parse_range(&p, &addr, &len) != 0 || expect(&p, ':') != 0 || strlen(p) != 2 * len) {
        reply_error(c);
        return;
    }
    for (uint32_t i = 0; i < len; i++) {
        int hi = hexval((unsigned char)p[2 * i]), lo = hexval((unsigned char)p[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            reply_error(c);
            return;
        }
        data[i] = (uint8_t)(hi * 16 + lo);
    }
    if (len && c->t->write_mem(c->t->ctx, addr, data, len, c->phys) != 0) {
        reply_error(c);
        return;
    }
    reply(c, "OK");
}

static void cmd_write_mem_bin(struct conn *c)
{
    const char *p = c->pkt + 1;
    uint32_t addr, len;
    if (parse_range(&p, &addr, &len) != 0 || expect(&p, ':') != 0 ||
        (size_t)(c->pkt + c->pkt_len - p) != len) {
        reply_error(c);
        return;
    }
    if (len && c->t->write_mem(c->t->ctx, addr, (const uint8_t *)p, len, c->phys) != 0) {
        reply_error(c);
        return;
    }
    reply(c, "OK");
}

/* Z/z type,addr,kind: 0 software, 1 hardware breakpoint; watchpoints are
 * not supported (empty reply, as the protocol asks). */
static void cmd_breakpoint(struct conn *c, const char *p, int insert)
{
    uint32_t addr, kind;
    char type = *p++;
    if (type != '0' && type != '1') {
        reply(c, "");
        return;
    }
    if (expect(&p, ',') != 0 || parse_hex32(&p, &addr) != 0 || expect(&p, ',') != 0 ||
        parse_hex32(&p, &kind) != 0 || (*p && *p != ';')) {
        reply_error(c);
        return;
    }
    if (c->t->breakpoint(c->t->ctx, type == '0' ? XVM_GDB_BP_SW : XVM_GDB_BP_HW, addr,
                         insert) != 0) {
        reply_error(c);
        return;
    }
    reply(c, "OK");
}

/* Ctrl-C while running: any 0x03 byte asks to stop; a lost connection
 * stops too (the session then ends as a detach). */
static int poll_interrupt(void *ctx)
{
    struct conn *c = ctx;
    struct pollfd pfd = { c->fd, POLLIN, 0 };
    while (c->in_pos < c->in_len)
        if (c->in[c->in_pos++] == 0x03)
            return 1;
    while (!c->closed && poll(&pfd, 1, 0) > 0) {
        int ch = get_byte(c);
        if (ch < 0 || ch == 0x03)
            return 1;
    }
    return c->closed;
}

static void resume(struct conn *c, int step)
{
    int code = 0;
    if (c->exited) {
        reply_stop(c);
        return;
    }
    c->last_stop = step ? c->t->step(c->t->ctx, &code)
                        : c->t->run(c->t->ctx, poll_interrupt, c, &code);
    if (c->last_stop == XVM_GDB_STOP_EXITED) {
        c->exited = 1;
        c->exit_code = code;
    }
    reply_stop(c);
}

/* s/c [addr]: an optional new pc. */
static void cmd_resume(struct conn *c, const char *p, int step)
{
    if (*p) {
        uint32_t addr;
        if (parse_hex32(&p, &addr) != 0 || *p ||
            c->t->write_reg(c->t->ctx, XVM_GDB_REG_PC, addr) != 0) {
            reply_error(c);
            return;
        }
    }
    resume(c, step);
}

/* C/S sig[;addr]: the signal means nothing to a bare-metal target. */
static void cmd_resume_sig(struct conn *c, const char *p, int step)
{
    uint32_t sig;
    if (parse_hex32(&p, &sig) != 0 || sig > 0xff) {
        reply_error(c);
        return;
    }
    if (*p == ';')
        p++;
    else if (*p) {
        reply_error(c);
        return;
    }
    cmd_resume(c, p, step);
}

/* vCont;action[:thread][;action...]: one thread, so the first action that
 * applies to it (no thread or thread 1 / -1) decides. */
static void cmd_vcont(struct conn *c, const char *p)
{
    while (*p == ';') {
        const char *a = ++p;
        uint32_t sig;
        if (*a == 'c' || *a == 's')
            p = a + 1;
        else if (*a == 'C' || *a == 'S') {
            p = a + 1;
            if (parse_hex32(&p, &sig) != 0) {
                reply_error(c);
                return;
            }
        } else {
            reply_error(c);
            return;
        }
        int applies = 1;
        if (*p == ':') {
            p++;
            if (p[0] == '-' && p[1] == '1')
                p += 2;
            else {
                uint32_t tid;
                if (parse_hex32(&p, &tid) != 0) {
                    reply_error(c);
                    return;
                }
                applies = tid == 1;
            }
        }
        if (*p && *p != ';') {
            reply_error(c);
            return;
        }
        if (applies) {
            resume(c, *a == 's' || *a == 'S');
            return;
        }
    }
    reply_error(c);
}

/* qXfer:features:read:target.xml:offset,length */
static void cmd_xfer_features(struct conn *c, const char *p)
{
    static const char annex[] = "target.xml:";
    size_t xml_len;
    const char *xml = xvm_gdb_target_xml(&xml_len);
    uint32_t off, len;
    char buf[PACKET_MAX];

    if (!prefix(p, annex)) {
        reply(c, "E00");
        return;
    }
    p += sizeof annex - 1;
    if (parse_hex32(&p, &off) != 0 || expect(&p, ',') != 0 || parse_hex32(&p, &len) != 0 ||
        *p || off > xml_len) {
        reply_error(c);
        return;
    }
    /* the escaped reply must fit in a packet whatever the debugger asks */
    if (len > PACKET_MAX / 2 - 1)
        len = PACKET_MAX / 2 - 1;
    size_t n = xml_len - off < len ? xml_len - off : len;
    buf[0] = off + n < xml_len ? 'm' : 'l';
    memcpy(buf + 1, xml + off, n);
    reply_bin(c, buf, n + 1);
}

/* Sends console text to the debugger as an O packet (monitor output). */
static void console(struct conn *c, const char *text)
{
    char buf[2 * 256 + 2];
    size_t n = 0;
    buf[n++] = 'O';
    for (const char *s = text; *s && n + 2 < sizeof buf; s++) {
        buf[n++] = hexdig[(unsigned char)*s >> 4];
        buf[n++] = hexdig[(unsigned char)*s & 0xf];
    }
    buf[n] = '\0';
    reply(c, buf);
}

/* qRcmd,<hex>: "monitor" commands. */
static void cmd_monitor(struct conn *c, const char *p)
{
    char cmd[128];
    size_t n = 0;
    while (p[0] && p[1] && n + 1 < sizeof cmd) {
        int hi = hexval((unsigned char)p[0]), lo = hexval((unsigned char)p[1]);
        if (hi < 0 || lo < 0)
            break;
        cmd[n++] = (char)(hi * 16 + lo);
        p += 2;
    }
    cmd[n] = '\0';
    if (*p) {
        reply_error(c);
        return;
    }
    if (strcmp(cmd, "phys on") == 0 || strcmp(cmd, "phys off") == 0) {
        c->phys = cmd[6] == 'n';
        console(c, c->phys ? "memory accesses are physical\n"
                           : "memory accesses use the current translation\n");
    } else if (strcmp(cmd, "phys") == 0)
        console(c, c->phys ? "physical\n" : "virtual (current translation)\n");
    else
        console(c, "monitor commands: phys [on|off]\n");
    reply(c, "OK");
}

static void cmd_query(struct conn *c, const char *p)
{
    if (prefix(p, "qSupported"))
        reply(c, "PacketSize=1000;qXfer:features:read+;swbreak+;hwbreak+;"
                 "QStartNoAckMode+;vContSupported+");
    else if (prefix(p, "qXfer:features:read:"))
        cmd_xfer_features(c, p + strlen("qXfer:features:read:"));
    else if (strcmp(p, "qAttached") == 0 || prefix(p, "qAttached:"))
        reply(c, "1");
    else if (strcmp(p, "qC") == 0)
        reply(c, "QC1");
    else if (strcmp(p, "qfThreadInfo") == 0)
        reply(c, "m1");
    else if (strcmp(p, "qsThreadInfo") == 0)
        reply(c, "l");
    else if (prefix(p, "qSymbol:"))
        reply(c, "OK");
    else if (prefix(p, "qRcmd,"))
        cmd_monitor(c, p + strlen("qRcmd,"));
    else if (strcmp(p, "QStartNoAckMode") == 0) {
        reply(c, "OK");
        c->noack = 1;
    } else
        reply(c, "");
}

static void cmd_v(struct conn *c, const char *p)
{
    if (strcmp(p, "vCont?") == 0)
        reply(c, "vCont;c;C;s;S");
    else if (prefix(p, "vCont;"))
        cmd_vcont(c, p + 5);
    else if (prefix(p, "vKill")) {
        reply(c, "OK");
        c->end = SESSION_KILL;
    } else
        reply(c, "");
}

static void dispatch(struct conn *c)
{
    const char *p = c->pkt;
    switch (p[0]) {
    case '?': reply_stop(c); break;
    case 'g': if (p[1]) reply_error(c); else cmd_read_regs(c); break;
    case 'G': cmd_write_regs(c, p + 1, c->pkt_len - 1); break;
    case 'p': cmd_read_reg(c, p + 1); break;
    case 'P': cmd_write_reg(c, p + 1); break;
    case 'm': cmd_read_mem(c, p + 1); break;
    case 'M': cmd_write_mem_hex(c, p + 1); break;
    case 'X': cmd_write_mem_bin(c); break;
    case 'Z': cmd_breakpoint(c, p + 1, 1); break;
    case 'z': cmd_breakpoint(c, p + 1, 0); break;
    case 's': cmd_resume(c, p + 1, 1); break;
    case 'c': cmd_resume(c, p + 1, 0); break;
    case 'S': cmd_resume_sig(c, p + 1, 1); break;
    case 'C': cmd_resume_sig(c, p + 1, 0); break;
    case 'H': reply(c, "OK"); break;
    case 'T': reply(c, "OK"); break;
    case 'q': case 'Q': cmd_query(c, p); break;
    case 'v': cmd_v(c, p); break;
    case 'D':
        reply(c, "OK");
        c->end = SESSION_DETACH;
        break;
    case 'k': c->end = SESSION_KILL; break;
    default: reply(c, ""); break;
    }
}

/* ---- sessions ----------------------------------------------------------- */

int xvm_gdb_listen(int port, int *bound_port)
{
    struct sockaddr_in sa;
    socklen_t sl = sizeof sa;
    int one = 1;
    int fd = socket(AF_INET, SOCK_STREAM, 0);

    if (port < 0 || port > 65535) {
        fprintf(stderr, "xvm-gdb: bad port %d\n", port);
        if (fd >= 0)
            close(fd);
        return -1;
    }
    if (fd < 0) {
        fprintf(stderr, "xvm-gdb: socket: %s\n", strerror(errno));
        return -1;
    }
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = htons((uint16_t)port);
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(fd, 1) != 0 ||
        getsockname(fd, (struct sockaddr *)&sa, &sl) != 0) {
        fprintf(stderr, "xvm-gdb: cannot listen on localhost:%d: %s\n", port, strerror(errno));
        close(fd);
        return -1;
    }
    if (bound_port)
        *bound_port = ntohs(sa.sin_port);
    return fd;
}

int xvm_gdb_serve_listener(int listen_fd, const struct xvm_gdb_target *t, int *exit_code)
{
    static struct conn c;   /* large buffers: not on the stack */
    int one = 1, fd;

    do
        fd = accept(listen_fd, NULL, NULL);
    while (fd < 0 && errno == EINTR);
    close(listen_fd);
    if (fd < 0) {
        fprintf(stderr, "xvm-gdb: accept: %s\n", strerror(errno));
        return XVM_GDB_ERROR;
    }
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    memset(&c, 0, sizeof c);
    c.fd = fd;
    c.t = t;
    c.last_stop = XVM_GDB_STOP_STEP;
    while (c.end == SESSION_GOING && read_packet(&c) == 0)
        dispatch(&c);
    close(fd);
    if (c.exited) {
        if (exit_code)
            *exit_code = c.exit_code;
        return XVM_GDB_EXITED;
    }
    return c.end == SESSION_KILL ? XVM_GDB_KILLED : XVM_GDB_DETACHED;
}

int xvm_gdb_serve(int port, const struct xvm_gdb_target *t, int *exit_code)
{
    int bound;
    int fd = xvm_gdb_listen(port, &bound);
    if (fd < 0)
        return XVM_GDB_ERROR;
    fprintf(stderr, "xvm-gdb: waiting for gdb on localhost:%d\n", bound);
    return xvm_gdb_serve_listener(fd, t, exit_code);
}
