/* SPDX-License-Identifier: Apache-2.0 */
/* Standard RV32IMA_Zicsr_Zifencei instructions and the objdump aliases
 * of their operand corner cases, for the disassembler table (see
 * gen_disasm_table.sh). Only words that GNU objdump decodes belong here;
 * Xvm, illegal and core-specific cases are in disasm_extra.txt. */
	.text
_start:
	lui a0, 0x12345
	auipc t0, 0xfffff
	jal ra, _start
	jal zero, 1f
	1: jal a0, 1b
	jalr zero, 0(ra)
	jalr ra, 0(a0)
	jalr zero, 0(a1)
	jalr t0, 12(a1)
	jalr ra, -4(a1)
	beq a0, a1, _start
	beq a0, zero, 1b
	bne a0, zero, 1b
	bge zero, a0, 1b
	bge a0, zero, 1b
	blt a0, zero, 1b
	blt zero, a0, 1b
	blt a0, a1, 2f
	bge a0, a1, 2f
	bltu a0, a1, 2f
	bgeu a0, a1, 2f
	bne a0, a1, 2f
	2: lb a0, -1(sp)
	lh a0, 2(sp)
	lw a0, 2047(sp)
	lbu a0, -2048(sp)
	lhu a0, 0(sp)
	sb a0, 3(sp)
	sh a0, -2(sp)
	sw a0, 0(sp)
	addi zero, zero, 0
	addi a0, zero, 5
	addi a0, a1, 0
	addi a0, a1, -7
	slti a0, a1, 3
	sltiu a0, a1, 1
	sltiu a0, a1, 3
	xori a0, a1, -1
	xori a0, a1, 4
	ori a0, a1, 4
	andi a0, a1, 255
	andi a0, a1, 4
	slli a0, a1, 31
	srli a0, a1, 3
	srai a0, a1, 3
	add a0, a1, a2
	sub a0, zero, a2
	sub a0, a1, a2
	sll a0, a1, a2
	slt a0, a1, zero
	slt a0, zero, a1
	slt a0, a1, a2
	sltu a0, zero, a1
	sltu a0, a1, a2
	xor a0, a1, a2
	srl a0, a1, a2
	sra a0, a1, a2
	or a0, a1, a2
	and a0, a1, a2
	mul a0, a1, a2
	mulh a0, a1, a2
	mulhsu a0, a1, a2
	mulhu a0, a1, a2
	div a0, a1, a2
	divu a0, a1, a2
	rem a0, a1, a2
	remu a0, a1, a2
	lr.w a0, (a1)
	lr.w.aq a0, (a1)
	sc.w a0, a2, (a1)
	sc.w.rl a0, a2, (a1)
	amoswap.w a0, a2, (a1)
	amoadd.w.aqrl a0, a2, (a1)
	amoxor.w a0, a2, (a1)
	amoand.w a0, a2, (a1)
	amoor.w a0, a2, (a1)
	amomin.w a0, a2, (a1)
	amomax.w a0, a2, (a1)
	amominu.w a0, a2, (a1)
	amomaxu.w a0, a2, (a1)
	fence
	fence rw, rw
	fence r, w
	fence.tso
	fence.i
	ecall
	ebreak
	sret
	mret
	wfi
	sfence.vma
	sfence.vma a0
	sfence.vma a0, a1
	csrrw a0, mstatus, a1
	csrrw zero, mstatus, a1
	csrrs a0, mstatus, zero
	csrrs a0, sstatus, a1
	csrrs zero, sstatus, a1
	csrrc a0, mie, a1
	csrrc zero, mie, a1
	csrrwi a0, mtvec, 5
	csrrwi zero, mtvec, 5
	csrrsi a0, mip, 1
	csrrsi zero, mip, 1
	csrrci a0, sip, 31
	csrrci zero, sip, 31
	csrrs a0, cycle, zero
	csrrs a0, time, zero
	csrrs a0, instret, zero
	csrrs a0, cycleh, zero
	csrrs a0, timeh, zero
	csrrs a0, instreth, zero
	csrrw zero, cycle, zero
	jalr zero, 12(a1)
	jalr a0, 0(a1)
	jalr zero, 4(ra)
	jalr ra, 0(ra)
	jalr ra, 8(ra)
	fence i, o
	fence rw, w
	fence.i
	.insn i 0x73, 0, x0, x0, 0x105
	csrrs a0, 0x310, zero
	csrrs a0, 0x30a, zero
	csrrs a0, 0x31a, zero
	csrrs a0, 0x10a, zero
	csrrs a0, 0xf15, zero
	csrrs a0, 0x14d, zero
	csrrs a0, 0x15d, zero
	csrrs a0, 0x320, zero
	csrrs a0, 0x34a, zero
	csrrs a0, 0x34b, zero
	csrrs a0, 0x3a0, zero
	csrrs a0, 0x3af, zero
	csrrs a0, 0x3ef, zero
	csrrs a0, 0xb03, zero
	csrrs a0, 0xb9f, zero
	csrrs a0, 0xc1f, zero
	csrrs a0, 0xc9f, zero
	csrrs a0, 0x33f, zero
	csrrs a0, 0x323, zero
	csrrs a0, 0xb00, zero
	csrrs a0, 0xb82, zero
	csrrs a0, 0x180, zero
	csrrs a0, 0x106, zero
	csrrs a0, 0x306, zero
	csrrs a0, 0xf11, zero
	csrrs a0, 0x301, zero
	csrrs a0, 0x800, zero
	csrrw zero, time, zero
	csrrw zero, cycle, x1
	csrrs zero, cycle, zero
	addi zero, a0, 0
	addi zero, zero, 1
	addi a0, a0, 0
	add zero, zero, zero
	add zero, zero, x2
	add zero, zero, x5
	ori zero, a0, 0
	ori zero, a0, 32
	ori zero, a0, 33
	addi a0, zero, -2048
	lui zero, 1
	slli zero, zero, 0
	sub a0, a1, zero
	sltu a0, a1, zero
	ecall
	.insn r 0x33, 0, 0x20, x1, x2, x3
	lr.w a0, (a1)
	.insn r 0x73, 0, 0x09, x0, x1, x0
	.insn r 0x73, 0, 0x09, x0, x0, x1
