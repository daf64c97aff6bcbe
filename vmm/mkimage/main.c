/* SPDX-License-Identifier: Apache-2.0 */
/* xvm-mkimage -o OUT.elf [--monitor MONITOR.elf] --guest KERNEL.elf[,OPT=VAL...] ...
 * Checks every guest against docs/guest-platform.md, builds each guest's
 * device tree and writes a bootable image: the monitor plus the guest
 * bundle of vmm/bundle.h at the monitor's end, sized to the monitor's
 * build parameters (its struct monitor_info). Bad input: one line on
 * stderr ("xvm-mkimage: FILE: reason"), exit status 2, no output file. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "mkimage.h"
#include "vmm.h"
#include "bundle.h"
#include "layout.h"

#define DEFAULT_MEM  0x400000u
/* The device tree's timebase-frequency (GUEST_TIMEBASE_DEFAULT unless
 * given). In the simulators time advances once per cycle, so the figure
 * only sets a guest's idea of the clock: Linux ticks every timebase/100. */
#define TIMEBASE_MIN     1000u
#define TIMEBASE_MAX     1000000000u
#define MAX_GUESTS   64u            /* on the command line; the monitor's limit is checked later */
/* Guest RAM ends at the top of the guest space (R11). */
#define GUEST_RAM_MAX (VMM_VA_LIMIT + 1u - VMM_GUEST_RAM_BASE)
#define MONITOR_PAGES 2u            /* the device table and the fixed words */

const char die_prog[] = "xvm-mkimage";

static uint32_t align_up(uint32_t n, uint32_t a) { return (n + a - 1) & ~(a - 1); }

#define USAGE "xvm-mkimage -o OUT.elf [--monitor MONITOR.elf] " \
    "--guest KERNEL.elf[,mem=SIZE][,weight=N][,name=NAME][,gate=on|off][,expect=ok|fail|stop][,timebase=HZ] ..."

static void usage(void)
{
    die(EXIT_BAD_INPUT, "usage: " USAGE " (--help explains the options)");
}

static void help(void)
{
    printf("usage: " USAGE "\n"
           "\n"
           "Builds a bootable image: the monitor plus the guest kernels, each checked\n"
           "against docs/guest-platform.md and given its device tree.\n"
           "\n"
           "  -o OUT.elf            the image to write (must not be one of the inputs)\n"
           "  --monitor MONITOR.elf a monitor built without guests (default %s)\n"
           "  --guest KERNEL.elf[,OPT=VAL...]\n"
           "                        an S-mode RV32 kernel linked for guest RAM at 0x%08x;\n"
           "                        once per guest, up to the monitor's guest limit\n"
           "  -h, --help            this text\n"
           "\n"
           "Guest options, each at most once:\n"
           "  mem=SIZE              guest RAM: bytes, or with a K or M suffix; a multiple\n"
           "                        of 4K, at least %uK (default %uM)\n"
           "  weight=N              time slices per turn, 1..%u (default 1)\n"
           "  name=NAME             console name, 1..%u of [A-Za-z0-9._-] (default the\n"
           "                        file name up to its first '.')\n"
           "  gate=on|off           map the paravirtual gate page (default on)\n"
           "  expect=ok|fail|stop   the outcome the run requires: exit status 0, a failure\n"
           "                        status, or stopped by the monitor (default ok)\n"
           "  timebase=HZ           the timer frequency the guest's device tree states,\n"
           "                        %u..%u (default %u)\n"
           "\n"
           "Exit status: 0 image written, 1 I/O error, 2 bad input (one line on stderr).\n",
           XVM_MKIMAGE_MONITOR, VMM_GUEST_RAM_BASE, BUNDLE_MEM_MIN >> 10, DEFAULT_MEM >> 20,
           BUNDLE_WEIGHT_MAX, BUNDLE_NAME_MAX - 1, TIMEBASE_MIN, TIMEBASE_MAX, GUEST_TIMEBASE_DEFAULT);
    exit(0);
}

