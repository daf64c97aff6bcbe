/* SPDX-License-Identifier: Apache-2.0 */
/* The GDB server against a tiny fake target: well-formed sessions, then
 * malformed input of every kind (bad checksums, truncated and over-long
 * packets, huge lengths, unknown commands, binary garbage, packets after
 * a detach). Each test serves a fresh fake target from a child process,
 * checks the replies byte for byte and that the server is still serving
 * (or, after D/k/EOF, ended the way it should). */
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "gdb/xvm_gdb.h"

/* ---- the fake target: a pc that advances by 4, memory at 0x80000000 ---- */

#define FAKE_BASE 0x80000000u
#define FAKE_SIZE 0x10000u
#define FAKE_EXIT_PC (FAKE_BASE + 0x1000u)   /* reaching it ends with code 7 */
#define FAKE_LOOP_PC (FAKE_BASE + 0x2000u)
#define FAKE_MSTATUS 0x300u

struct fake {
    uint32_t x[32], pc, mstatus;
    uint8_t mem[FAKE_SIZE];
    struct xvm_gdb_bps bps;
};

static struct fake fake;

static int fake_read_reg(void *ctx, unsigned n, uint32_t *v)
{
    struct fake *f = ctx;
    if (n < 32)
        *v = f->x[n];
    else if (n == XVM_GDB_REG_PC)
        *v = f->pc;
    else if (n == XVM_GDB_REG_CSR0 + FAKE_MSTATUS)
        *v = f->mstatus;
    else if (n == XVM_GDB_REG_PRIV)
        *v = 3;
    else if (n == XVM_GDB_REG_VM)
        *v = 0;
    else
        return -1;
    return 0;
}

static int fake_write_reg(void *ctx, unsigned n, uint32_t v)
{
    struct fake *f = ctx;
    if (n > 0 && n < 32)
        f->x[n] = v;
    else if (n == XVM_GDB_REG_PC)
        f->pc = v;
    else if (n == XVM_GDB_REG_CSR0 + FAKE_MSTATUS)
        f->mstatus = v;
    else
        return -1;
    return 0;
}

static int fake_in_range(uint32_t addr, size_t len)
{
    return addr >= FAKE_BASE && addr - FAKE_BASE <= FAKE_SIZE && len <= FAKE_SIZE - (addr - FAKE_BASE);
}

static int fake_read_mem(void *ctx, uint32_t addr, uint8_t *buf, size_t len, int phys)
{
    struct fake *f = ctx;
    (void)phys;
    if (!fake_in_range(addr, len))
        return -1;
    memcpy(buf, f->mem + (addr - FAKE_BASE), len);
    return 0;
}

static int fake_write_mem(void *ctx, uint32_t addr, const uint8_t *buf, size_t len, int phys)
{
    struct fake *f = ctx;
    (void)phys;
    if (!fake_in_range(addr, len))
        return -1;
    memcpy(f->mem + (addr - FAKE_BASE), buf, len);
    return 0;
}

static enum xvm_gdb_stop fake_step(void *ctx, int *code)
{
    struct fake *f = ctx;
    f->pc += 4;
    f->x[10]++;   /* a0 counts instructions */
    if (f->pc == FAKE_EXIT_PC) {
        *code = 7;
        return XVM_GDB_STOP_EXITED;
    }
    return XVM_GDB_STOP_STEP;
}

/* FAKE_LOOP_PC is a "wfi loop": running there never ends on its own. */
static enum xvm_gdb_stop fake_run(void *ctx, int (*poll_fn)(void *), void *pctx, int *code)
{
    struct fake *f = ctx;
    for (unsigned long n = 0;; n++) {
        if (f->pc != FAKE_LOOP_PC) {
            enum xvm_gdb_stop s = fake_step(f, code);
            if (s == XVM_GDB_STOP_EXITED)
                return s;
            s = xvm_gdb_bps_check(&f->bps, f->pc);
            if (s != XVM_GDB_STOP_STEP)
                return s;
        }
        if (n % 1024 == 0 && poll_fn(pctx))
            return XVM_GDB_STOP_INTERRUPT;
    }
}

