/* SPDX-License-Identifier: Apache-2.0 */
/* ELF32 RISC-V executable loader. Reads everything through bounds-checked
 * little-endian accessors so that no malformed file can read outside the
 * buffer; the first problem found becomes the one-line error. */
#include "xvm_elf.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "xvm_defs.h"

#define EHDR_SIZE      52u
#define PHDR_SIZE      32u
#define SHDR_SIZE      40u
#define ELFCLASS32     1
#define ELFCLASS64     2
#define ELFDATA2LSB    1
#define ELFDATA2MSB    2
#define ET_EXEC        2
#define EM_RISCV       243
#define PT_LOAD        1
#define SHT_SYMTAB     2
#define SYM_SIZE       16u

/* Files larger than this cannot be meaningful for a RAM of at most 2 GiB
 * plus debug sections, and refusing them keeps malloc bounded. */
#define FILE_SIZE_LIMIT (1ull << 31)

struct elf_buf {
    const uint8_t *p;
    size_t len;
};

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

static uint16_t rd16(const uint8_t *p)
{
    return (uint16_t)(p[0] | (p[1] << 8));
}

static uint32_t rd32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
           ((uint32_t)p[3] << 24);
}

/* True when [off, off + size) lies inside the buffer. */
static int in_file(const struct elf_buf *b, uint64_t off, uint64_t size)
{
    return off <= b->len && size <= b->len - off;
}

static int check_header(const struct elf_buf *b, char *err, size_t errlen)
{
    static const uint8_t magic[4] = { 0x7f, 'E', 'L', 'F' };
    uint16_t machine;

    if (b->len == 0)
        return fail(err, errlen, "empty file, not an ELF executable");
    if (b->len < sizeof magic || memcmp(b->p, magic, sizeof magic) != 0)
        return fail(err, errlen, "not an ELF file");
    if (b->len < 6)
        return fail(err, errlen, "truncated ELF header");
    if (b->p[4] == ELFCLASS64)
        return fail(err, errlen, "ELF64 file, expected a 32-bit (ELF32) RISC-V executable");
    if (b->p[4] != ELFCLASS32)
        return fail(err, errlen, "unknown ELF class %u", b->p[4]);
    if (b->p[5] == ELFDATA2MSB)
        return fail(err, errlen, "big-endian ELF, expected little-endian RISC-V");
    if (b->p[5] != ELFDATA2LSB)
        return fail(err, errlen, "unknown ELF data encoding %u", b->p[5]);
    if (b->len < EHDR_SIZE)
        return fail(err, errlen, "truncated ELF header (%zu of %u bytes)", b->len, EHDR_SIZE);
    machine = rd16(b->p + 18);
    if (machine != EM_RISCV)
        return fail(err, errlen, "not a RISC-V ELF (e_machine %u, expected %u)", machine,
                    EM_RISCV);
    if (rd16(b->p + 16) != ET_EXEC)
        return fail(err, errlen, "not an executable (e_type %u, expected ET_EXEC)",
                    rd16(b->p + 16));
    return 0;
}

/* Maps a virtual address inside a loadable segment to its physical address,
 * so that symbols work for programs linked with VMA != LMA. */
static uint32_t to_phys(const struct elf_buf *b, uint32_t vaddr)
{
    uint32_t phoff = rd32(b->p + 28);
    unsigned phnum = rd16(b->p + 44);
    unsigned i;

    for (i = 0; i < phnum; i++) {
        const uint8_t *ph = b->p + phoff + (size_t)i * PHDR_SIZE;
        uint32_t va = rd32(ph + 8);

        if (rd32(ph) == PT_LOAD && vaddr - va < rd32(ph + 20))
            return rd32(ph + 12) + (vaddr - va);
    }
    return vaddr;
}

struct segment {
    uint32_t off, paddr, filesz, memsz;
};

/* Reads program header i into *seg; nonzero when it is a PT_LOAD segment
 * that occupies memory. */
static int loadable(const struct elf_buf *b, uint32_t phoff, unsigned i, struct segment *seg)
{
    const uint8_t *ph = b->p + phoff + (size_t)i * PHDR_SIZE;

    seg->off = rd32(ph + 4);
    seg->paddr = rd32(ph + 12);
    seg->filesz = rd32(ph + 16);
    seg->memsz = rd32(ph + 20);
    return rd32(ph) == PT_LOAD && seg->memsz != 0;
}