static uint32_t parse_size(const char *v, const char *spec)
{
    char *end;
    unsigned shift = 0;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 0);
    if (end == v || *v == '-' || errno)
        die(EXIT_BAD_INPUT, "%s: bad size '%s': bytes, or with a K or M suffix", spec, v);
    if (*end == 'K' || *end == 'k')
        shift = 10, end++;
    else if (*end == 'M' || *end == 'm')
        shift = 20, end++;
    /* The largest monitor has XVM_RAM_SIZE_DEFAULT (16M) of RAM: a G
     * suffix could never fit. */
    if (*end != 0)
        die(EXIT_BAD_INPUT, "%s: bad size '%s': bytes, or with a K or M suffix", spec, v);
    if (n > (GUEST_RAM_MAX >> shift))
        die(EXIT_BAD_INPUT, "%s: size '%s' is larger than guest RAM can be (%uM)", spec, v,
            GUEST_RAM_MAX >> 20);
    n <<= shift;
    if (n % XVM_PAGE_SIZE || n < BUNDLE_MEM_MIN)
        die(EXIT_BAD_INPUT, "%s: mem must be a multiple of 4K and at least %uK", spec,
            BUNDLE_MEM_MIN >> 10);
    return (uint32_t)n;
}

static int name_ok(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n >= BUNDLE_NAME_MAX)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
              *s == '-' || *s == '_' || *s == '.'))
            return 0;
    return 1;
}

static void default_name(struct guest_opt *g)
{
    const char *base = strrchr(g->path, '/');
    base = base ? base + 1 : g->path;
    size_t n = strcspn(base, ".");
    if (n >= BUNDLE_NAME_MAX)
        n = BUNDLE_NAME_MAX - 1;
    memcpy(g->name, base, n);
    g->name[n] = 0;
    if (!name_ok(g->name))
        snprintf(g->name, sizeof g->name, "guest");
}

enum { OPT_MEM = 1, OPT_WEIGHT = 2, OPT_NAME = 4, OPT_GATE = 8, OPT_EXPECT = 16, OPT_TIMEBASE = 32 };

static unsigned option_bit(const char *path, const char *opt)
{
    static const struct { const char *name; unsigned bit; } opts[] = {
        {"mem", OPT_MEM}, {"weight", OPT_WEIGHT}, {"name", OPT_NAME},
        {"gate", OPT_GATE}, {"expect", OPT_EXPECT}, {"timebase", OPT_TIMEBASE},
    };
    for (unsigned i = 0; i < sizeof opts / sizeof opts[0]; i++)
        if (!strcmp(opt, opts[i].name))
            return opts[i].bit;
    die(EXIT_BAD_INPUT, "%s: unknown option '%s'", path, opt);
}

/* spec is "PATH[,OPT=VAL...]"; it is modified in place. Empty fields are
 * refused rather than skipped: "k.elf,,mem=1M" is more likely a typo than
 * a request. */
static void parse_guest(struct guest_opt *g, char *spec)
{
    char *path = spec, *next = strchr(spec, ',');
    unsigned seen = 0;
    if (next)
        *next++ = 0;
    if (*path == 0)
        die(EXIT_BAD_INPUT, "--guest: no kernel file before the options");
    *g = (struct guest_opt){.path = path, .mem_size = DEFAULT_MEM, .weight = 1, .gate = 1,
                            .expect = 0, .timebase = GUEST_TIMEBASE_DEFAULT};
    default_name(g);
    while (next) {
        char *opt = next;
        next = strchr(opt, ',');
        if (next)
            *next++ = 0;
        if (*opt == 0)
            die(EXIT_BAD_INPUT, "%s: empty option (two commas, or a comma at the end)", path);
        char *v = strchr(opt, '=');
        if (!v)
            die(EXIT_BAD_INPUT, "%s: option '%s' needs a value", path, opt);
        *v++ = 0;
        unsigned bit = option_bit(path, opt);
        if (seen & bit)
            die(EXIT_BAD_INPUT, "%s: option '%s' given twice", path, opt);
        seen |= bit;
        if (bit == OPT_MEM) {
            g->mem_size = parse_size(v, path);
        } else if (bit == OPT_WEIGHT) {
            char *end;
            unsigned long w = strtoul(v, &end, 10);
            if (*v == 0 || *end || w == 0 || w > BUNDLE_WEIGHT_MAX)
                die(EXIT_BAD_INPUT, "%s: weight must be 1..%u", path, BUNDLE_WEIGHT_MAX);
            g->weight = (uint32_t)w;
        } else if (bit == OPT_NAME) {
            if (!name_ok(v))
                die(EXIT_BAD_INPUT, "%s: name must be 1..%u of [A-Za-z0-9._-]", path,
                    BUNDLE_NAME_MAX - 1);
            strcpy(g->name, v);
        } else if (bit == OPT_GATE) {
            if (strcmp(v, "on") && strcmp(v, "off"))
                die(EXIT_BAD_INPUT, "%s: gate must be on or off", path);
            g->gate = !strcmp(v, "on");
        } else if (bit == OPT_TIMEBASE) {
            char *end;
            unsigned long t = strtoul(v, &end, 10);
            if (*v == 0 || *end || t < TIMEBASE_MIN || t > TIMEBASE_MAX)
                die(EXIT_BAD_INPUT, "%s: timebase must be %u..%u (Hz)", path, TIMEBASE_MIN,
                    TIMEBASE_MAX);
            g->timebase = (uint32_t)t;
        } else {
            if (!strcmp(v, "ok"))
                g->expect = EXPECT_OK;
            else if (!strcmp(v, "stop"))
                g->expect = EXPECT_STOP;
            else if (!strcmp(v, "fail"))
                g->expect = EXPECT_FAIL;
            else
                die(EXIT_BAD_INPUT, "%s: expect must be ok, fail or stop", path);
        }
    }
}

