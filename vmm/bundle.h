/* SPDX-License-Identifier: Apache-2.0 */
/* The guest bundle: what build/xvm-mkimage adds to a monitor image built
 * without guests, at the monitor's end (__vmm_end, page aligned). Shared by
 * the tool (host) and the monitor, which re-validates every field before
 * use. All fields are little-endian 32-bit words; offsets count from the
 * bundle's start. */
#ifndef VMM_BUNDLE_H
#define VMM_BUNDLE_H

/* The monitor's build parameters, words 1..5 of its image (entry.S jumps
 * over them), so that xvm-mkimage fits the bundle to the monitor at hand. */
#define MONITOR_INFO_MAGIC 0x494D5658u  /* "XVMI" */
#define MONITOR_INFO_OFF   4u

#ifndef __ASSEMBLER__
#include <stdint.h>

struct monitor_info {
    uint32_t magic;
    uint32_t end;                   /* __vmm_end: where the bundle goes */
    uint32_t ram_limit;             /* RAM the monitor may use, from XVM_RAM_BASE */
    uint32_t max_guests;            /* VMM_MAX_GUESTS */
    uint32_t shadow_pool;           /* VMM_SHADOW_POOL: level-0 tables per guest */
};

#define BUNDLE_MAGIC    0x424D5658u     /* "XVMB" */
#define BUNDLE_VERSION  1u
#define BUNDLE_NAME_MAX 16u             /* including the terminating NUL */
#define BUNDLE_GATE     1u              /* flags: the paravirtual gate is mapped */
#define BUNDLE_WEIGHT_MAX 16u
/* Smallest guest RAM: the kernel, its device tree and a page table. */
#define BUNDLE_MEM_MIN  0x4000u

struct bundle_guest {
    char name[BUNDLE_NAME_MAX];     /* console name */
    uint32_t mem_size;              /* guest RAM, a multiple of 4 KiB */
    uint32_t weight;                /* time slices per turn, 1..BUNDLE_WEIGHT_MAX */
    uint32_t flags;                 /* BUNDLE_GATE */
    uint32_t expect;                /* enum guest_expect: outcome the run requires */
    uint32_t entry;                 /* guest physical entry point */
    uint32_t load_off;              /* where the image goes, from guest RAM's start */
    uint32_t image_off, image_size; /* the segments' file bytes, flattened */
    uint32_t fdt_off, fdt_size;     /* the device tree blob */
    uint32_t span;                  /* the segments' extent with their zero-filled
                                       tails (bss), from load_off; >= image_size */
};

struct bundle_header {
    uint32_t magic, version;
    uint32_t size;                  /* the whole bundle, header included */
    uint32_t ram_size;              /* RAM the image needs, from XVM_RAM_BASE */
    uint32_t count;                 /* guests that follow */
    struct bundle_guest guests[];
};
#endif

#endif
