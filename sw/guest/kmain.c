/* SPDX-License-Identifier: Apache-2.0 */
/* Boot, round-robin scheduler on the S timer (Sstc), system calls.
 * Each task's output is buffered and printed when it exits, in pid order,
 * so the console shows the same bytes whatever the timing. */
#include "guest.h"

static struct task tasks[MAX_TASKS];
static int ntasks;
static int current;
static int next_to_print;
static int failures;
static uint64_t next_tick;

void panic(const char *why)
{
    console_puts("kernel panic: ");
    console_puts(why);
    console_puts("\n");
    shutdown(1);
}

static uint64_t now(void)
{
    return xvm_rdtime64();
}

/* One write when the high half does not change (no transient early
 * deadline is possible then); otherwise the safe three-write sequence. */
static void set_timer(uint64_t when)
{
    static uint32_t high = 0xFFFFFFFFu;
    if ((uint32_t)(when >> 32) == high) {
        csr_write(XVM_CSR_STIMECMP, (uint32_t)when);
        return;
    }
    high = (uint32_t)(when >> 32);
    csr_write(XVM_CSR_STIMECMPH, 0xFFFFFFFFu);
    csr_write(XVM_CSR_STIMECMP, (uint32_t)when);
    csr_write(XVM_CSR_STIMECMPH, high);
}

static void tick(void)
{
    uint64_t t = now();
    next_tick = t + TICK_CYCLES;
    set_timer(next_tick);
    for (int i = 0; i < ntasks; i++)
        if (tasks[i].state == TASK_SLEEPING && tasks[i].wake_time <= t)
            tasks[i].state = TASK_RUNNABLE;
}

static void print_finished(void)
{
    while (next_to_print < ntasks && tasks[next_to_print].state == TASK_EXITED) {
        struct task *t = &tasks[next_to_print++];
        console_write(t->out, t->out_len);
        console_puts("kernel: task ");
        console_putu(t->pid);
        console_puts(t->exit_code ? " failed\n" : " exited\n");
    }
}

static void finish(void)
{
    console_puts("kernel: all tasks done, ");
    console_putu((uint32_t)failures);
    console_puts(" failed\n");
    shutdown(failures != 0);
}

static void task_exit(struct task *t, int32_t code)
{
    t->state = TASK_EXITED;
    t->exit_code = code;
    if (code)
        failures++;
    print_finished();
}

/* Picks the next runnable task after the current one; idles (wfi with the
 * timer as the only wake-up source) while every live task sleeps. */
static struct task *schedule(void)
{
    for (;;) {
        int live = 0;
        for (int k = 1; k <= ntasks; k++) {
            int i = (current + k) % ntasks;
            if (tasks[i].state == TASK_RUNNABLE) {
                if (i != current)
                    vm_switch(tasks[i].root);
                current = i;
                return &tasks[i];
            }
            live |= tasks[i].state == TASK_SLEEPING;
        }
        if (!live)
            finish();
        while (now() < next_tick)
            __asm__ volatile("wfi");
        tick();
    }
}

static uint32_t sys_write(struct task *t, uint32_t fd, uint32_t buf, uint32_t len)
{
    if (fd != 1 || len > TASK_OUT_SIZE - t->out_len)
        return (uint32_t)-1;
    if (vm_copy_from_user(t, t->out + t->out_len, buf, len))
        return (uint32_t)-1;
    t->out_len += len;
    return len;
}

static struct task *syscall(struct task *t)
{
    uint32_t *r = t->regs;
    uint32_t a0 = r[10], a1 = r[11], a2 = r[12];
    t->pc += 4;
    switch (r[17]) {
    case SYS_WRITE:
        r[10] = sys_write(t, a0, a1, a2);
        return t;
    case SYS_YIELD:
        r[10] = 0;
        return schedule();
    case SYS_SLEEP:
        r[10] = 0;
        t->wake_time = now() + (uint64_t)a0 * TICK_CYCLES;
        t->state = TASK_SLEEPING;
        return schedule();
    case SYS_GETPID:
        r[10] = t->pid;
        return t;
    case SYS_EXIT:
        task_exit(t, (int32_t)a0);
        return schedule();
    default:
        r[10] = (uint32_t)-1;
        return t;
    }
}

static struct task *kill(struct task *t)
{
    const char *msg = "kernel: task killed\n";
    uint32_t n = 0;
    while (msg[n] && t->out_len + n < TASK_OUT_SIZE) {
        t->out[t->out_len + n] = msg[n];
        n++;
    }
    t->out_len += n;
    task_exit(t, -1);
    return schedule();
}

struct task *trap_handler(struct task *t)
{
    uint32_t cause = csr_read(XVM_CSR_SCAUSE);
    if (cause & XVM_CAUSE_INTERRUPT) {
        if ((cause & ~XVM_CAUSE_INTERRUPT) != XVM_IRQ_STI)
            panic("unexpected interrupt");
        tick();
        return schedule();
    }
    switch (cause) {
    case XVM_EXC_ECALL_U:
        return syscall(t);
    case XVM_EXC_INSN_PAGE_FAULT:
    case XVM_EXC_LOAD_PAGE_FAULT:
    case XVM_EXC_STORE_PAGE_FAULT: {
        uint32_t va = csr_read(XVM_CSR_STVAL);
        return vm_fault(t, va, cause) ? t : kill(t);
    }
    default:
        return kill(t);
    }
}

void kmain(uint32_t phys_base)
{
    vm_init(phys_base);
    sbi_init();
    csr_write(XVM_CSR_STVEC, (uint32_t)(uintptr_t)trap_entry);
    csr_clear(XVM_CSR_SSTATUS, XVM_MSTATUS_SIE | XVM_MSTATUS_SPP);
    csr_write(XVM_CSR_SIE, XVM_MIP_STIP);
    csr_write(XVM_CSR_SCOUNTEREN, XVM_COUNTEREN_MASK);

    console_puts("kernel: workload ");
    console_puts(workload.name);
    console_puts(", ");
    console_putu((uint32_t)workload.ntasks);
    console_puts(" tasks\n");

    ntasks = workload.ntasks;
    for (int i = 0; i < ntasks; i++) {
        struct task *t = &tasks[i];
        t->pid = (uint32_t)i + 1;
        t->state = TASK_RUNNABLE;
        t->root = vm_new_space();
        t->pc = (uint32_t)(uintptr_t)workload.entry[i];
        t->regs[2] = USTACK_TOP;
    }
    current = 0;
    vm_switch(tasks[0].root);
    tick();
    user_return(&tasks[0]);
}