/* The image is written to OUT.tmp and renamed to OUT: neither may be an
 * input, which the write or the rename would destroy. Names can differ
 * for one file (links, "./"), so files are compared by device and inode. */
static void check_not_input(const char *out, const char *file, const char *in, const char *what)
{
    struct stat so, si;
    if (stat(file, &so) != 0 || stat(in, &si) != 0 || so.st_dev != si.st_dev ||
        so.st_ino != si.st_ino)
        return;
    if (file == out)
        die(EXIT_BAD_INPUT, "%s: the output would overwrite the %s %s", out, what, in);
    die(EXIT_BAD_INPUT, "%s: the output's temporary file %s would overwrite the %s %s", out, file,
        what, in);
}

static void check_output(const char *out, const char *monitor, const struct guest_opt *g,
                         unsigned n)
{
    size_t len = strlen(out) + sizeof ".tmp";
    char *tmp = malloc(len);
    if (!tmp)
        die(EXIT_IO, "out of memory");
    snprintf(tmp, len, "%s.tmp", out);
    const char *files[2] = {out, tmp};
    for (unsigned k = 0; k < 2; k++) {
        check_not_input(out, files[k], monitor, "monitor");
        for (unsigned i = 0; i < n; i++)
            check_not_input(out, files[k], g[i].path, "guest kernel");
    }
    free(tmp);
}

/* The guest's segments must lie in its RAM and not overlap; they become
 * one flat image from the lowest address to the last non-zero byte (guest
 * RAM starts zeroed, so trailing zeros need no room in the bundle); the
 * device tree goes above the extent with bss. */
static void check_guest(struct guest_opt *g)
{
    struct elf *e = &g->elf;
    uint32_t lo = UINT32_MAX, hi = 0, data_hi = 0, entry_ok = 0;
    elf_read(e, g->path);
    for (unsigned i = 0; i < e->nseg; i++) {
        const struct segment *s = &e->seg[i];
        if (s->paddr < VMM_GUEST_RAM_BASE || s->paddr - VMM_GUEST_RAM_BASE > g->mem_size ||
            s->memsz > g->mem_size - (s->paddr - VMM_GUEST_RAM_BASE))
            die(EXIT_BAD_INPUT, "%s: segment at 0x%08x size 0x%x lies outside guest RAM 0x%08x-0x%08x",
                g->path, s->paddr, s->memsz, VMM_GUEST_RAM_BASE, VMM_GUEST_RAM_BASE + g->mem_size - 1);
        for (unsigned j = 0; j < i; j++) {
            const struct segment *t = &e->seg[j];
            if (s->paddr < t->paddr + t->memsz && t->paddr < s->paddr + s->memsz)
                die(EXIT_BAD_INPUT, "%s: segments at 0x%08x and 0x%08x overlap", g->path,
                    t->paddr, s->paddr);
        }
        if (s->paddr < lo)
            lo = s->paddr;
        if (s->paddr + s->memsz > hi)
            hi = s->paddr + s->memsz;
        uint32_t nz = s->filesz;
        while (nz && s->data[nz - 1] == 0)
            nz--;
        if (nz && s->paddr + nz > data_hi)
            data_hi = s->paddr + nz;
        if (e->entry >= s->paddr && e->entry - s->paddr < s->memsz)
            entry_ok = 1;
    }
    if (!entry_ok || e->entry % 4)
        die(EXIT_BAD_INPUT, "%s: entry point 0x%08x is not in a loaded segment", g->path, e->entry);
    g->load_off = lo - VMM_GUEST_RAM_BASE;
    g->span = hi - lo;
    g->image_size = data_hi > lo ? data_hi - lo : 0;
    fdt_build(&g->fdt, g->mem_size, g->name, g->timebase);
    if (g->fdt.len > g->mem_size - (g->load_off + g->span) ||
        ((g->mem_size - g->fdt.len) & ~(size_t)(VMM_FDT_ALIGN - 1)) < g->load_off + g->span)
        die(EXIT_BAD_INPUT, "%s: no room for the %zu-byte device tree above the kernel in mem=%uK",
            g->path, g->fdt.len, g->mem_size >> 10);
}