/* random encodings */
	.insn 4, 0x00051037
	.insn 4, 0xf06c1403
	.insn 4, 0x38c0c8e3
	.insn 4, 0x380208ef
	.insn 4, 0xec100ce3
	.insn 4, 0x640052e3
	.insn 4, 0x8220306f
	.insn 4, 0x079239f3
	.insn 4, 0x0000006f
	.insn 4, 0x3b6fe563
	.insn 4, 0x18033273
	.insn 4, 0x0067abaf
	.insn 4, 0xcdf04003
	.insn 4, 0x1200306f
	.insn 4, 0x0005b017
	.insn 4, 0x40005793
	.insn 4, 0xb20f44b7
	.insn 4, 0x03d07033
	.insn 4, 0x000002b3
	.insn 4, 0xb46108b7
	.insn 4, 0x000d556f
	.insn 4, 0x936aa46f
	.insn 4, 0x00000013
	.insn 4, 0x00008283
	.insn 4, 0x01c06b33
	.insn 4, 0xdb878717
	.insn 4, 0x443baa97
	.insn 4, 0x8809daef
	.insn 4, 0x00050013
	.insn 4, 0x39455363
	.insn 4, 0x2ad02437
	.insn 4, 0x0005f4b3
	.insn 4, 0xa6e04317
	.insn 4, 0x1c823037
	.insn 4, 0x62006697
	.insn 4, 0xfc222013
	.insn 4, 0x3f40506f
	.insn 4, 0x400e67e3
	.insn 4, 0xfbb41d23
	.insn 4, 0x7c6a4017
	.insn 4, 0xee0b8cb7
	.insn 4, 0xf4dfc037
	.insn 4, 0x46702b6f
	.insn 4, 0xe09edd6f
	.insn 4, 0x98304037
	.insn 4, 0xae7fba37
	.insn 4, 0xba0a7963
	.insn 4, 0xf8a10e17
	.insn 4, 0x0009202f
	.insn 4, 0x00002073
	.insn 4, 0x4fa01623
	.insn 4, 0xb7ccba37
	.insn 4, 0x924841ef
	.insn 4, 0x32e9c063
	.insn 4, 0xb60e1773
	.insn 4, 0x86b4202f
	.insn 4, 0xc76330ef
	.insn 4, 0x0003c16f
	.insn 4, 0x00000063
	.insn 4, 0xe2d00d97
	.insn 4, 0x5e02e3ef
	.insn 4, 0x7bcec813
	.insn 4, 0x02080db3
	.insn 4, 0x70007ef3
	.insn 4, 0x000026af
	.insn 4, 0x8c007837
	.insn 4, 0x000fa137
	.insn 4, 0x0009a813
	.insn 4, 0x032a66b3
	.insn 4, 0x00052023
	.insn 4, 0xc6001023
	.insn 4, 0xa4401da3
	.insn 4, 0x11f10c6f
	.insn 4, 0x0d850983
	.insn 4, 0x400e5333
	.insn 4, 0x42a30593
	.insn 4, 0x2050222f
	.insn 4, 0x02305ae3
	.insn 4, 0x3001ad73
	.insn 4, 0x7dff04e3
	.insn 4, 0x1801b173
	.insn 4, 0x81e04063
	.insn 4, 0xae004063
	.insn 4, 0xceb52073
	.insn 4, 0x138fcc37
	.insn 4, 0x5a014903
	.insn 4, 0x00066663
	.insn 4, 0x9615a037
	.insn 4, 0xfe099583
	.insn 4, 0xbfd64e6f
	.insn 4, 0x5ac04037
	.insn 4, 0x498afb63
	.insn 4, 0x3728aab7
	.insn 4, 0x16035203
	.insn 4, 0x02c17033
	.insn 4, 0x1e0fa073
	.insn 4, 0x00030003
	.insn 4, 0x4b53d2b7
	.insn 4, 0x0007a037
	.insn 4, 0x6aa68fa3
	.insn 4, 0xe51f0eef
	.insn 4, 0x1a54f037
	.insn 4, 0xa14962e3
	.insn 4, 0xf2202613
	.insn 4, 0x7fae9d17
	.insn 4, 0x000caa13
	.insn 4, 0x874aa02f
	.insn 4, 0x000f28af
	.insn 4, 0x1db0206f
	.insn 4, 0x01e04033
	.insn 4, 0x020b8033
	.insn 4, 0x58051003
	.insn 4, 0x86002023
	.insn 4, 0x00003ff3
	.insn 4, 0x0207b233
	.insn 4, 0x1c205063
	.insn 4, 0x27e0b013
	.insn 4, 0xd7726d37
	.insn 4, 0xd95f3d93
	.insn 4, 0x450eb013
	.insn 4, 0xb4420d6f
	.insn 4, 0x82116c63
	.insn 4, 0x5a0e366f
	.insn 4, 0x1a04b297
	.insn 4, 0x9c009683
	.insn 4, 0x00064cb7
	.insn 4, 0x1d006fef
	.insn 4, 0xc009a3af
	.insn 4, 0x3ec39c6f
	.insn 4, 0x8000316f
	.insn 4, 0xfa003397
	.insn 4, 0x00073e97
	.insn 4, 0x460043b7
	.insn 4, 0xc545afaf
	.insn 4, 0xb209ed13
	.insn 4, 0x000f202f
	.insn 4, 0x00059023
	.insn 4, 0x0352f9b3
	.insn 4, 0x00003b6f
	.insn 4, 0xd9905397
	.insn 4, 0x4a015063
	.insn 4, 0xd266b06f
	.insn 4, 0x81100097
	.insn 4, 0x01202eb3
	.insn 4, 0x44806017
	.insn 4, 0xdaf00817
	.insn 4, 0x0004f4b7
	.insn 4, 0x30049cb7
	.insn 4, 0x5c4cc063
	.insn 4, 0x000ac013
	.insn 4, 0xf605a1b7
	.insn 4, 0x10dca623
	.insn 4, 0xca06f063
	.insn 4, 0x800523af
	.insn 4, 0x6bbd6a63
	.insn 4, 0x69e02023
	.insn 4, 0x194ca017
	.insn 4, 0xdc001da3
	.insn 4, 0x06098383
	.insn 4, 0x000e54f3
	.insn 4, 0x1d611517
	.insn 4, 0x3240d337
	.insn 4, 0x08027037
	.insn 4, 0x3e3696a3
	.insn 4, 0x98055017
	.insn 4, 0x020007b3
	.insn 4, 0x6b91406f
	.insn 4, 0x90490867
	.insn 4, 0x903e07a3
	.insn 4, 0x62007093
	.insn 4, 0xc16a4a13
	.insn 4, 0x60c5a323
	.insn 4, 0x000c606f
	.insn 4, 0xbe6a99a3
	.insn 4, 0x7f701037
	.insn 4, 0x0007202f
	.insn 4, 0x4ad36fef
	.insn 4, 0xbfd73c6f
	.insn 4, 0x1a0c9303
	.insn 4, 0x00006b63
	.insn 4, 0x00074c63
	.insn 4, 0x000fe113
	.insn 4, 0x000a1037
	.insn 4, 0x0000100f
	.insn 4, 0xbf000883
	.insn 4, 0xc3d4a023
	.insn 4, 0xde0420ef
	.insn 4, 0xd4fed517
	.insn 4, 0xc1372daf
	.insn 4, 0x82007037
	.insn 4, 0x00000963
	.insn 4, 0x14607d13
	.insn 4, 0xda0019a3
	.insn 4, 0xea903037
	.insn 4, 0x88d07037
	.insn 4, 0xf66418f3
	.insn 4, 0x53b019a3
	.insn 4, 0xe6add063
	.insn 4, 0x00001eb7
	.insn 4, 0x00004503
	.insn 4, 0xad803b97
	.insn 4, 0x0002c003
	.insn 4, 0xeeec9e73
	.insn 4, 0x56006737
	.insn 4, 0x0400282f
	.insn 4, 0x4a70c06f
	.insn 4, 0xc4a524af
	.insn 4, 0x2c20b0ef
	.insn 4, 0x000e6073
	.insn 4, 0x000a1fb7
	.insn 4, 0x71307513
	.insn 4, 0x00004837
	.insn 4, 0x753e7fb7
	.insn 4, 0x000aabaf
	.insn 4, 0x000c55b7
	.insn 4, 0xc60fadaf
	.insn 4, 0xd98b45b7
	.insn 4, 0x14d1b073
	.insn 4, 0x9c6b8013
	.insn 4, 0xe08e906f
	.insn 4, 0x4d3aacb7
	.insn 4, 0xef5145e3
	.insn 4, 0x52c29e37
	.insn 4, 0x880be017
	.insn 4, 0xe8371023
	.insn 4, 0x02256313
	.insn 4, 0x1c84c213
	.insn 4, 0x6026b293
	.insn 4, 0xf0000023
	.insn 4, 0x1eada593
	.insn 4, 0x16fa706f
	.insn 4, 0x310b7073
	.insn 4, 0xb8160017
	.insn 4, 0x59514def
	.insn 4, 0x32006017
	.insn 4, 0xc804ebb7
	.insn 4, 0xb1f8de97
	.insn 4, 0x000b8317
	.insn 4, 0x00048013
	.insn 4, 0x1b0026af
	.insn 4, 0x820aa503
	.insn 4, 0x92c04103
	.insn 4, 0x460a2b83
	.insn 4, 0xc6452e2f
	.insn 4, 0x0002cf93
	.insn 4, 0xf9366ee3
	.insn 4, 0x8f598a6f
	.insn 4, 0xd86f2a23
	.insn 4, 0x000106a3
	.insn 4, 0x527e856f
	.insn 4, 0x176d4ab7
	.insn 4, 0x2a006017
	.insn 4, 0xc00008a3
	.insn 4, 0x00002013
	.insn 4, 0x855d2573
	.insn 4, 0x4e0b6037
	.insn 4, 0xcc584017
	.insn 4, 0x9e042573
	.insn 4, 0x7f188293
	.insn 4, 0x6cf03013
	.insn 4, 0x98049017
	.insn 4, 0x000e6fef
	.insn 4, 0x0000202f
	.insn 4, 0xf88d3a73
	.insn 4, 0x03f15333
	.insn 4, 0xc400202f
	.insn 4, 0xe20ce413
	.insn 4, 0xa2604197
	.insn 4, 0x52a06ce3
	.insn 4, 0x0000106f
	.insn 4, 0x0241a033
	.insn 4, 0x56002037
	.insn 4, 0xd3f02173
	.insn 4, 0x03f04017
	.insn 4, 0x9f88ce13
	.insn 4, 0x060d16f3
	.insn 4, 0x236d5017
	.insn 4, 0x8a068063
	.insn 4, 0x62ad5963
	.insn 4, 0xc27faa93
	.insn 4, 0x8405a003
	.insn 4, 0x21905803
	.insn 4, 0x300dc617
	.insn 4, 0xf4a97037
	.insn 4, 0x798f10e3
	.insn 4, 0xd8b06397
	.insn 4, 0xfa6c1903
	.insn 4, 0x00007e97
	.insn 4, 0x4fc5486f
	.insn 4, 0x0101ae33
	.insn 4, 0x44cc0283
	.insn 4, 0x14d05073
	.insn 4, 0xd6082303
	.insn 4, 0x3058f937
	.insn 4, 0x0001e063
	.insn 4, 0xbe0e5a73
	.insn 4, 0x80f03873
	.insn 4, 0x00007573
	.insn 4, 0x00036ce3
	.insn 4, 0x00006eb7
	.insn 4, 0x70feb373
	.insn 4, 0x03390b33
	.insn 4, 0x1d55acef
	.insn 4, 0x5e304003
	.insn 4, 0x6d179923
	.insn 4, 0x16006013
	.insn 4, 0x40a05633
	.insn 4, 0x9a89106f
	.insn 4, 0x02918e67
	.insn 4, 0xf1d07273
	.insn 4, 0x18ebd7ef
	.insn 4, 0x02f22303
	.insn 4, 0xb20ec863
	.insn 4, 0x4a0fe0f3
	.insn 4, 0x0201ca33
	.insn 4, 0x2027f96f
	.insn 4, 0x02affb33
	.insn 4, 0xec805e6f
	.insn 4, 0x94302083
	.insn 4, 0x28c36a97
	.insn 4, 0x53703813
	.insn 4, 0xbdfc9003
	.insn 4, 0xaa5ce16f
	.insn 4, 0x1c049fa3
	.insn 4, 0x8e06a013
	.insn 4, 0xa422202f
	.insn 4, 0x3ab05597
	.insn 4, 0xc5b18db7
	.insn 4, 0x18069023
	.insn 4, 0x310036f3
	.insn 4, 0x000d2a2f
	.insn 4, 0xeed24683
	.insn 4, 0xe0006bb7
	.insn 4, 0x6c502ea3
	.insn 4, 0x000bd617
	.insn 4, 0xf6000f23
	.insn 4, 0x4c807037
	.insn 4, 0x42472413
	.insn 4, 0xb8086037
	.insn 4, 0x0004a7af
	.insn 4, 0x0005292f
	.insn 4, 0xa7105b03
	.insn 4, 0x0b3fe013
	.insn 4, 0x1c884eef
	.insn 4, 0x00035f17
	.insn 4, 0x6b405f6f
	.insn 4, 0x2007c017
	.insn 4, 0xba000f03
	.insn 4, 0x6a10106f
	.insn 4, 0x5c902d23
	.insn 4, 0x88004f17
	.insn 4, 0x28007597
	.insn 4, 0x00003017
	.insn 4, 0xf06a7237
	.insn 4, 0xd463cd03
	.insn 4, 0x2210406f
	.insn 4, 0x00019913
	.insn 4, 0x00001063
	.insn 4, 0xa8102ca3
	.insn 4, 0xc20000a3
	.insn 4, 0x9c319e17
	.insn 4, 0x14d05073
	.insn 4, 0x0d606a93
	.insn 4, 0xa9cacc13
	.insn 4, 0xd645076f
	.insn 4, 0x4f199603
	.insn 4, 0x000983b7
	.insn 4, 0x000e2603
	.insn 4, 0x0927242f
	.insn 4, 0x00080037
	.insn 4, 0x680b5063
	.insn 4, 0x48163017
	.insn 4, 0x500d0067
	.insn 4, 0x029ed033
	.insn 4, 0x01a07033
	.insn 4, 0xcbe8f7b7
	.insn 4, 0x0000c8ef
	.insn 4, 0xe1c04f17
	.insn 4, 0xcef397a3
	.insn 4, 0x00585033
	.insn 4, 0x000ea02f
	.insn 4, 0x64468693
	.insn 4, 0x2e0018b7
	.insn 4, 0x00004b37
	.insn 4, 0x400506b3
	.insn 4, 0x160da02f
	.insn 4, 0xdfcfcdef
	.insn 4, 0x8608acaf
	.insn 4, 0x000a5c97
	.insn 4, 0x00003073
	.insn 4, 0x8007a02f
	.insn 4, 0xfd707aef
	.insn 4, 0x0000252f
	.insn 4, 0x3d23e817
	.insn 4, 0xdc02c993
	.insn 4, 0x14dd9c73
	.insn 4, 0x000df337
	.insn 4, 0x77100137
	.insn 4, 0x036069b3
	.insn 4, 0x7e550bb7
