/* SPDX-License-Identifier: Apache-2.0 */
/* Reading RV32 ELF executables and writing the bootable image: the
 * monitor's loadable segments plus one segment holding the guest bundle,
 * each also described by a section (objcopy -O binary, as the FPGA flow's
 * fpga/mkimage.sh uses, works from sections). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mkimage.h"

#define EHDR_SIZE   52u
#define PHDR_SIZE   32u
#define ET_EXEC     2u
#define EM_RISCV    243u
#define PT_LOAD     1u
#define PF_R        4u
#define ELFCLASS32  1u
#define ELFDATA2LSB 1u
#define SHDR_SIZE   40u
#define SHT_PROGBITS 1u
#define SHT_STRTAB  3u
#define SHT_NOBITS  8u
#define SHF_WRITE   1u
#define SHF_ALLOC   2u
#define SHF_EXECINSTR 4u
#define PF_X        1u
#define PF_W        2u

static uint32_t rd16(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static uint32_t rd32(const uint8_t *p) { return rd16(p) | rd16(p + 2) << 16; }
static void wr16(uint8_t *p, uint32_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static void wr32(uint8_t *p, uint32_t v) { wr16(p, v); wr16(p + 2, v >> 16); }

static int in_file(const struct blob *b, uint64_t off, uint64_t len)
{
    return off <= b->len && len <= b->len - off;
}

static void read_file(struct blob *b, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die(EXIT_BAD_INPUT, "%s: %s", path, strerror(errno));
    size_t cap = 1 << 16, len = 0, n;
    uint8_t *p = malloc(cap);
    while (p && (n = fread(p + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            uint8_t *q = realloc(p, cap *= 2);
            if (!q)
                free(p);
            p = q;
        }
    }
    if (!p) {
        fclose(f);
        die(EXIT_IO, "%s: out of memory", path);
    }
    int err = ferror(f) ? (errno ? errno : EIO) : 0;
    fclose(f);
    if (err) {
        free(p);
        die(EXIT_BAD_INPUT, "%s: %s", path, strerror(err));
    }
    b->p = p;
    b->len = len;
}

void elf_read(struct elf *e, const char *path)
{
    struct blob *b = &e->file;
    e->path = path;
    read_file(b, path);
    if (b->len < EHDR_SIZE || memcmp(b->p, "\177ELF", 4) != 0)
        die(EXIT_BAD_INPUT, "%s: not an ELF file", path);
    if (b->p[4] != ELFCLASS32 || b->p[5] != ELFDATA2LSB || rd16(b->p + 18) != EM_RISCV)
        die(EXIT_BAD_INPUT, "%s: not an RV32 (32-bit little-endian RISC-V) ELF file", path);
    if (rd16(b->p + 16) != ET_EXEC)
        die(EXIT_BAD_INPUT, "%s: not an executable ELF file", path);
    uint32_t phoff = rd32(b->p + 28), phentsize = rd16(b->p + 42), phnum = rd16(b->p + 44);
    if (phentsize != PHDR_SIZE || !in_file(b, phoff, (uint64_t)phnum * PHDR_SIZE))
        die(EXIT_BAD_INPUT, "%s: bad program header table", path);
    e->entry = rd32(b->p + 24);
    e->nseg = 0;
    for (uint32_t i = 0; i < phnum; i++) {
        const uint8_t *ph = b->p + phoff + (size_t)i * PHDR_SIZE;
        struct segment s = {
            .paddr = rd32(ph + 12), .vaddr = rd32(ph + 8), .filesz = rd32(ph + 16),
            .memsz = rd32(ph + 20), .flags = rd32(ph + 24), .align = rd32(ph + 28),
        };
        if (rd32(ph) != PT_LOAD || s.memsz == 0)
            continue;
        if (s.filesz > s.memsz || !in_file(b, rd32(ph + 4), s.filesz))
            die(EXIT_BAD_INPUT, "%s: segment %u lies outside the file", path, i);
        if ((uint64_t)s.paddr + s.memsz > UINT32_MAX + 1ull)
            die(EXIT_BAD_INPUT, "%s: segment %u wraps around the address space", path, i);
        if (e->nseg == MAX_SEGMENTS)
            die(EXIT_BAD_INPUT, "%s: more than %d loadable segments", path, MAX_SEGMENTS);
        s.data = b->p + rd32(ph + 4);
        e->seg[e->nseg++] = s;
    }
    if (e->nseg == 0)
        die(EXIT_BAD_INPUT, "%s: no loadable segments", path);
}

void elf_free(struct elf *e)
{
    free(e->file.p);
    e->file.p = NULL;
    e->nseg = 0;
}

static size_t align4(size_t n) { return (n + 3) & ~(size_t)3; }

/* Section names: "" then ".shstrtab", then ".loadNN" for segment NN. */
#define SHSTRTAB_NAME 1u
#define LOAD_NAME(i)  (11u + 8u * (i))