static int load_segments(const struct elf_buf *b, uint32_t ram_base, uint32_t ram_size,
                         uint8_t *ram, char *err, size_t errlen)
{
    uint32_t phoff = rd32(b->p + 28);
    unsigned phentsize = rd16(b->p + 42);
    unsigned phnum = rd16(b->p + 44);
    unsigned loaded = 0;
    struct segment seg;
    unsigned i;

    if (phnum == 0)
        return fail(err, errlen, "no program headers, nothing to load");
    if (phentsize != PHDR_SIZE)
        return fail(err, errlen, "bad program header size %u (expected %u)", phentsize,
                    PHDR_SIZE);
    if (!in_file(b, phoff, (uint64_t)phnum * PHDR_SIZE))
        return fail(err, errlen, "program headers at offset 0x%x lie outside the file",
                    (unsigned)phoff);
    /* Validate every segment before writing any, so a rejected file leaves
     * the RAM untouched. */
    for (i = 0; i < phnum; i++) {
        if (!loadable(b, phoff, i, &seg))
            continue;
        if (seg.filesz > seg.memsz)
            return fail(err, errlen, "segment %u: file size 0x%x exceeds memory size 0x%x", i,
                        (unsigned)seg.filesz, (unsigned)seg.memsz);
        if (!in_file(b, seg.off, seg.filesz))
            return fail(err, errlen, "segment %u: data at offset 0x%x size 0x%x lies outside the file",
                        i, (unsigned)seg.off, (unsigned)seg.filesz);
        if (seg.paddr < ram_base || (uint64_t)(seg.paddr - ram_base) + seg.memsz > ram_size)
            return fail(err, errlen,
                        "segment %u at 0x%08x size 0x%x lies outside RAM 0x%08x-0x%08x", i,
                        (unsigned)seg.paddr, (unsigned)seg.memsz, (unsigned)ram_base,
                        (unsigned)((uint64_t)ram_base + ram_size - 1));
        loaded++;
    }
    if (loaded == 0)
        return fail(err, errlen, "no loadable segments");
    for (i = 0; i < phnum; i++) {
        if (!loadable(b, phoff, i, &seg))
            continue;
        memcpy(ram + (seg.paddr - ram_base), b->p + seg.off, seg.filesz);
        memset(ram + (seg.paddr - ram_base) + seg.filesz, 0, seg.memsz - seg.filesz);
    }
    return 0;
}

/* Finds the symbol table; *sym_len = 0 when the file has none (stripped).
 * Returns -1 only for a malformed section table. */
static int find_symtab(const struct elf_buf *b, const uint8_t **syms, size_t *sym_len,
                       const uint8_t **strs, size_t *str_len, char *err, size_t errlen)
{
    uint32_t shoff = rd32(b->p + 32);
    unsigned shentsize = rd16(b->p + 46);
    unsigned shnum = rd16(b->p + 48);
    unsigned i;

    *sym_len = 0;
    if (shnum == 0)
        return 0;
    if (shentsize != SHDR_SIZE)
        return fail(err, errlen, "bad section header size %u (expected %u)", shentsize,
                    SHDR_SIZE);
    if (!in_file(b, shoff, (uint64_t)shnum * SHDR_SIZE))
        return fail(err, errlen, "section headers at offset 0x%x lie outside the file",
                    (unsigned)shoff);
    for (i = 0; i < shnum; i++) {
        const uint8_t *sh = b->p + shoff + (size_t)i * SHDR_SIZE;
        const uint8_t *st;
        uint32_t link;

        if (rd32(sh + 4) != SHT_SYMTAB)
            continue;
        link = rd32(sh + 24);
        if (link >= shnum)
            return fail(err, errlen, "symbol table links to missing section %u",
                        (unsigned)link);
        st = b->p + shoff + (size_t)link * SHDR_SIZE;
        if (!in_file(b, rd32(sh + 16), rd32(sh + 20)) || !in_file(b, rd32(st + 16), rd32(st + 20)))
            return fail(err, errlen, "symbol table lies outside the file");
        *syms = b->p + rd32(sh + 16);
        *sym_len = rd32(sh + 20);
        *strs = b->p + rd32(st + 16);
        *str_len = rd32(st + 20);
        return 0;
    }
    return 0;
}

/* Returns 0 and the value of the named symbol, 1 when absent, -1 on a
 * malformed section table. */
static int lookup(const struct elf_buf *b, const char *name, uint32_t *value, char *err,
                  size_t errlen)
{
    const uint8_t *syms = NULL, *strs = NULL;
    size_t sym_len, str_len, namelen = strlen(name), i;

    if (find_symtab(b, &syms, &sym_len, &strs, &str_len, err, errlen) != 0)
        return -1;
    for (i = 0; i + SYM_SIZE <= sym_len; i += SYM_SIZE) {
        uint32_t st_name = rd32(syms + i);

        if (st_name < str_len && str_len - st_name > namelen &&
            memcmp(strs + st_name, name, namelen + 1) == 0) {
            *value = rd32(syms + i + 4);
            return 0;
        }
    }
    return 1;
}

int xvm_elf_load_buffer(const uint8_t *buf, size_t len, uint32_t ram_base,
                        uint32_t ram_size, uint8_t *ram,
                        struct xvm_elf_info *info, char *err, size_t errlen)
{
    struct elf_buf b = { buf, len };
    uint32_t v, begin = 0, end = 0;
    int r, has_begin, has_end;

    memset(info, 0, sizeof *info);
    if (check_header(&b, err, errlen) != 0)
        return -1;
    if (load_segments(&b, ram_base, ram_size, ram, err, errlen) != 0)
        return -1;
    info->entry = rd32(buf + 24);