static void put_name(uint8_t *p, const char *name)
{
    memset(p, 0, BUNDLE_NAME_MAX);
    memcpy(p, name, strlen(name));
}

static void put32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

/* The parameters of the monitor image: words after its first instruction,
 * at FW_MONITOR_BASE. */
static void monitor_info(const struct elf *m, struct monitor_info *info)
{
    const uint32_t at = FW_MONITOR_BASE + MONITOR_INFO_OFF;
    uint32_t w[sizeof *info / 4];
    for (unsigned i = 0; i < m->nseg; i++) {
        const struct segment *s = &m->seg[i];
        if (at >= s->paddr && s->filesz >= sizeof w && at - s->paddr <= s->filesz - sizeof w) {
            const uint8_t *p = s->data + (at - s->paddr);
            for (unsigned k = 0; k < sizeof w / 4; k++)
                w[k] = (uint32_t)p[4 * k] | (uint32_t)p[4 * k + 1] << 8 |
                       (uint32_t)p[4 * k + 2] << 16 | (uint32_t)p[4 * k + 3] << 24;
            *info = (struct monitor_info){w[0], w[1], w[2], w[3], w[4]};
            if (info->magic == MONITOR_INFO_MAGIC && info->end % XVM_PAGE_SIZE == 0 &&
                info->end > XVM_RAM_BASE && info->ram_limit <= MONITOR_RAM_MAX &&
                info->end - XVM_RAM_BASE < info->ram_limit)
                return;
        }
    }
    die(EXIT_BAD_INPUT, "%s: not an Xvm monitor image", m->path);
}

