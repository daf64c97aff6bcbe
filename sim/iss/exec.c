/* SPDX-License-Identifier: Apache-2.0 */
/* Instruction semantics, one function per instruction class. A handler
 * either raises an exception (filling e, changing no state) or completes
 * the instruction: register and memory writes, next pc, and the commit
 * entry's write fields. */
#include "iss_internal.h"

enum { DONE = 0, EXCEPTION = -1, WAITING = 1 };

static int raise(struct iss_exc *e, uint32_t cause, uint32_t tval)
{
    e->cause = cause;
    e->tval = tval;
    return EXCEPTION;
}

static void wr(struct iss *s, struct xvm_commit *c, unsigned rd, uint32_t v)
{
    if (rd != 0) {
        s->x[rd] = v;
        c->rd = rd;
        c->rd_value = v;
    }
}

static unsigned rd_of(uint32_t insn)  { return iss_bits(insn, 11, 7); }
static unsigned rs1_of(uint32_t insn) { return iss_bits(insn, 19, 15); }
static unsigned rs2_of(uint32_t insn) { return iss_bits(insn, 24, 20); }

static uint32_t imm_i(uint32_t insn) { return (uint32_t)((int32_t)insn >> 20); }
static uint32_t imm_s(uint32_t insn)
{
    return (uint32_t)((int32_t)(insn & 0xfe000000u) >> 20) | iss_bits(insn, 11, 7);
}
static uint32_t imm_b(uint32_t insn)
{
    return (uint32_t)((int32_t)(insn & 0x80000000u) >> 19) | (iss_bits(insn, 7, 7) << 11) |
           (iss_bits(insn, 30, 25) << 5) | (iss_bits(insn, 11, 8) << 1);
}
static uint32_t imm_j(uint32_t insn)
{
    return (uint32_t)((int32_t)(insn & 0x80000000u) >> 11) | (iss_bits(insn, 19, 12) << 12) |
           (iss_bits(insn, 20, 20) << 11) | (iss_bits(insn, 30, 21) << 1);
}

/* ---- integer computation ----------------------------------------------- */

static int exec_alu(struct iss *s, enum xvm_op op, uint32_t insn, struct xvm_commit *c)
{
    uint32_t a = s->x[rs1_of(insn)];
    uint32_t b = s->x[rs2_of(insn)];
    uint32_t i = imm_i(insn);
    uint32_t r;

    switch (op) {
    case OP_LUI:   r = insn & 0xfffff000u; break;
    case OP_AUIPC: r = s->pc + (insn & 0xfffff000u); break;
    case OP_ADDI:  r = a + i; break;
    case OP_SLTI:  r = (int32_t)a < (int32_t)i; break;
    case OP_SLTIU: r = a < i; break;
    case OP_XORI:  r = a ^ i; break;
    case OP_ORI:   r = a | i; break;
    case OP_ANDI:  r = a & i; break;
    case OP_SLLI:  r = a << (i & 31); break;
    case OP_SRLI:  r = a >> (i & 31); break;
    case OP_SRAI:  r = (uint32_t)((int32_t)a >> (i & 31)); break;
    case OP_ADD:   r = a + b; break;
    case OP_SUB:   r = a - b; break;
    case OP_SLL:   r = a << (b & 31); break;
    case OP_SLT:   r = (int32_t)a < (int32_t)b; break;
    case OP_SLTU:  r = a < b; break;
    case OP_XOR:   r = a ^ b; break;
    case OP_SRL:   r = a >> (b & 31); break;
    case OP_SRA:   r = (uint32_t)((int32_t)a >> (b & 31)); break;
    case OP_OR:    r = a | b; break;
    default:       r = a & b; break;
    }
    wr(s, c, rd_of(insn), r);
    s->pc += 4;
    return DONE;
}