static int fake_breakpoint(void *ctx, enum xvm_gdb_bp_kind kind, uint32_t addr, int insert)
{
    struct fake *f = ctx;
    return xvm_gdb_bps_update(&f->bps, kind, addr, insert);
}

static const struct xvm_gdb_target fake_target = {
    &fake, fake_read_reg, fake_write_reg, fake_read_mem, fake_write_mem,
    fake_step, fake_run, fake_breakpoint,
};

/* ---- the client side ---------------------------------------------------- */

static int sock = -1;
static pid_t server;

/* Starts a server on a fresh fake target and connects to it. */
static int start(void **state)
{
    int port;
    int lfd = xvm_gdb_listen(0, &port);
    struct sockaddr_in sa;

    (void)state;
    if (lfd < 0)
        return -1;
    memset(&fake, 0, sizeof fake);
    fake.pc = FAKE_BASE;
    for (unsigned i = 0; i < FAKE_SIZE; i++)
        fake.mem[i] = (uint8_t)i;
    fflush(NULL);
    server = fork();
    if (server < 0)
        return -1;
    if (server == 0) {
        int code = 0;
        int r = xvm_gdb_serve_listener(lfd, &fake_target, &code);
        _exit(r == XVM_GDB_DETACHED ? 10 : r == XVM_GDB_KILLED ? 11 :
              r == XVM_GDB_EXITED ? 20 + code : 1);
    }
    close(lfd);
    sock = socket(AF_INET, SOCK_STREAM, 0);
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = htons((uint16_t)port);
    if (sock < 0 || connect(sock, (struct sockaddr *)&sa, sizeof sa) != 0)
        return -1;
    return 0;
}

/* Waits for the server to end (at most 5 s) and returns its exit status. */
static int finish(void)
{
    int st = -1;
    if (sock >= 0)
        close(sock);
    sock = -1;
    for (int i = 0; i < 500; i++) {
        if (waitpid(server, &st, WNOHANG) == server) {
            server = 0;
            return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
        }
        usleep(10000);
    }
    kill(server, SIGKILL);
    waitpid(server, &st, 0);
    server = 0;
    return -1;
}

/* A test that stopped early leaves its server running. */
static int stop(void **state)
{
    int st;
    (void)state;
    if (sock >= 0)
        close(sock);
    sock = -1;
    if (server > 0) {
        kill(server, SIGKILL);
        waitpid(server, &st, 0);
    }
    server = 0;
    return 0;
}

static void send_bytes(const void *buf, size_t len)
{
    if (send(sock, buf, len, MSG_NOSIGNAL) != (ssize_t)len)
        fail_msg("send failed: %s", strerror(errno));
}

static void send_packet_n(const char *data, size_t len)
{
    char buf[8192];
    unsigned sum = 0;
    size_t n = 0;
    buf[n++] = '$';
    for (size_t i = 0; i < len && n < sizeof buf - 4; i++) {
        buf[n++] = data[i];
        sum += (unsigned char)data[i];
    }
    n += (size_t)snprintf(buf + n, 4, "#%02x", sum & 0xff);
    send_bytes(buf, n);
}

static void send_packet(const char *data)
{
    send_packet_n(data, strlen(data));
}

/* Next byte from the server within timeout_ms, or -1. */
static int recv_byte(int timeout_ms)
{
    struct pollfd p = { sock, POLLIN, 0 };
    unsigned char ch;
    if (poll(&p, 1, timeout_ms) <= 0 || recv(sock, &ch, 1, 0) != 1)
        return -1;
    return ch;
}

/* Reads the next reply packet (skipping acks), checks its checksum and
 * undoes binary escapes. Returns its length or -1 on timeout/garbage. */
