/* SPDX-License-Identifier: Apache-2.0 */
/* Helpers of the ISS unit tests: instruction encoders, a hart with RAM,
 * Sv32 page tables built from C, and single-instruction execution. */
#ifndef ISS_TEST_H
#define ISS_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "iss.h"
#include "xvm_defs.h"

#define TEST_RAM   (2u * 1024 * 1024)
#define PT_ROOT    0x80100000u     /* root table; level-0 tables follow */
#define CODE_PA    0x80010000u     /* where single instructions are placed */

/* ---- encoders ---------------------------------------------------------- */

static inline uint32_t enc_r(unsigned f7, unsigned rs2, unsigned rs1, unsigned f3,
                             unsigned rd, unsigned op)
{
    return (f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
}
static inline uint32_t enc_i(int32_t imm, unsigned rs1, unsigned f3, unsigned rd, unsigned op)
{
    return (((uint32_t)imm & 0xfffu) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
}
static inline uint32_t enc_s(int32_t imm, unsigned rs2, unsigned rs1, unsigned f3, unsigned op)
{
    uint32_t u = (uint32_t)imm & 0xfffu;

    return ((u >> 5) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | ((u & 31u) << 7) | op;
}

#define ADDI(rd, rs1, imm)   enc_i((imm), (rs1), 0, (rd), 0x13)
#define LW(rd, rs1, imm)     enc_i((imm), (rs1), 2, (rd), 0x03)
#define LB(rd, rs1, imm)     enc_i((imm), (rs1), 0, (rd), 0x03)
#define SW(rs2, rs1, imm)    enc_s((imm), (rs2), (rs1), 2, 0x23)
#define SB(rs2, rs1, imm)    enc_s((imm), (rs2), (rs1), 0, 0x23)
#define CSRRW(rd, csr, rs1)  enc_i((int32_t)(csr), (rs1), 1, (rd), 0x73)
#define CSRRS(rd, csr, rs1)  enc_i((int32_t)(csr), (rs1), 2, (rd), 0x73)
#define JALR(rd, rs1, imm)   enc_i((imm), (rs1), 0, (rd), 0x67)
#define LR_W(rd, rs1)        enc_r(0x08, 0, (rs1), 2, (rd), 0x2f)
#define SC_W(rd, rs1, rs2)   enc_r(0x0c, (rs2), (rs1), 2, (rd), 0x2f)
#define AMOADD_W(rd, rs1, rs2) enc_r(0x00, (rs2), (rs1), 2, (rd), 0x2f)
#define ECALL   0x00000073u
#define EBREAK  0x00100073u
#define SRET    0x10200073u
#define MRET    0x30200073u
#define WFI     0x10500073u
#define SFENCE  0x12000073u
#define NOP     0x00000013u

/* ---- fixture ----------------------------------------------------------- */

static inline struct iss *hart(void)
{
    struct iss *s = iss_create(TEST_RAM);

    assert_non_null(s);
    iss_set_uart_output(s, NULL);
    return s;
}

static inline void put32(struct iss *s, uint32_t pa, uint32_t v)
{
    uint8_t *p = iss_ram(s) + (pa - XVM_RAM_BASE);

    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

static inline uint32_t get32(struct iss *s, uint32_t pa)
{
    const uint8_t *p = iss_ram(s) + (pa - XVM_RAM_BASE);

    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
           ((uint32_t)p[3] << 24);
}

static inline uint32_t csr(struct iss *s, unsigned n)
{
    uint32_t v = 0;

    assert_int_equal(iss_csr_read(s, n, &v), 0);
    return v;
}

static inline void set_csr(struct iss *s, unsigned n, uint32_t v)
{
    assert_int_equal(iss_csr_write(s, n, v), 0);
}

/* Places insn at physical pa, points the pc at virtual va and steps once. */
static inline enum iss_status exec_at(struct iss *s, uint32_t va, uint32_t pa, uint32_t insn,
                                      struct xvm_commit *c)
{
    put32(s, pa, insn);
    iss_set_pc(s, va);
    return iss_step(s, c);
}

/* One instruction with translation off (or M-mode) at CODE_PA. */
static inline enum iss_status exec1(struct iss *s, uint32_t insn, struct xvm_commit *c)
{
    return exec_at(s, CODE_PA, CODE_PA, insn, c);
}

static inline void expect_trap(const struct xvm_commit *c, uint32_t cause, uint32_t tval)
{
    assert_int_equal(c->trap, 1);
    assert_int_equal(c->cause, cause);
    assert_int_equal(c->tval, tval);
}

/* ---- Sv32 -------------------------------------------------------------- */

/* Maps the 4 KiB page va -> pa with the given PTE flags; level-0 table i
 * (for va[31:22] = i, i < 16) lives at PT_ROOT + (i + 1) * 4 KiB. */
static inline void map4k(struct iss *s, uint32_t va, uint32_t pa, uint32_t flags)
{
    uint32_t i1 = va >> 22;
    uint32_t l0 = PT_ROOT + ((i1 & 15u) + 1) * XVM_PAGE_SIZE;

    put32(s, PT_ROOT + 4 * i1, ((l0 >> 12) << 10) | XVM_PTE_V);
    put32(s, l0 + 4 * ((va >> 12) & 0x3ff), ((pa >> 12) << 10) | flags);
}

static inline void sv32_on(struct iss *s)
{
    set_csr(s, XVM_CSR_SATP, XVM_SATP_MODE_SV32 | (PT_ROOT >> 12));
}

#define PTE_SRWX (XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_X | XVM_PTE_A | XVM_PTE_D)

/* Test groups, one per file. */
int run_decode_tests(void);
int run_priv_tests(void);
int run_mmu_tests(void);
int run_xvm_tests(void);

#endif
