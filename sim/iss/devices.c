/* SPDX-License-Identifier: Apache-2.0 */
/* Physical memory: RAM and the platform devices (rtl/xvm_defs.vh), decoded
 * exactly as rtl/xvm_xbar.v does (CLINT and UART by region, the finisher
 * one word; anything else is an access fault; only RAM is executable).
 * Devices see 32-bit word accesses with byte enables, like the RTL bus. */
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include "iss_internal.h"
#include "xvm_run.h"

static int in_ram(const struct iss *s, uint64_t addr)
{
    return addr >= XVM_RAM_BASE && addr - XVM_RAM_BASE < s->ram_size;
}

static int in_clint(uint64_t addr)
{
    return (addr & ~(uint64_t)(XVM_CLINT_SIZE - 1)) == XVM_CLINT_BASE;
}

static int in_uart(uint64_t addr)
{
    return (addr & ~(uint64_t)(XVM_UART_SIZE - 1)) == XVM_UART_BASE;
}

static uint32_t merge(uint32_t old, uint32_t val, unsigned be)
{
    uint32_t m = 0;

    for (unsigned i = 0; i < 4; i++)
        if (be & (1u << i))
            m |= 0xffu << (8 * i);
    return (old & ~m) | (val & m);
}

void iss_devices_reset(struct iss *s)
{
    s->mtime = 0;
    s->mtimecmp = UINT64_MAX;
    s->msip = 0;
    s->uart_ier = s->uart_lcr = s->uart_mcr = s->uart_scr = 0;
    s->uart_dll = s->uart_dlm = 0;
    s->uart_thre_irq = 0;
    s->uart_rx_full = 0;
    s->uart_rbr = 0;
}

/* Received bytes come from stdin when it has one ready (never blocking),
 * and only from a terminal, pipe or socket: a regular file or /dev/null is
 * not input, as in build/xvm-sim. The co-simulation overrides UART reads
 * with the RTL's values. */
static void uart_poll_rx(struct iss *s)
{
    struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };
    struct stat st;
    uint8_t b;

    if (s->uart_rx_full || s->lockstep || s->uart_input < 0)
        return;
    if (s->uart_input == 0) {
        s->uart_input = fstat(STDIN_FILENO, &st) == 0 &&
                        (isatty(STDIN_FILENO) || S_ISFIFO(st.st_mode) ||
                         S_ISSOCK(st.st_mode)) ? 1 : -1;
        if (s->uart_input < 0)
            return;
    }
    if (poll(&p, 1, 0) == 1 && (p.revents & (POLLIN | POLLHUP | POLLERR))) {
        if (read(STDIN_FILENO, &b, 1) == 1) {
            s->uart_rbr = b;
            s->uart_rx_full = 1;
        } else {
            s->uart_input = -1;
        }
    }
}

static uint32_t clint_read(const struct iss *s, uint32_t off)
{
    switch (off) {
    case XVM_CLINT_MSIP:          return s->msip;
    case XVM_CLINT_MTIMECMP:      return (uint32_t)s->mtimecmp;
    case XVM_CLINT_MTIMECMP + 4:  return (uint32_t)(s->mtimecmp >> 32);
    case XVM_CLINT_MTIME:         return (uint32_t)s->mtime;
    case XVM_CLINT_MTIME + 4:     return (uint32_t)(s->mtime >> 32);
    default:                      return 0;
    }
}

static void set_lo(uint64_t *r, uint32_t v) { *r = (*r & ~0xffffffffull) | v; }
static void set_hi(uint64_t *r, uint32_t v) { *r = (*r & 0xffffffffull) | ((uint64_t)v << 32); }

static void clint_write(struct iss *s, uint32_t off, uint32_t val, unsigned be)
{
    switch (off) {
    case XVM_CLINT_MSIP:
        if (be & 1)
            s->msip = val & 1;
        break;
    case XVM_CLINT_MTIMECMP:
        set_lo(&s->mtimecmp, merge((uint32_t)s->mtimecmp, val, be));
        break;
    case XVM_CLINT_MTIMECMP + 4:
        set_hi(&s->mtimecmp, merge((uint32_t)(s->mtimecmp >> 32), val, be));
        break;
    case XVM_CLINT_MTIME:
        set_lo(&s->mtime, merge((uint32_t)s->mtime, val, be));
        s->mtime_written = 1;
        break;
    case XVM_CLINT_MTIME + 4:
        set_hi(&s->mtime, merge((uint32_t)(s->mtime >> 32), val, be));
        s->mtime_written = 1;
        break;
    default:
        break;
    }
}

#define UART_IIR_NO_IRQ 0x01
#define UART_IIR_THRE   0x02
#define UART_IIR_RDA    0x04
#define UART_IER_RDA    0x01
#define UART_IER_THRE   0x02
#define UART_LCR_DLAB   0x80

/* IIR as rtl/xvm_uart.v computes it: received data first, then the
 * THR-empty interrupt, each only when IER enables it. */
static uint32_t uart_iir(const struct iss *s)
{
    if ((s->uart_ier & UART_IER_RDA) && s->uart_rx_full)
        return UART_IIR_RDA;
    if ((s->uart_ier & UART_IER_THRE) && s->uart_thre_irq)
        return UART_IIR_THRE;
    return UART_IIR_NO_IRQ;
}

/* Word 0 is {LCR, IIR, IER, RBR/THR} ({LCR, IIR, DLM, DLL} with LCR.DLAB),
 * word 1 {SCR, MSR, LSR, MCR}; the transmitter is always ready, so THR is
 * empty again, with its interrupt pending, right after each write. */