static int recv_packet(char *buf, size_t len, int timeout_ms)
{
    int ch;
    size_t n = 0;
    unsigned sum = 0;
    do
        ch = recv_byte(timeout_ms);
    while (ch == '+' );
    if (ch != '$')
        return -1;
    while ((ch = recv_byte(timeout_ms)) >= 0 && ch != '#') {
        sum += (unsigned)ch;
        if (ch == '}') {
            ch = recv_byte(timeout_ms);
            sum += (unsigned)ch;
            ch ^= 0x20;
        }
        if (n + 1 < len)
            buf[n++] = (char)ch;
    }
    buf[n] = '\0';
    char cs[3] = { (char)recv_byte(timeout_ms), (char)recv_byte(timeout_ms), 0 };
    if (ch != '#' || strtoul(cs, NULL, 16) != (sum & 0xff))
        return -1;
    return (int)n;
}

/* The reply to the packet already sent, exactly. */
static void expect_packet(const char *pkt, const char *want)
{
    char got[8192];
    if (recv_packet(got, sizeof got, 3000) < 0)
        fail_msg("%s: no reply (want \"%s\")", pkt, want);
    if (strcmp(got, want) != 0)
        fail_msg("%s: got \"%.80s\", want \"%s\"", pkt, got, want);
}

/* Sends a packet and checks the reply exactly. */
static void expect_reply(const char *pkt, const char *want)
{
    send_packet(pkt);
    expect_packet(pkt, want);
}

static void expect_no_reply(const char *what, int timeout_ms)
{
    char got[8192];
    if (recv_packet(got, sizeof got, timeout_ms) >= 0)
        fail_msg("%s: answered \"%.80s\"", what, got);
}

static void expect_byte(const char *what, int want)
{
    int got = recv_byte(1000);
    if (got != want)
        fail_msg("%s: got byte %d, want '%c'", what, got, want);
}

/* Discards whatever the server sends within ms milliseconds. */
static void drain(int ms)
{
    while (recv_byte(ms) >= 0)
        ;
}

/* The server still answers a well-formed request. */
static void expect_alive(void)
{
    expect_reply("?", "T05");
}

/* ---- well-formed sessions ------------------------------------------------ */

static void session_handshake(void **state)
{
    char buf[8192];
    (void)state;
    send_packet("qSupported:multiprocess+;swbreak+;hwbreak+;qRelocInsn+");
    assert_true(recv_packet(buf, sizeof buf, 3000) >= 0);
    assert_non_null(strstr(buf, "qXfer:features:read+"));
    assert_non_null(strstr(buf, "PacketSize=1000"));
    expect_reply("vMustReplyEmpty", "");
    expect_reply("Hg0", "OK");
    expect_reply("qAttached", "1");
    expect_reply("qfThreadInfo", "m1");
    expect_reply("qsThreadInfo", "l");
    expect_reply("?", "T05");
}

/* The target description, read in small pieces. */
static void session_target_xml_in_pieces(void **state)
{
    char buf[8192], xml[65536] = "";
    size_t xml_len = 0;
    int done = 0;
    (void)state;
    for (int i = 0; i < 200 && !done; i++) {
        char q[64];
        snprintf(q, sizeof q, "qXfer:features:read:target.xml:%zx,200", xml_len);
        send_packet(q);
        int n = recv_packet(buf, sizeof buf, 3000);
        if (n < 1 || (buf[0] != 'm' && buf[0] != 'l') || xml_len + (size_t)n >= sizeof xml)
            fail_msg("%s: bad reply \"%.80s\"", q, n < 0 ? "" : buf);
        memcpy(xml + xml_len, buf + 1, (size_t)n - 1);
        xml_len += (size_t)n - 1;
        xml[xml_len] = '\0';
        done = buf[0] == 'l';
    }
    assert_true(done);
    assert_non_null(strstr(xml, "<architecture>riscv:rv32</architecture>"));
    assert_non_null(strstr(xml, "<reg name=\"pc\" bitsize=\"32\" regnum=\"32\""));
    assert_non_null(strstr(xml, "<reg name=\"vmctl\" bitsize=\"32\" regnum=\"1537\""));
    assert_non_null(strstr(xml, "<reg name=\"mstatus\" bitsize=\"32\" regnum=\"833\""));
    assert_non_null(strstr(xml, "<reg name=\"priv\" bitsize=\"32\" regnum=\"4161\""));
    assert_non_null(strstr(xml, "<reg name=\"vm\" bitsize=\"32\" regnum=\"4162\""));
    assert_non_null(strstr(xml, "</target>"));
}