    r = lookup(&b, "tohost", &v, err, errlen);
    if (r < 0)
        return -1;
    if (r == 0) {
        info->has_tohost = 1;
        info->tohost = to_phys(&b, v);
    }
    if (lookup(&b, "__stack_top", &v, err, errlen) == 0) {
        info->has_stack_top = 1;
        info->stack_top = v;
    }
    has_begin = lookup(&b, "begin_signature", &begin, err, errlen) == 0;
    has_end = lookup(&b, "end_signature", &end, err, errlen) == 0;
    if (has_begin && has_end) {
        if (end < begin)
            return fail(err, errlen, "end_signature 0x%08x is before begin_signature 0x%08x",
                        (unsigned)end, (unsigned)begin);
        info->has_signature = 1;
        info->sig_begin = to_phys(&b, begin);
        info->sig_end = info->sig_begin + (end - begin);
    }
    return 0;
}

/* Reads a whole file; returns NULL with err filled. */
static uint8_t *read_file(const char *path, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    struct stat st;
    uint8_t *buf;

    if (!f) {
        fail(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        fail(err, errlen, "%s: %s", path,
             S_ISDIR(st.st_mode) ? strerror(EISDIR) : "not a regular file");
        fclose(f);
        return NULL;
    }
    if ((unsigned long long)st.st_size > FILE_SIZE_LIMIT) {
        fail(err, errlen, "%s: file too large for an RV32 program", path);
        fclose(f);
        return NULL;
    }
    *len = (size_t)st.st_size;
    buf = malloc(*len ? *len : 1);
    if (!buf) {
        fail(err, errlen, "%s: out of memory", path);
        fclose(f);
        return NULL;
    }
    if (fread(buf, 1, *len, f) != *len) {
        fail(err, errlen, "%s: %s", path, ferror(f) ? strerror(errno) : "file shrank while read");
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    return buf;
}

int xvm_elf_load(const char *path, uint32_t ram_base, uint32_t ram_size,
                 uint8_t *ram, struct xvm_elf_info *info,
                 char *err, size_t errlen)
{
    char why[200];
    size_t len;
    uint8_t *buf = read_file(path, &len, err, errlen);
    int r;

    if (!buf)
        return -1;
    r = xvm_elf_load_buffer(buf, len, ram_base, ram_size, ram, info, why, sizeof why);
    if (r != 0)
        fail(err, errlen, "%s: %s", path, why);
    free(buf);
    return r;
}

void xvm_elf_warn(const char *prog, const char *elf, const struct xvm_elf_info *info,
                  uint32_t ram_base, uint32_t ram_size)
{
    uint64_t ram_end = (uint64_t)ram_base + ram_size;

    if (info->entry != XVM_RESET_PC)
        fprintf(stderr, "%s: %s: warning: entry point 0x%08x ignored, execution starts at 0x%08x\n",
                prog, elf, (unsigned)info->entry, (unsigned)XVM_RESET_PC);
    if (info->has_stack_top && info->stack_top > ram_end)
        fprintf(stderr, "%s: %s: warning: __stack_top 0x%08x is beyond the end of RAM 0x%08llx "
                "(--ram-size 0x%x)\n",
                prog, elf, (unsigned)info->stack_top, (unsigned long long)ram_end,
                (unsigned)ram_size);
}

int xvm_elf_symbol(const char *path, const char *name, uint32_t *value)
{
    char err[200];
    size_t len;
    uint8_t *buf = read_file(path, &len, err, sizeof err);
    struct elf_buf b = { buf, len };
    int r = -1;

    if (!buf)
        return -1;
    if (check_header(&b, err, sizeof err) == 0 && lookup(&b, name, value, err, sizeof err) == 0)
        r = 0;
    free(buf);
    return r;
}

FILE *xvm_elf_signature_open(const char *path, const char *elf,
                             const struct xvm_elf_info *info, uint32_t ram_base,
                             uint32_t ram_size, char *err, size_t errlen)
{
    FILE *f;

    if (!info->has_signature) {
        fail(err, errlen, "%s: no begin_signature/end_signature symbols for --signature", elf);
        return NULL;
    }
    if (info->sig_begin < ram_base || info->sig_end - ram_base > ram_size ||
        info->sig_begin % 4 != 0) {
        fail(err, errlen, "%s: signature 0x%08x-0x%08x is not word-aligned inside RAM", elf,
             (unsigned)info->sig_begin, (unsigned)info->sig_end);
        return NULL;
    }
    f = fopen(path, "w");
    if (!f)
        fail(err, errlen, "%s: %s", path, strerror(errno));
    return f;
}

int xvm_elf_signature_write(FILE *f, const char *path, const struct xvm_elf_info *info,
                            uint32_t ram_base, const uint8_t *ram, char *err, size_t errlen)
{
    uint32_t a;
    int bad;

    for (a = info->sig_begin; a < info->sig_end; a += 4)
        fprintf(f, "%08x\n", (unsigned)rd32(ram + (a - ram_base)));
    bad = ferror(f) ? errno : 0;
    if (fclose(f) != 0 && !bad)
        bad = errno;
    if (bad)
        return fail(err, errlen, "%s: %s", path, strerror(bad));
    return 0;
}
