/* SPDX-License-Identifier: Apache-2.0 */
/* The guest kernel: a small preemptive Sv32 kernel for S-mode that knows
 * only the standard RISC-V S-mode architecture and SBI. */
#ifndef GUEST_H
#define GUEST_H

#include "xvm_defs.h"

/* Virtual layout. The kernel maps its physical memory (a 4 MiB megapage
 * starting at its load address) at KERNEL_VBASE; user code is shared by all
 * tasks at UCODE_VA; each task has its own demand-paged stack below
 * USTACK_TOP. Everything stays below 2^31 so the kernel also fits a monitor
 * that keeps the upper half (R11). */
#define KERNEL_VBASE   0x40000000
#define GUEST_MEM_SIZE 0x40000      /* RAM the kernel uses from its load address */
#define UCODE_VA       0x10000000
#define USTACK_TOP     0x30000000
#define USTACK_PAGES   8

#define KSTACK_SIZE    0x1000
#define TICK_CYCLES    100000       /* time units between scheduler ticks */
#define MAX_TASKS      6
#define TASK_OUT_SIZE  1024

/* System call numbers (a7), arguments in a0..a2, result in a0. */
#define SYS_WRITE  1
#define SYS_YIELD  2
#define SYS_SLEEP  3
#define SYS_GETPID 4
#define SYS_EXIT   5

/* Offsets in struct task used by the trap entry. */
#define TASK_REGS_OFF 0
#define TASK_PC_OFF   (32 * 4)

#ifndef __ASSEMBLER__
#include <stdint.h>
#include <stddef.h>
#include "xvm_rt.h"

enum task_state { TASK_FREE, TASK_RUNNABLE, TASK_SLEEPING, TASK_EXITED };

struct task {
    uint32_t regs[32];      /* x0..x31 of the user context */
    uint32_t pc;
    enum task_state state;
    uint32_t pid;
    int32_t exit_code;
    uint64_t wake_time;
    uint32_t *root;         /* page table root (kernel virtual address) */
    uint32_t out_len;
    char out[TASK_OUT_SIZE];
};

/* Entry points of user tasks (in .utext, at user virtual addresses). */
typedef void (*user_entry_t)(void);
struct workload {
    const char *name;
    int ntasks;
    user_entry_t entry[MAX_TASKS];
};
extern const struct workload workload;

/* sbi.c */
struct sbiret { int32_t error; uint32_t value; };
void sbi_init(void);
struct sbiret sbi_call(uint32_t eid, uint32_t fid, uint32_t a0, uint32_t a1, uint32_t a2);
void console_write(const char *s, uint32_t len);
void console_puts(const char *s);
void console_putu(uint32_t v);
__attribute__((noreturn)) void shutdown(int failed);

/* vm.c */
void vm_init(uint32_t phys_base);
uint32_t *vm_new_space(void);
uint32_t vm_pa(const void *kva);
/* Page fault from a task: 1 when handled (retry), 0 when fatal. */
int vm_fault(struct task *t, uint32_t va, uint32_t cause);
/* Copies a user byte range into the kernel, faulting pages in as the
 * task's own load would; 0 on success, -1 when not readable. */
int vm_copy_from_user(struct task *t, char *dst, uint32_t va, uint32_t len);
void vm_switch(uint32_t *root);
void *kmemset(void *d, int c, size_t n);

/* kmain.c */
__attribute__((noreturn)) void panic(const char *why);

/* trap.S */
void trap_entry(void);
__attribute__((noreturn)) void user_return(struct task *t);

#endif
#endif