static uint32_t uart_read(struct iss *s, uint32_t off, unsigned be)
{
    uint32_t v;

    /* A program reading the UART may be waiting for input after a prompt. */
    if (s->uart_out)
        fflush(s->uart_out);
    uart_poll_rx(s);
    if (off == 0) {
        int dlab = (s->uart_lcr & UART_LCR_DLAB) != 0;
        uint32_t iir = uart_iir(s);

        v = ((uint32_t)s->uart_lcr << 24) | (iir << 16) |
            ((uint32_t)(dlab ? s->uart_dlm : s->uart_ier) << 8) |
            (dlab ? s->uart_dll : s->uart_rbr);
        if ((be & 1) && !dlab)
            s->uart_rx_full = 0;
        if ((be & 4) && iir == UART_IIR_THRE)
            s->uart_thre_irq = 0;
        return v;
    }
    if (off == 4) {
        uint32_t lsr = 0x40 | XVM_UART_LSR_THRE | (s->uart_rx_full ? XVM_UART_LSR_DR : 0);

        return ((uint32_t)s->uart_scr << 24) | (lsr << 8) | s->uart_mcr;
    }
    return 0;
}

static void uart_write(struct iss *s, uint32_t off, uint32_t val, unsigned be)
{
    if (off == 0) {
        int dlab = (s->uart_lcr & UART_LCR_DLAB) != 0;

        if ((be & 1) && dlab) {
            s->uart_dll = (uint8_t)val;
        } else if (be & 1) {
            s->uart_thre_irq = 1;
            if (s->uart_out) {
                fputc((int)(val & 0xff), s->uart_out);
                if ((val & 0xff) == '\n')
                    fflush(s->uart_out);
            }
        }
        if ((be & 2) && dlab) {
            s->uart_dlm = (uint8_t)(val >> 8);
        } else if (be & 2) {
            if ((val & (UART_IER_THRE << 8)) && !(s->uart_ier & UART_IER_THRE))
                s->uart_thre_irq = 1;
            s->uart_ier = (uint8_t)(val >> 8);
        }
        if (be & 8)
            s->uart_lcr = (uint8_t)(val >> 24);
    } else if (off == 4) {
        if (be & 1)
            s->uart_mcr = (uint8_t)val;
        if (be & 8)
            s->uart_scr = (uint8_t)(val >> 24);
    }
}

static void finisher_write(struct iss *s, uint32_t val)
{
    int status = xvm_finisher_status(val);

    if (status >= 0) {
        s->finished = 1;
        s->exit_code = status;
    }
}

int iss_phys_exists(const struct iss *s, uint64_t addr, int fetch)
{
    if (in_ram(s, addr))
        return 1;
    if (fetch)
        return 0;
    return in_clint(addr) || in_uart(addr) || addr == XVM_FINISHER_BASE;
}

int iss_phys_read(struct iss *s, uint64_t addr, int fetch, unsigned be,
                  uint32_t *val, int *is_dev)
{
    *is_dev = 0;
    if (in_ram(s, addr)) {
        const uint8_t *p = s->ram + (addr - XVM_RAM_BASE);

        *val = (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
               ((uint32_t)p[3] << 24);
        return 0;
    }
    if (fetch)
        return -1;
    *is_dev = 1;
    if (in_clint(addr))
        *val = clint_read(s, (uint32_t)(addr - XVM_CLINT_BASE));
    else if (in_uart(addr))
        *val = uart_read(s, (uint32_t)(addr - XVM_UART_BASE), be);
    else if (addr == XVM_FINISHER_BASE)
        *val = 0;
    else
        return -1;
    return 0;
}

int iss_code_written(const struct iss *s, uint32_t off)
{
    uint32_t w = off >> 2;

    return s->lockstep && (s->code_written[w >> 6] >> (w & 63u) & 1u);
}

void iss_code_sync(struct iss *s)
{
    for (uint32_t i = 0; i < s->code_written_n; i++)
        s->code_written[s->code_written_idx[i]] = 0;
    s->code_written_n = 0;
}

static void mark_code_written(struct iss *s, uint32_t off)
{
    uint32_t w = off >> 2;
    uint64_t *m = &s->code_written[w >> 6];

    if (*m == 0)
        s->code_written_idx[s->code_written_n++] = w >> 6;
    *m |= 1ull << (w & 63u);
}

int iss_phys_write(struct iss *s, uint64_t addr, uint32_t val, unsigned be)
{
    if (in_ram(s, addr)) {
        uint8_t *p = s->ram + (addr - XVM_RAM_BASE);

        if (s->lockstep)
            mark_code_written(s, (uint32_t)(addr - XVM_RAM_BASE));

        for (unsigned i = 0; i < 4; i++)
            if (be & (1u << i))
                p[i] = (uint8_t)(val >> (8 * i));
        if (s->has_tohost && addr == (s->tohost & ~3u)) {
            uint32_t v = (uint32_t)p[0] | ((uint32_t)p[1] << 8) |
                         ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
            int status = xvm_tohost_status(v);

            if (status >= 0) {
                s->finished = 1;
                s->exit_code = status;
            }
        }
        return 0;
    }
    if (in_clint(addr))
        clint_write(s, (uint32_t)(addr - XVM_CLINT_BASE), val, be);
    else if (in_uart(addr))
        uart_write(s, (uint32_t)(addr - XVM_UART_BASE), val, be);
    else if (addr == XVM_FINISHER_BASE)
        finisher_write(s, val);
    else
        return -1;
    return 0;
}