static void write_section(uint8_t *sh, uint32_t name, uint32_t type, uint32_t flags,
                          uint32_t addr, uint32_t off, uint32_t size, uint32_t align)
{
    wr32(sh, name);
    wr32(sh + 4, type);
    wr32(sh + 8, flags);
    wr32(sh + 12, addr);
    wr32(sh + 16, off);
    wr32(sh + 20, size);
    wr32(sh + 32, align);
}

void write_image(const char *out, const struct elf *monitor, const struct blob *bundle,
                 uint32_t bundle_addr)
{
    unsigned nph = monitor->nseg + 1;
    size_t size = EHDR_SIZE + (size_t)nph * PHDR_SIZE;
    for (unsigned i = 0; i < monitor->nseg; i++)
        size = align4(size) + monitor->seg[i].filesz;
    size = align4(size) + bundle->len;
    size_t strtab_off = size, strtab_len = LOAD_NAME(nph);
    size_t sh_off = align4(strtab_off + strtab_len);
    unsigned nsh = nph + 2;
    size = sh_off + (size_t)nsh * SHDR_SIZE;
    uint8_t *img = calloc(1, size);
    if (!img)
        die(EXIT_IO, "out of memory");

    memcpy(img, "\177ELF", 4);
    img[4] = ELFCLASS32;
    img[5] = ELFDATA2LSB;
    img[6] = 1;                                 /* EI_VERSION */
    wr16(img + 16, ET_EXEC);
    wr16(img + 18, EM_RISCV);
    wr32(img + 20, 1);
    wr32(img + 24, monitor->entry);
    wr32(img + 28, EHDR_SIZE);
    wr16(img + 40, EHDR_SIZE);
    wr16(img + 42, PHDR_SIZE);
    wr16(img + 44, nph);
    wr32(img + 32, (uint32_t)sh_off);
    wr16(img + 46, SHDR_SIZE);
    wr16(img + 48, nsh);
    wr16(img + 50, nsh - 1);                    /* e_shstrndx */
    memcpy(img + strtab_off + SHSTRTAB_NAME, ".shstrtab", 10);

    size_t off = EHDR_SIZE + (size_t)nph * PHDR_SIZE;
    for (unsigned i = 0; i < nph; i++) {
        const struct segment *s = i < monitor->nseg ? &monitor->seg[i] : NULL;
        struct segment b = {.paddr = bundle_addr, .vaddr = bundle_addr, .filesz = (uint32_t)bundle->len,
                            .memsz = (uint32_t)bundle->len, .flags = PF_R, .align = 4, .data = bundle->p};
        if (!s)
            s = &b;
        uint8_t *ph = img + EHDR_SIZE + (size_t)i * PHDR_SIZE;
        off = align4(off);
        wr32(ph, PT_LOAD);
        wr32(ph + 4, (uint32_t)off);
        wr32(ph + 8, s->vaddr);
        wr32(ph + 12, s->paddr);
        wr32(ph + 16, s->filesz);
        wr32(ph + 20, s->memsz);
        wr32(ph + 24, s->flags);
        wr32(ph + 28, s->align);
        memcpy(img + off, s->data, s->filesz);
        char *name = (char *)img + strtab_off + LOAD_NAME(i);
        memcpy(name, ".load", 5);
        name[5] = (char)('0' + i / 10);         /* i <= MAX_SEGMENTS */
        name[6] = (char)('0' + i % 10);
        write_section(img + sh_off + (size_t)(i + 1) * SHDR_SIZE, LOAD_NAME(i),
                      s->filesz ? SHT_PROGBITS : SHT_NOBITS,
                      SHF_ALLOC | (s->flags & PF_W ? SHF_WRITE : 0) | (s->flags & PF_X ? SHF_EXECINSTR : 0),
                      s->vaddr, (uint32_t)off, s->filesz ? s->filesz : s->memsz, 4);
        off += s->filesz;
    }
    write_section(img + sh_off + (size_t)(nsh - 1) * SHDR_SIZE, SHSTRTAB_NAME, SHT_STRTAB, 0, 0,
                  (uint32_t)strtab_off, (uint32_t)strtab_len, 1);

    size_t tmp_len = strlen(out) + 5;
    char *tmp = malloc(tmp_len);
    if (!tmp)
        die(EXIT_IO, "out of memory");
    snprintf(tmp, tmp_len, "%s.tmp", out);
    FILE *f = fopen(tmp, "wb");
    if (!f)
        die(EXIT_IO, "%s: %s", tmp, strerror(errno));
    const char *failed = fwrite(img, 1, size, f) != size ? tmp : NULL;
    int err = errno;
    if (fclose(f) != 0 && !failed) {
        failed = tmp;
        err = errno;
    }
    if (!failed && rename(tmp, out) != 0) {
        failed = out;
        err = errno;
    }
    if (failed) {
        remove(tmp);
        die(EXIT_IO, "%s: %s", failed, strerror(err));
    }
    free(tmp);
    free(img);
}