static void session_p_and_P_registers(void **state)
{
    (void)state;
    expect_reply("P5=78563412", "OK");
    expect_reply("p5", "78563412");
    expect_reply("p20", "00000080");
    expect_reply("P341=01000000", "OK");   /* mstatus (65 + 0x300) */
    expect_reply("p341", "01000000");
    expect_reply("p1041", "03000000");     /* priv */
    expect_reply("p1042", "00000000");     /* vm */
}

static void session_g_reads_x0_to_pc(void **state)
{
    char buf[8192];
    (void)state;
    expect_reply("P5=78563412", "OK");
    send_packet("g");
    assert_int_equal(recv_packet(buf, sizeof buf, 3000), 33 * 8);
    assert_memory_equal(buf + 5 * 8, "78563412", 8);
    assert_memory_equal(buf + 32 * 8, "00000080", 8);
}

/* G writes x1..x31 and pc (x0 stays 0). */
static void session_G_writes_x1_to_pc(void **state)
{
    char buf[1 + 33 * 8 + 1];
    (void)state;
    buf[0] = 'G';
    memset(buf + 1, '0', 33 * 8);
    memcpy(buf + 1, "ffffffff", 8);
    memcpy(buf + 1 + 8, "11111111", 8);
    memcpy(buf + 1 + 32 * 8, "00010080", 8);
    buf[1 + 33 * 8] = '\0';
    expect_reply(buf, "OK");
    expect_reply("p0", "00000000");
    expect_reply("p1", "11111111");
    expect_reply("p20", "00010080");
    expect_reply("P20=00000080", "OK");
    expect_reply("p20", "00000080");
}

static void session_m_and_M_memory(void **state)
{
    (void)state;
    expect_reply("m80000010,4", "10111213");
    expect_reply("M80000010,3:aabbcc", "OK");
    expect_reply("m80000010,4", "aabbcc13");
}

static void session_X_undoes_escapes(void **state)
{
    const char x[] = "X80000020,4:}\x03}\x04*}]";   /* # $ * } */
    (void)state;
    send_packet_n(x, sizeof x - 1);
    expect_packet("X80000020,4", "OK");
    expect_reply("m80000020,4", "23242a7d");
    expect_reply("X80000020,0:", "OK");
}

static void session_breakpoints_stop_step_and_continue(void **state)
{
    (void)state;
    expect_reply("Z0,80000010,4", "OK");
    expect_reply("Z1,80000018,4", "OK");
    expect_reply("s", "T05");
    expect_reply("p20", "04000080");
    expect_reply("vCont?", "vCont;c;C;s;S");
    expect_reply("vCont;s:1", "T05");
    expect_reply("c", "T05swbreak:;");
    expect_reply("p20", "10000080");
    expect_reply("vCont;c", "T05hwbreak:;");
}

static void session_removed_breakpoints_are_passed(void **state)
{
    (void)state;
    expect_reply("Z0,80000010,4", "OK");
    expect_reply("Z1,80000018,4", "OK");
    expect_reply("z0,80000010,4", "OK");
    expect_reply("z1,80000018,4", "OK");
    expect_reply("c80000000", "W07");
}

/* After the program's exit every stop reply says so, until k. */
static void session_exit_is_reported_until_kill(void **state)
{
    (void)state;
    expect_reply("c80000000", "W07");
    expect_reply("?", "W07");
    expect_reply("s", "W07");
    send_packet("k");
    assert_int_equal(finish(), 27);   /* exited with code 7 */
}

/* ---- malformed input --------------------------------------------------- */

