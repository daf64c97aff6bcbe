/* The guest bundle: what build/xvm-mkimage adds to a monitor image built
 * without guests, at FW_BUNDLE_BASE. Shared by the tool (host) and the
 * monitor, which re-validates every field before use. All fields are
 * little-endian 32-bit words; offsets count from the bundle's start. */
#ifndef VMM_BUNDLE_H
#define VMM_BUNDLE_H

#include <stdint.h>

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
    uint32_t image_off, image_size; /* the loaded segments, flattened */
    uint32_t fdt_off, fdt_size;     /* the device tree blob */
};

struct bundle_header {
    uint32_t magic, version;
    uint32_t size;                  /* the whole bundle, header included */
    uint32_t ram_size;              /* RAM the image needs, from XVM_RAM_BASE */
    uint32_t count;                 /* guests that follow */
    struct bundle_guest guests[];
};

#endif
