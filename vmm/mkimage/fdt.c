/* SPDX-License-Identifier: Apache-2.0 */
/* The device tree a guest receives in a1 (docs/guest-platform.md, "Entry"),
 * written with libfdt's sequential-write interface: by xvm-mkimage, and by
 * xvm-mkdtb for the images the build links guests into. */
#include <stdio.h>
#include <stdlib.h>
#include <libfdt.h>
#include "mkimage.h"
#include "vmm.h"

#define FDT_BUF_SIZE   4096
/* For Linux: the SBI console, from the first line. */
#define GUEST_BOOTARGS "console=hvc0 earlycon=sbi"

static void check(int r, const char *what)
{
    if (r < 0)
        die(EXIT_IO, "libfdt: %s: %s", what, fdt_strerror(r));
}

void fdt_build(struct blob *b, uint32_t mem_size, const char *console, uint32_t timebase)
{
    void *t = calloc(1, FDT_BUF_SIZE);
    fdt32_t reg[2] = {cpu_to_fdt32(VMM_GUEST_RAM_BASE), cpu_to_fdt32(mem_size)};
    if (!t)
        die(EXIT_IO, "out of memory");
    check(fdt_create(t, FDT_BUF_SIZE), "create");
    check(fdt_finish_reservemap(t), "reserve map");
    check(fdt_begin_node(t, ""), "root");
    check(fdt_property_u32(t, "#address-cells", 1), "root");
    check(fdt_property_u32(t, "#size-cells", 1), "root");
    check(fdt_property_string(t, "model", "xvm,guest"), "root");
    check(fdt_property_string(t, "compatible", "xvm,guest"), "root");

    check(fdt_begin_node(t, "chosen"), "chosen");
    check(fdt_property_string(t, "stdout-path", "/console"), "chosen");
    check(fdt_property_string(t, "bootargs", GUEST_BOOTARGS), "chosen");
    check(fdt_end_node(t), "chosen");

    check(fdt_begin_node(t, "cpus"), "cpus");
    check(fdt_property_u32(t, "#address-cells", 1), "cpus");
    check(fdt_property_u32(t, "#size-cells", 0), "cpus");
    check(fdt_property_u32(t, "timebase-frequency", timebase), "cpus");
    check(fdt_begin_node(t, "cpu@0"), "cpu");
    check(fdt_property_string(t, "device_type", "cpu"), "cpu");
    check(fdt_property_u32(t, "reg", 0), "cpu");
    check(fdt_property_string(t, "compatible", "riscv"), "cpu");
    check(fdt_property_string(t, "riscv,isa", "rv32ima_zicsr_zifencei"), "cpu");
    check(fdt_property_string(t, "mmu-type", "riscv,sv32"), "cpu");
    check(fdt_property_string(t, "status", "okay"), "cpu");
    check(fdt_begin_node(t, "interrupt-controller"), "cpu-intc");
    check(fdt_property_u32(t, "#interrupt-cells", 1), "cpu-intc");
    check(fdt_property(t, "interrupt-controller", NULL, 0), "cpu-intc");
    check(fdt_property_string(t, "compatible", "riscv,cpu-intc"), "cpu-intc");
    check(fdt_end_node(t), "cpu-intc");
    check(fdt_end_node(t), "cpu");
    check(fdt_end_node(t), "cpus");

    char memory[24];
    snprintf(memory, sizeof memory, "memory@%x", (unsigned)VMM_GUEST_RAM_BASE);
    check(fdt_begin_node(t, memory), "memory");
    check(fdt_property_string(t, "device_type", "memory"), "memory");
    check(fdt_property(t, "reg", reg, sizeof reg), "memory");
    check(fdt_end_node(t), "memory");

    check(fdt_begin_node(t, "console"), "console");
    check(fdt_property_string(t, "compatible", "xvm,sbi-console"), "console");
    check(fdt_property_string(t, "label", console), "console");
    check(fdt_end_node(t), "console");

    check(fdt_end_node(t), "root");
    check(fdt_finish(t), "finish");
    b->p = t;
    b->len = fdt_totalsize(t);
}