static int exec_muldiv(struct iss *s, enum xvm_op op, uint32_t insn, struct xvm_commit *c)
{
    uint32_t a = s->x[rs1_of(insn)];
    uint32_t b = s->x[rs2_of(insn)];
    int32_t sa = (int32_t)a, sb = (int32_t)b;
    uint32_t r;

    switch (op) {
    case OP_MUL:    r = a * b; break;
    case OP_MULH:   r = (uint32_t)(((int64_t)sa * sb) >> 32); break;
    case OP_MULHSU: r = (uint32_t)(((int64_t)sa * (int64_t)(uint64_t)b) >> 32); break;
    case OP_MULHU:  r = (uint32_t)(((uint64_t)a * b) >> 32); break;
    case OP_DIV:
        r = b == 0 ? 0xffffffffu
          : (a == 0x80000000u && b == 0xffffffffu) ? a
          : (uint32_t)(sa / sb);
        break;
    case OP_DIVU:   r = b == 0 ? 0xffffffffu : a / b; break;
    case OP_REM:
        r = b == 0 ? a
          : (a == 0x80000000u && b == 0xffffffffu) ? 0
          : (uint32_t)(sa % sb);
        break;
    default:        r = b == 0 ? a : a % b; break;
    }
    wr(s, c, rd_of(insn), r);
    s->pc += 4;
    return DONE;
}

/* ---- control transfer -------------------------------------------------- */

static int jump_to(struct iss *s, uint32_t target, struct iss_exc *e)
{
    if (target & 3u)
        return raise(e, XVM_EXC_INSN_MISALIGNED, target);
    s->pc = target;
    return DONE;
}

static int exec_jump(struct iss *s, enum xvm_op op, uint32_t insn, struct xvm_commit *c,
                     struct iss_exc *e)
{
    uint32_t a = s->x[rs1_of(insn)];
    uint32_t b = s->x[rs2_of(insn)];
    uint32_t link = s->pc + 4;
    int taken;

    switch (op) {
    case OP_JAL:
        if (jump_to(s, s->pc + imm_j(insn), e))
            return EXCEPTION;
        wr(s, c, rd_of(insn), link);
        return DONE;
    case OP_JALR:
        if (jump_to(s, (a + imm_i(insn)) & ~1u, e))
            return EXCEPTION;
        wr(s, c, rd_of(insn), link);
        return DONE;
    case OP_BEQ:  taken = a == b; break;
    case OP_BNE:  taken = a != b; break;
    case OP_BLT:  taken = (int32_t)a < (int32_t)b; break;
    case OP_BGE:  taken = (int32_t)a >= (int32_t)b; break;
    case OP_BLTU: taken = a < b; break;
    default:      taken = a >= b; break;
    }
    if (!taken) {
        s->pc = link;
        return DONE;
    }
    return jump_to(s, s->pc + imm_b(insn), e);
}

/* ---- memory ------------------------------------------------------------ */

/* A data access after its checks: physical words and byte enables. */
struct access {
    uint32_t vaddr;
    uint64_t paddr;
    unsigned size;       /* bytes */
    int split;           /* crosses a word: two bus accesses */
};

static unsigned size_code(unsigned size)
{
    return size == 1 ? 0 : size == 2 ? 1 : 2;
}

/* Misalignment, VA mask, translation and physical existence, in the
 * priority order of docs/architecture.md, for both halves of a split
 * access before anything happens. */
static int check_access(struct iss *s, struct access *a, enum iss_access acc, int atomic,
                        int lr, struct iss_exc *e)
{
    int load = acc == ACC_LOAD;
    uint32_t misaligned = load ? XVM_EXC_LOAD_MISALIGNED : XVM_EXC_STORE_MISALIGNED;
    uint32_t access_fault = load ? XVM_EXC_LOAD_ACCESS : XVM_EXC_STORE_ACCESS;
    uint32_t pte;
    int vm;

    if (a->vaddr & (a->size - 1)) {
        if (atomic)
            return raise(e, lr ? XVM_EXC_LOAD_MISALIGNED : XVM_EXC_STORE_MISALIGNED, a->vaddr);
        if ((a->vaddr & (XVM_PAGE_SIZE - 1)) + a->size > XVM_PAGE_SIZE)
            return raise(e, misaligned, a->vaddr);
    }
    a->split = (a->vaddr & 3u) + a->size > 4;
    iss_data_priv(s, &vm);
    if (iss_va_masked(s, vm, a->vaddr) ||
        (a->split && iss_va_masked(s, vm, (a->vaddr & ~3u) + 4)))
        return raise(e, access_fault, a->vaddr);
    if (iss_translate(s, a->vaddr, acc, &a->paddr, &pte, e))
        return EXCEPTION;
    if (!iss_phys_exists(s, a->paddr & ~3ull, 0) ||
        (a->split && !iss_phys_exists(s, (a->paddr & ~3ull) + 4, 0)))
        return raise(e, access_fault, a->vaddr);
    return DONE;
}