static void build_bundle(struct blob *b, struct guest_opt *g, unsigned n,
                         const struct monitor_info *mon, const char *monitor_path)
{
    uint32_t size = (uint32_t)(sizeof(struct bundle_header) + n * sizeof(struct bundle_guest));
    uint32_t image_off[MAX_GUESTS], fdt_off[MAX_GUESTS];
    for (unsigned i = 0; i < n; i++) {
        image_off[i] = size = align_up(size, 16);
        size += g[i].image_size;
        fdt_off[i] = size = align_up(size, VMM_FDT_ALIGN);
        size += (uint32_t)g[i].fdt.len;
    }
    size = align_up(size, 4);
    uint64_t ram = align_up(mon->end - XVM_RAM_BASE + size, XVM_PAGE_SIZE) +
                   MONITOR_PAGES * XVM_PAGE_SIZE;
    for (unsigned i = 0; i < n; i++)
        ram += g[i].mem_size + (1 + (uint64_t)mon->shadow_pool) * XVM_PAGE_SIZE;
    if (ram > mon->ram_limit)
        die(EXIT_BAD_INPUT, "%s: the guests need %lluK of RAM with the monitor, which has %uK",
            monitor_path, (unsigned long long)(ram >> 10), mon->ram_limit >> 10);

    uint8_t *p = calloc(1, size);
    if (!p)
        die(EXIT_IO, "out of memory");
    put32(p + offsetof(struct bundle_header, magic), BUNDLE_MAGIC);
    put32(p + offsetof(struct bundle_header, version), BUNDLE_VERSION);
    put32(p + offsetof(struct bundle_header, size), size);
    put32(p + offsetof(struct bundle_header, ram_size), mon->ram_limit);
    put32(p + offsetof(struct bundle_header, count), n);
    for (unsigned i = 0; i < n; i++) {
        uint8_t *d = p + sizeof(struct bundle_header) + i * sizeof(struct bundle_guest);
        put_name(d + offsetof(struct bundle_guest, name), g[i].name);
        put32(d + offsetof(struct bundle_guest, mem_size), g[i].mem_size);
        put32(d + offsetof(struct bundle_guest, weight), g[i].weight);
        put32(d + offsetof(struct bundle_guest, flags), g[i].gate ? BUNDLE_GATE : 0);
        put32(d + offsetof(struct bundle_guest, expect), g[i].expect);
        put32(d + offsetof(struct bundle_guest, entry), g[i].elf.entry);
        put32(d + offsetof(struct bundle_guest, load_off), g[i].load_off);
        put32(d + offsetof(struct bundle_guest, image_off), image_off[i]);
        put32(d + offsetof(struct bundle_guest, image_size), g[i].image_size);
        put32(d + offsetof(struct bundle_guest, fdt_off), fdt_off[i]);
        put32(d + offsetof(struct bundle_guest, fdt_size), (uint32_t)g[i].fdt.len);
        put32(d + offsetof(struct bundle_guest, span), g[i].span);
        const struct elf *e = &g[i].elf;
        for (unsigned k = 0; k < e->nseg; k++) {
            uint32_t at = e->seg[k].paddr - VMM_GUEST_RAM_BASE - g[i].load_off;
            uint32_t n = e->seg[k].filesz;
            if (at >= g[i].image_size)
                continue;
            if (n > g[i].image_size - at)
                n = g[i].image_size - at;
            memcpy(p + image_off[i] + at, e->seg[k].data, n);
        }
        memcpy(p + fdt_off[i], g[i].fdt.p, g[i].fdt.len);
    }
    b->p = p;
    b->len = size;
}

static void set_once(const char **slot, const char *opt, const char *value)
{
    if (*slot)
        die(EXIT_BAD_INPUT, "%s given twice", opt);
    *slot = value;
}

int main(int argc, char **argv)
{
    const char *out = NULL, *monitor_path = NULL;
    static struct guest_opt guests[MAX_GUESTS];
    unsigned n = 0;

    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
            help();
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (i + 1 >= argc)
            usage();
        if (!strcmp(a, "-o")) {
            set_once(&out, a, argv[++i]);
        } else if (!strcmp(a, "--monitor")) {
            set_once(&monitor_path, a, argv[++i]);
        } else if (!strcmp(a, "--guest")) {
            if (n == MAX_GUESTS)
                die(EXIT_BAD_INPUT, "more than %u guests", MAX_GUESTS);
            parse_guest(&guests[n++], argv[++i]);
        } else {
            usage();
        }
    }
    if (!out || n == 0)
        usage();
    if (!monitor_path)
        monitor_path = XVM_MKIMAGE_MONITOR;
    check_output(out, monitor_path, guests, n);
    static struct elf monitor;
    struct monitor_info mon;
    elf_read(&monitor, monitor_path);
    monitor_info(&monitor, &mon);
    for (unsigned i = 0; i < monitor.nseg; i++)
        if (monitor.seg[i].paddr + monitor.seg[i].memsz > mon.end)
            die(EXIT_BAD_INPUT, "%s: segment at 0x%08x reaches past the monitor's end 0x%08x",
                monitor_path, monitor.seg[i].paddr, mon.end);
    if (n > mon.max_guests)
        die(EXIT_BAD_INPUT, "%s: %u guests, but the monitor supports at most %u", monitor_path, n,
            mon.max_guests);
    for (unsigned i = 0; i < n; i++)
        check_guest(&guests[i]);

    struct blob bundle;
    build_bundle(&bundle, guests, n, &mon, monitor_path);
    write_image(out, &monitor, &bundle, mon.end);
    free(bundle.p);
    elf_free(&monitor);
    for (unsigned i = 0; i < n; i++) {
        elf_free(&guests[i].elf);
        free(guests[i].fdt.p);
    }
    return 0;
}