static void bad_checksum_is_naked_not_answered(void **state)
{
    (void)state;
    send_bytes("$?#00", 5);
    expect_byte("bad checksum", '-');
    expect_no_reply("bad checksum", 300);
    send_bytes("$?#zz", 5);
    expect_byte("non-hex checksum", '-');
    expect_alive();
}

static void truncated_packet_gives_way_to_the_next(void **state)
{
    (void)state;
    send_bytes("$m80000000,4", 12);
    expect_reply("p20", "00000080");
}

static void packet_cut_in_its_checksum_is_dropped(void **state)
{
    (void)state;
    send_bytes("$g#", 3);
    send_bytes("6", 1);
    drain(200);
    expect_alive();
}

/* Huge lengths, too many digits, wrap-around, missing fields. */
static void bad_memory_requests_are_E01(void **state)
{
    (void)state;
    expect_reply("m80000000,ffffffff", "E01");
    expect_reply("m80000000,100000", "E01");
    expect_reply("mfffffffe,4", "E01");
    expect_reply("m180000000,4", "E01");
    expect_reply("m80000000", "E01");
    expect_reply("m,4", "E01");
    expect_reply("m80000000,", "E01");
    expect_reply("m80000000,4x", "E01");
    expect_reply("m00000000,4", "E01");   /* not backed */
    expect_reply("M80000000,4:0011", "E01");
    expect_reply("M80000000,2:zz11", "E01");
    expect_reply("M80000000,ffffffff:00", "E01");
    expect_reply("X80000000,4:ab", "E01");
    expect_reply("X80000000,1:abcd", "E01");
}

static void bad_register_requests_are_E01(void **state)
{
    (void)state;
    expect_reply("G0011", "E01");
    expect_reply("G", "E01");
    expect_reply("gxx", "E01");
    expect_reply("p", "E01");
    expect_reply("p123456789", "E01");
    expect_reply("p9999", "E01");
    expect_reply("P5", "E01");
    expect_reply("P5=12", "E01");
    expect_reply("P5=zzzzzzzz", "E01");
    expect_reply("P1042=01000000", "E01");   /* vm is read-only */
}

/* Malformed breakpoint requests are E01; unsupported kinds are empty. */
static void bad_breakpoint_requests_are_refused(void **state)
{
    (void)state;
    expect_reply("Z0", "E01");
    expect_reply("Z0,80000000", "E01");
    expect_reply("Z0,,4", "E01");
    expect_reply("Z2,80000000,4", "");
    expect_reply("Z9,80000000,4", "");
    expect_reply("z0,80000040,4", "E01");     /* nothing to remove */
}

static void bad_resume_requests_are_E01(void **state)
{
    (void)state;
    expect_reply("szz", "E01");
    expect_reply("C", "E01");
    expect_reply("Szz", "E01");
    expect_reply("vCont;x", "E01");
    expect_reply("vCont;c:2", "E01");
    expect_reply("vCont;", "E01");
}

static void bad_queries_are_refused(void **state)
{
    (void)state;
    expect_reply("qXfer:features:read:other.xml:0,10", "E00");
    expect_reply("qXfer:features:read:target.xml:ffffff,10", "E01");
    expect_reply("qXfer:features:read:target.xml:0", "E01");
    expect_reply("qRcmd,zz", "E01");
}

static void unknown_commands_get_empty_replies(void **state)
{
    (void)state;
    expect_reply("J", "");
    expect_reply("qUnknownQuery", "");
    expect_reply("vUnknown;1", "");
    expect_reply("", "");
    expect_reply("Z", "");
}

/* Binary junk with a valid checksum. */
static void binary_junk_gets_an_empty_reply(void **state)
{
    const char junk[] = "\x01\xff\x80 \x7f";
    (void)state;
    send_packet_n(junk, sizeof junk - 1);
    expect_packet("binary junk", "");
}

static void overlong_packet_is_naked(void **state)
{
    static char big[6000];
    (void)state;
    memset(big, 'a', sizeof big);
    big[0] = 'm';
    send_packet_n(big, sizeof big);
    expect_byte("over-long packet", '-');
    expect_alive();
}