static unsigned byte_enables(unsigned offset, unsigned size)
{
    return (((1u << size) - 1u) << offset) & 0xffu;
}

/* Reads the bytes of a checked access (zero-extended) and records the read
 * in c, as write_access records a write (cosim compares both); device data
 * is replaced by the lockstep override if armed. */
static uint32_t read_access(struct iss *s, const struct access *a, struct xvm_commit *c)
{
    uint64_t w0 = a->paddr & ~3ull;
    unsigned off = (unsigned)(a->paddr & 3u);
    unsigned be = byte_enables(off, a->size);
    uint32_t lo, hi = 0;
    int dev0, dev1 = 0;
    uint64_t both;
    uint32_t v;

    c->mem_re = 1;
    c->mem_addr = a->vaddr;
    c->mem_paddr = (uint32_t)a->paddr;
    c->mem_size = size_code(a->size);
    if (!a->split && w0 >= XVM_RAM_BASE && w0 - XVM_RAM_BASE < s->ram_size) {
        const uint8_t *p = s->ram + (a->paddr - XVM_RAM_BASE);

        switch (a->size) {
        case 1: return p[0];
        case 2: return (uint32_t)p[0] | ((uint32_t)p[1] << 8);
        default:
            return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
                   ((uint32_t)p[3] << 24);
        }
    }
    iss_phys_read(s, w0, 0, be & 0xf, &lo, &dev0);
    if (a->split)
        iss_phys_read(s, w0 + 4, 0, be >> 4, &hi, &dev1);
    both = ((uint64_t)hi << 32) | lo;
    v = (uint32_t)(both >> (8 * off));
    if (a->size < 4)
        v &= (1u << (8 * a->size)) - 1u;
    if (dev0 || dev1)
        v = iss_nondet(s, v);
    return v;
}

static void write_access(struct iss *s, const struct access *a, uint32_t data,
                         struct xvm_commit *c)
{
    uint64_t w0 = a->paddr & ~3ull;
    unsigned off = (unsigned)(a->paddr & 3u);
    unsigned be = byte_enables(off, a->size);
    uint64_t lanes = (uint64_t)data << (8 * off);

    iss_phys_write(s, w0, (uint32_t)lanes, be & 0xf);
    if (a->split)
        iss_phys_write(s, w0 + 4, (uint32_t)(lanes >> 32), be >> 4);
    c->mem_we = 1;
    c->mem_addr = a->vaddr;
    c->mem_paddr = (uint32_t)a->paddr;
    c->mem_size = size_code(a->size);
    c->mem_data = a->size == 4 ? data : data & ((1u << (8 * a->size)) - 1u);
}

static int exec_load_store(struct iss *s, enum xvm_op op, uint32_t insn,
                           struct xvm_commit *c, struct iss_exc *e)
{
    uint32_t base = s->x[rs1_of(insn)];
    int store = op == OP_SB || op == OP_SH || op == OP_SW;
    struct access a;
    uint32_t v;

    a.vaddr = base + (store ? imm_s(insn) : imm_i(insn));
    a.size = (op == OP_LB || op == OP_LBU || op == OP_SB) ? 1
           : (op == OP_LH || op == OP_LHU || op == OP_SH) ? 2 : 4;
    if (check_access(s, &a, store ? ACC_STORE : ACC_LOAD, 0, 0, e))
        return EXCEPTION;
    if (store) {
        write_access(s, &a, s->x[rs2_of(insn)], c);
    } else {
        v = read_access(s, &a, c);
        if (op == OP_LB)
            v = (uint32_t)(int32_t)(int8_t)v;
        else if (op == OP_LH)
            v = (uint32_t)(int32_t)(int16_t)v;
        wr(s, c, rd_of(insn), v);
    }
    s->pc += 4;
    return DONE;
}

