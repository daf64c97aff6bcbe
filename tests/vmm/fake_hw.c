/* SPDX-License-Identifier: Apache-2.0 */
/* Host stand-in for the monitor's hardware interface (vmm/hw.c): a block
 * of host memory plays the RAM at XVM_RAM_BASE, time is a variable, the
 * console is captured, and hw_exit() jumps back into the test. */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fake_hw.h"

struct fake_hw fake;

void fake_reset(void)
{
    free(fake.ram);
    memset(&fake, 0, sizeof fake);
    fake.ram = aligned_alloc(XVM_PAGE_SIZE, FAKE_RAM_SIZE);
    memset(fake.ram, 0, FAKE_RAM_SIZE);
    fake.heap = FAKE_HEAP_OFF;
    memset(&vmm, 0, sizeof vmm);
}

uint64_t hw_time(void) { return fake.time; }
uint32_t hw_cycles(void) { return (uint32_t)fake.time; }

void *hw_ptr(uint32_t pa)
{
    return fake.ram + (pa - XVM_RAM_BASE);
}

uint32_t hw_pa(const void *p)
{
    return XVM_RAM_BASE + (uint32_t)((const uint8_t *)p - fake.ram);
}

void *hw_alloc(uint32_t bytes)
{
    uint32_t off = (fake.heap + XVM_PAGE_SIZE - 1) & ~(uint32_t)(XVM_PAGE_SIZE - 1);
    if (off + bytes > FAKE_RAM_SIZE)
        return NULL;
    fake.heap = off + bytes;
    memset(fake.ram + off, 0, bytes);
    return fake.ram + off;
}

uint32_t *hw_page_alloc(void) { return hw_alloc(XVM_PAGE_SIZE); }
void hw_tlb_flush(void) { fake.tlb_flushes++; }
void hw_tlb_flush_va(uint32_t va) { fake.tlb_va_flushes++; fake.tlb_va = va; }
void hw_set_satp(uint32_t satp) { fake.satp = satp; }
void hw_set_timer(uint64_t when) { fake.timer = when; }
void hw_set_timer_low(uint32_t when) { fake.timer = (fake.timer & 0xFFFFFFFF00000000ull) | when; }

void hw_putc(char c)
{
    if (fake.out_len < sizeof fake.out - 1)
        fake.out[fake.out_len++] = c;
}

int hw_getc(void)
{
    if (fake.in_pos >= fake.in_len)
        return -1;
    return (unsigned char)fake.in[fake.in_pos++];
}

void hw_wait(void)
{
    fake.time = fake.timer;
}

void hw_guest_enter(uint32_t priv, uint32_t vsstatus, uint32_t vscounteren)
{
    fake.entered_priv = priv;
    fake.entered_sstatus = vsstatus;
    (void)vscounteren;
}

void hw_monitor_init(void) {}
void hw_gate_return_prepare(void) {}
uint32_t hw_take_gate_null(void) { return 0; }
void hw_use_device_mappings(void) {}

void hw_exit(int code)
{
    fake.exit_code = code;
    if (!fake.exit_armed) {
        fprintf(stderr, "test_vmm: unexpected end of the run (exit %d)\n", code);
        abort();
    }
    longjmp(fake.exit_jmp, 1);
}

void vmm_enter(struct vcpu *v)
{
    (void)v;
    abort();
}

struct vmm vmm;
