/* SPDX-License-Identifier: Apache-2.0 */
/* The random instruction stream generator (tests/rig/): shared pieces. */
#ifndef RIG_H
#define RIG_H

#include <stdint.h>
#include <stdio.h>

/* Physical layout of a generated program (all inside the first MiB of RAM
 * except the page tables and the handlers' save areas). */
#define RIG_DATA_PA   0x800F0000u   /* 4 data pages */
#define RIG_DATA_PAGES 4u
#define RIG_ALIAS_S   0x00000000u   /* S alias of the first MiB of RAM (U=0) */
#define RIG_ALIAS_U   0x00400000u   /* U alias of the first MiB of RAM (U=1) */
#define RIG_DEV_VA    0x00300000u   /* S alias page mapped onto the CLINT's mtime page */
#define RIG_HOLE_VA   0x00301000u   /* S alias page mapped onto no device */
#define RIG_NONLEAF_VA 0x00302000u  /* level-0 PTE without R/W/X: page fault */
#define RIG_BADSUPER_VA 0x00800000u /* misaligned 4 MiB superpage: page fault */
#define RIG_BADTABLE_VA 0x00c00000u /* level-1 PTE pointing at no device: access fault */
#define RIG_PT_ROOT   0x80800000u
#define RIG_PT_S      0x80801000u
#define RIG_PT_U      0x80802000u
#define RIG_S_SAVE    0x80810000u
#define RIG_M_SAVE    0x80820000u
#define RIG_ALIAS_PAGES 256u       /* the first MiB */

struct rig_rng {
    uint64_t s;
};

static inline uint64_t rig_next(struct rig_rng *r)
{
    /* xorshift64*: small, fast, and the same on every host */
    r->s ^= r->s >> 12;
    r->s ^= r->s << 25;
    r->s ^= r->s >> 27;
    return r->s * 2685821657736338717ull;
}

static inline uint32_t rig_u32(struct rig_rng *r)
{
    return (uint32_t)(rig_next(r) >> 32);
}

/* Uniform in [0, n). */
static inline uint32_t rig_below(struct rig_rng *r, uint32_t n)
{
    return (uint32_t)(((rig_next(r) >> 32) * (uint64_t)n) >> 32);
}

/* 1 with probability pct percent. */
static inline int rig_pct(struct rig_rng *r, unsigned pct)
{
    return rig_below(r, 100) < pct;
}

/* The program-wide choices that the fixed framework depends on. */
struct rig_config {
    uint32_t medeleg, mideleg, mie, mcounteren, scounteren;
    int stce;
    uint32_t id_flags;                 /* identity megapages */
    uint16_t s_flags[RIG_ALIAS_PAGES]; /* PTE flags of the S alias pages */
    uint16_t u_flags[RIG_ALIAS_PAGES]; /* and of the U alias pages */
};

void rig_config_random(struct rig_rng *r, struct rig_config *c);
/* PTE flags for an alias page: data or code, in the U or the S alias. */
uint32_t rig_flags_random(struct rig_rng *r, int data, int user);
/* Boot code (page tables, CSRs), then a jump to the label `seg_1`. */
void rig_emit_boot(FILE *f, const struct rig_config *c, struct rig_rng *r);
/* The M and S trap handlers. */
void rig_emit_handlers(FILE *f, const struct rig_config *c);
/* The PTE flag tables the boot code copies into the page tables. */
void rig_emit_tables(FILE *f, const struct rig_config *c);

#endif