static uint32_t amo_compute(enum xvm_op op, uint32_t old, uint32_t src)
{
    switch (op) {
    case OP_AMOSWAP_W: return src;
    case OP_AMOADD_W:  return old + src;
    case OP_AMOXOR_W:  return old ^ src;
    case OP_AMOAND_W:  return old & src;
    case OP_AMOOR_W:   return old | src;
    case OP_AMOMIN_W:  return (int32_t)old < (int32_t)src ? old : src;
    case OP_AMOMAX_W:  return (int32_t)old > (int32_t)src ? old : src;
    case OP_AMOMINU_W: return old < src ? old : src;
    default:           return old > src ? old : src;
    }
}

static int exec_atomic(struct iss *s, enum xvm_op op, uint32_t insn, struct xvm_commit *c,
                       struct iss_exc *e)
{
    struct access a = { .vaddr = s->x[rs1_of(insn)], .size = 4 };
    uint32_t src = s->x[rs2_of(insn)];
    int lr = op == OP_LR_W;
    uint32_t old;

    if (check_access(s, &a, lr ? ACC_LOAD : ACC_STORE, 1, lr, e))
        return EXCEPTION;
    if (lr) {
        wr(s, c, rd_of(insn), read_access(s, &a, c));
        s->resv_valid = 1;
        s->resv_addr = (uint32_t)a.paddr;
    } else if (op == OP_SC_W) {
        int ok = s->resv_valid && s->resv_addr == (uint32_t)a.paddr;

        s->resv_valid = 0;
        if (ok)
            write_access(s, &a, src, c);
        wr(s, c, rd_of(insn), ok ? 0 : 1);
    } else {
        old = read_access(s, &a, c);
        write_access(s, &a, amo_compute(op, old, src), c);
        wr(s, c, rd_of(insn), old);
    }
    s->pc += 4;
    return DONE;
}

/* ---- system ------------------------------------------------------------ */

static int exec_csr(struct iss *s, enum xvm_op op, uint32_t insn, struct xvm_commit *c,
                    struct iss_exc *e)
{
    unsigned src = rs1_of(insn);
    int imm = op == OP_CSRRWI || op == OP_CSRRSI || op == OP_CSRRCI;
    uint32_t operand = imm ? src : s->x[src];
    int write = (op == OP_CSRRW || op == OP_CSRRWI) || src != 0;
    unsigned kind = (op == OP_CSRRW || op == OP_CSRRWI) ? CSR_KIND_W
                  : (op == OP_CSRRS || op == OP_CSRRSI) ? CSR_KIND_S : CSR_KIND_C;
    uint32_t old;
    int cause = iss_csr_access(s, iss_bits(insn, 31, 20), write, operand, kind, &old);

    if (cause)
        return raise(e, (uint32_t)cause, insn);
    wr(s, c, rd_of(insn), old);
    s->pc += 4;
    return DONE;
}

/* sret, sfence.vma and wfi share their legality ladder: illegal in U-mode,
 * illegal in S-mode when the mstatus trap bit is set, then sensitive in
 * S-mode with VM=1 (xvm.md R4, R6). */
static int s_level_check(const struct iss *s, uint32_t trap_bit, uint32_t insn,
                         struct iss_exc *e)
{
    if (s->priv == XVM_PRIV_U)
        return raise(e, XVM_EXC_ILLEGAL_INSN, insn);
    if (s->priv == XVM_PRIV_S && (s->mstatus & trap_bit))
        return raise(e, XVM_EXC_ILLEGAL_INSN, insn);
    if (s->priv == XVM_PRIV_S && s->vm)
        return raise(e, XVM_EXC_VIRT_FAULT, insn);
    return DONE;
}