/* Random binary garbage between packets (fixed seed). */
static void garbage_between_packets_is_skipped(void **state)
{
    static unsigned char g[16384];
    unsigned s = 12345;
    (void)state;
    for (size_t i = 0; i < sizeof g; i++) {
        s = s * 1103515245u + 12345u;
        g[i] = (unsigned char)(s >> 16);
    }
    send_bytes(g, sizeof g);
    drain(300);
    expect_alive();
    expect_reply("p20", "00000080");
}

static void naked_reply_is_resent(void **state)
{
    (void)state;
    expect_reply("p20", "00000080");
    send_bytes("-", 1);
    expect_packet("NAK", "00000080");
}

static void no_ack_mode_serves_and_detaches(void **state)
{
    (void)state;
    expect_reply("QStartNoAckMode", "OK");
    expect_alive();
    expect_reply("D", "OK");
    assert_int_equal(finish(), 10);   /* detached */
}

/* After D, packets on the dead connection go nowhere. */
static void detach_ends_the_session(void **state)
{
    (void)state;
    expect_reply("D", "OK");
    /* the server may already have closed: a failed send is fine here */
    if (send(sock, "$?#3f", 5, MSG_NOSIGNAL) < 0 && errno != EPIPE && errno != ECONNRESET)
        fail_msg("send after detach: %s", strerror(errno));
    expect_no_reply("after detach", 300);
    assert_int_equal(finish(), 10);   /* detached */
}

/* ---- interrupts and the end of a connection ----------------------------- */

static void ctrl_c_stops_an_endless_run(void **state)
{
    (void)state;
    expect_reply("P20=00200080", "OK");   /* the endless loop */
    send_packet("c");
    expect_no_reply("endless run", 300);
    send_bytes("\x03", 1);
    expect_packet("Ctrl-C", "T02");
    expect_reply("p20", "00200080");
}

/* A connection that ends in the middle of a packet: a detach. */
static void eof_in_a_packet_is_a_detach(void **state)
{
    (void)state;
    expect_alive();
    send_bytes("$m8000", 6);
    assert_int_equal(finish(), 10);   /* detached */
}

static void vkill_kills(void **state)
{
    (void)state;
    expect_alive();
    expect_reply("vKill;1", "OK");
    assert_int_equal(finish(), 11);   /* killed */
}

#define SERVED(test) cmocka_unit_test_setup_teardown(test, start, stop)

int main(void)
{
    const struct CMUnitTest tests[] = {
        SERVED(session_handshake),
        SERVED(session_target_xml_in_pieces),
        SERVED(session_p_and_P_registers),
        SERVED(session_g_reads_x0_to_pc),
        SERVED(session_G_writes_x1_to_pc),
        SERVED(session_m_and_M_memory),
        SERVED(session_X_undoes_escapes),
        SERVED(session_breakpoints_stop_step_and_continue),
        SERVED(session_removed_breakpoints_are_passed),
        SERVED(session_exit_is_reported_until_kill),
        SERVED(bad_checksum_is_naked_not_answered),
        SERVED(truncated_packet_gives_way_to_the_next),
        SERVED(packet_cut_in_its_checksum_is_dropped),
        SERVED(bad_memory_requests_are_E01),
        SERVED(bad_register_requests_are_E01),
        SERVED(bad_breakpoint_requests_are_refused),
        SERVED(bad_resume_requests_are_E01),
        SERVED(bad_queries_are_refused),
        SERVED(unknown_commands_get_empty_replies),
        SERVED(binary_junk_gets_an_empty_reply),
        SERVED(overlong_packet_is_naked),
        SERVED(garbage_between_packets_is_skipped),
        SERVED(naked_reply_is_resent),
        SERVED(no_ack_mode_serves_and_detaches),
        SERVED(detach_ends_the_session),
        SERVED(ctrl_c_stops_an_endless_run),
        SERVED(eof_in_a_packet_is_a_detach),
        SERVED(vkill_kills),
    };
    signal(SIGPIPE, SIG_IGN);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