static int exec_system(struct iss *s, enum xvm_op op, uint32_t insn, struct iss_exc *e)
{
    switch (op) {
    case OP_ECALL:
        return raise(e, s->priv == XVM_PRIV_U ? XVM_EXC_ECALL_U
                      : s->priv == XVM_PRIV_S ? XVM_EXC_ECALL_S : XVM_EXC_ECALL_M, 0);
    case OP_EBREAK:
        return raise(e, XVM_EXC_BREAKPOINT, s->pc);
    case OP_MRET:
        if (s->priv != XVM_PRIV_M)
            return raise(e, XVM_EXC_ILLEGAL_INSN, insn);
        iss_mret(s);
        return DONE;
    case OP_SRET:
        if (s_level_check(s, XVM_MSTATUS_TSR, insn, e))
            return EXCEPTION;
        iss_sret(s);
        return DONE;
    case OP_SFENCE_VMA:
        if (s_level_check(s, XVM_MSTATUS_TVM, insn, e))
            return EXCEPTION;
        iss_tlb_flush(s);
        break;
    case OP_WFI:
        if (s_level_check(s, XVM_MSTATUS_TW, insn, e))
            return EXCEPTION;
        if (!s->lockstep && (iss_mip(s) & s->mie) == 0)
            return WAITING;
        break;
    case OP_FENCE_I:
        iss_code_sync(s);
        break;
    default:    /* fence: no caches, nothing to order */
        break;
    }
    s->pc += 4;
    return DONE;
}

/* vmsw (xvm.md R2, R3): M/U illegal; a mode switch is permitted from a
 * translated fetch whose leaf PTE is an S-mode executable gate (X=1, U=0,
 * VG=1), or from an untranslated fetch with VM=0. */
static int exec_vmsw(struct iss *s, enum xvm_op op, uint32_t insn, uint32_t fetch_pte,
                     struct iss_exc *e)
{
    int permitted;

    if (s->priv != XVM_PRIV_S)
        return raise(e, XVM_EXC_ILLEGAL_INSN, insn);
    if (s->satp & XVM_SATP_MODE_SV32)
        permitted = (fetch_pte & (XVM_PTE_X | XVM_PTE_U | XVM_PTE_VG)) ==
                    (XVM_PTE_X | XVM_PTE_VG);
    else
        permitted = !s->vm;
    if (!permitted)
        return raise(e, XVM_EXC_VIRT_FAULT, insn);
    s->vm = op == OP_VMSW1;
    s->pc += 4;
    return DONE;
}

int iss_execute(struct iss *s, uint32_t insn, uint32_t fetch_pte, struct xvm_commit *c,
                struct iss_exc *e)
{
    enum xvm_op op = xvm_decode(insn);

    switch (op) {
    case OP_ILLEGAL:
    case OP_COUNT:
        return raise(e, XVM_EXC_ILLEGAL_INSN, insn);
    case OP_JAL: case OP_JALR:
    case OP_BEQ: case OP_BNE: case OP_BLT: case OP_BGE: case OP_BLTU: case OP_BGEU:
        return exec_jump(s, op, insn, c, e);
    case OP_LB: case OP_LH: case OP_LW: case OP_LBU: case OP_LHU:
    case OP_SB: case OP_SH: case OP_SW:
        return exec_load_store(s, op, insn, c, e);
    case OP_MUL: case OP_MULH: case OP_MULHSU: case OP_MULHU:
    case OP_DIV: case OP_DIVU: case OP_REM: case OP_REMU:
        return exec_muldiv(s, op, insn, c);
    case OP_LR_W: case OP_SC_W: case OP_AMOSWAP_W: case OP_AMOADD_W: case OP_AMOXOR_W:
    case OP_AMOAND_W: case OP_AMOOR_W: case OP_AMOMIN_W: case OP_AMOMAX_W:
    case OP_AMOMINU_W: case OP_AMOMAXU_W:
        return exec_atomic(s, op, insn, c, e);
    case OP_CSRRW: case OP_CSRRS: case OP_CSRRC:
    case OP_CSRRWI: case OP_CSRRSI: case OP_CSRRCI:
        return exec_csr(s, op, insn, c, e);
    case OP_FENCE: case OP_FENCE_I: case OP_ECALL: case OP_EBREAK:
    case OP_SRET: case OP_MRET: case OP_WFI: case OP_SFENCE_VMA:
        return exec_system(s, op, insn, e);
    case OP_VMSW0: case OP_VMSW1:
        return exec_vmsw(s, op, insn, fetch_pte, e);
    default:
        return exec_alu(s, op, insn, c);
    }
}
