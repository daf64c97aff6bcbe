# SPDX-License-Identifier: Apache-2.0
# The M-mode firmware (sw/firmware), the guest kernels (sw/guest), the
# monitor (vmm/) and their tests (tests/vmm).
#
#   make vmm-images      native and monitor images (build/vmm/img/*.elf)
#   make run-demo        the default demo: firmware, monitor, four guests
#   make run-demo SIM=iss   the same on build/xvm-iss
#   make test-vmm        host unit tests + system tests (PASS/FAIL lines)
#   make bench-vmm       hypercall / fault / world-switch cycle counts
#
# SIM=iss runs the system tests and the demo on the reference model
# (Makefile).

VMM_BUILD   := $(BUILD)/vmm
# Guest RAM's guest-physical base, read from rtl/xvm_defs.vh.
GUEST_RAM_BASE := 0x$(shell sed -n "s/^\`define XVM_GUEST_RAM_BASE *32'h//p" rtl/xvm_defs.vh)
VMM_SIM     := $(SIM_BIN)
VMM_MAX_CYCLES ?= 400000000

# --- firmware -------------------------------------------------------------
FW_SRCS     := sw/firmware/fw_main.c sw/firmware/fw_sbi.c
FW_HDRS     := $(wildcard sw/firmware/*.h) sw/include/xvm_rt.h $(GEN)/xvm_defs.h
FW_OBJS     := $(patsubst sw/firmware/%.c,$(VMM_BUILD)/fw/%.o,$(FW_SRCS))

$(FW_OBJS): $(VMM_BUILD)/fw/%.o: sw/firmware/%.c $(FW_HDRS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(RV_CC) $(SW_CFLAGS) -Isw/firmware -c $< -o $@

# One link script per payload kind (IS_MONITOR 0 or 1): the payload's
# address comes from sw/firmware/layout.h.
$(VMM_BUILD)/fw/fw-%.ld: sw/firmware/fw.ld sw/firmware/layout.h $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(RV_CC) -E -P -x c -I$(GEN) -Isw/firmware -DPAYLOAD_IS_MONITOR=$* $< -o $@

# $(call fw_image,ELF,PAYLOAD_BIN,IS_MONITOR[,PAYLOAD_FLAGS,PAYLOAD_DEPS]):
# the firmware with a payload (a kernel or the monitor); PAYLOAD_FLAGS and
# PAYLOAD_DEPS add a device tree (mk/linux.mk).
define fw_image
$(1:.elf=-payload.o): sw/firmware/payload.S $(2) $(5)
	@mkdir -p $$(@D)
	$(RV_CC) $(RV_ASFLAGS) -DPAYLOAD_FILE='"$(2)"' -DPAYLOAD_IS_MONITOR=$(3) $(4) -c $$< -o $$@
$(1): $(FW_OBJS) $(1:.elf=-payload.o) $(VMM_BUILD)/fw/fw-$(3).ld $(SW_RT_OBJS)
	$(RV_CC) $(RV_CFLAGS) --specs=picolibc.specs -nostartfiles -T$(VMM_BUILD)/fw/fw-$(3).ld -Wl,--gc-sections \
	  $(SW_RT_OBJS) $(FW_OBJS) $(1:.elf=-payload.o) -o $$@
endef

# --- guest kernels ----------------------------------------------------------
# Variants: a (workload A), b (workload B), apv (workload A, paravirtual).
GUEST_CFLAGS  := $(RV_CFLAGS) -Isw/firmware -msmall-data-limit=0 -fno-tree-loop-distribute-patterns \
                 -fno-builtin -mstrict-align
GUEST_KSRCS   := sw/guest/kmain.c sw/guest/vm.c sw/guest/u_lib.c
GUEST_ASRCS   := sw/guest/boot.S sw/guest/trap.S
GUEST_HDRS    := $(wildcard sw/guest/*.h) sw/firmware/sbi.h sw/include/xvm_rt.h $(GEN)/xvm_defs.h
GUEST_LDSCRIPT := $(VMM_BUILD)/guest/kernel.ld
GUEST_RT_OBJS := $(SW_BUILD)/runtime/counters.o

$(GUEST_LDSCRIPT): sw/guest/kernel.ld sw/guest/guest.h $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(RV_CC) -E -P -x c -D__ASSEMBLER__ -I$(GEN) -Isw/guest $< -o $@

# $(call guest_kernel,VARIANT,WORKLOAD_SRCS,EXTRA_CFLAGS)
define guest_kernel
$(VMM_BUILD)/guest/$(1)/%.o: sw/guest/%.c $(GUEST_HDRS) | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$(RV_CC) $(GUEST_CFLAGS) $(3) -c $$< -o $$@
$(VMM_BUILD)/guest/$(1)/%.o: sw/guest/%.S $(GUEST_HDRS) | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$(RV_CC) $(RV_ASFLAGS) -Isw/guest -c $$< -o $$@
$(VMM_BUILD)/guest/$(1)/kernel.elf: $(patsubst sw/guest/%,$(VMM_BUILD)/guest/$(1)/%.o,$(basename $(GUEST_ASRCS) $(GUEST_KSRCS) sw/guest/sbi.c $(2))) $(GUEST_LDSCRIPT) $(GUEST_RT_OBJS)
	$(RV_CC) $(RV_ARCH) -nostdlib -nostartfiles -T$(GUEST_LDSCRIPT) -Wl,--no-relax \
	  $$(filter %.o,$$^) -lgcc -o $$@
$(VMM_BUILD)/guest/$(1)/kernel.bin: $(VMM_BUILD)/guest/$(1)/kernel.elf
	$(RV_OBJCOPY) -O binary $$< $$@
$(VMM_BUILD)/img/native-$(1).elf: $(VMM_BUILD)/guest/$(1)/kernel.bin
$(call fw_image,$(VMM_BUILD)/img/native-$(1).elf,$(VMM_BUILD)/guest/$(1)/kernel.bin,0)
endef

$(eval $(call guest_kernel,a,sw/guest/u_work_a.c sw/guest/work_a.c,))
$(eval $(call guest_kernel,b,sw/guest/u_work_b.c sw/guest/work_b.c,))
$(eval $(call guest_kernel,apv,sw/guest/u_work_a.c sw/guest/work_a.c,-DPARAVIRT=1))

$(eval $(call guest_kernel,c,sw/guest/u_work_c.c sw/guest/work_c.c,))

# Xvm-aware S-mode programs that reuse the kernel's boot and SBI code: the
# adversarial guest, the crashing guests (sw/guest/adversary.c) and the
# benchmarks (sw/guest/bench.c).
# $(call s_guest,VARIANT,OBJECTS,CFLAGS)
define s_guest
$(VMM_BUILD)/guest/$(1)/%.o: sw/guest/%.c $(GUEST_HDRS) sw/include/xvm.h | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$(RV_CC) $(GUEST_CFLAGS) $(3) -c $$< -o $$@
$(VMM_BUILD)/guest/$(1)/%.o: sw/guest/%.S $(GUEST_HDRS) | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$(RV_CC) $(RV_ASFLAGS) -Isw/guest -c $$< -o $$@
$(VMM_BUILD)/guest/$(1)/kernel.elf: $(addprefix $(VMM_BUILD)/guest/$(1)/,boot.o $(2) sbi.o) $(GUEST_LDSCRIPT) $(GUEST_RT_OBJS)
	$(RV_CC) $(RV_ARCH) -nostdlib -nostartfiles -T$(GUEST_LDSCRIPT) -Wl,--no-relax \
	  $$(filter %.o,$$^) -lgcc -o $$@
$(VMM_BUILD)/guest/$(1)/kernel.bin: $(VMM_BUILD)/guest/$(1)/kernel.elf
	$(RV_OBJCOPY) -O binary $$< $$@
endef
$(eval $(call s_guest,adv,adv_trap.o adversary.o,-DPARAVIRT=1 -DCRASH=0))
$(eval $(call s_guest,crash1,adv_trap.o adversary.o,-DPARAVIRT=1 -DCRASH=1))
$(eval $(call s_guest,crash2,adv_trap.o adversary.o,-DPARAVIRT=1 -DCRASH=2))
$(eval $(call s_guest,crash3,adv_trap.o adversary.o,-DPARAVIRT=1 -DCRASH=3))
$(eval $(call s_guest,advnc,adv_trap.o adversary.o,-DPARAVIRT=1 -DCRASH=0 -DUNCONTAINED=1))
$(eval $(call s_guest,bench,bench.o,-DPARAVIRT=1 -DSWITCH=0))
$(eval $(call s_guest,bswitch,bench.o,-DPARAVIRT=1 -DSWITCH=1))
$(eval $(call s_guest,tiny,tiny.o,-DPARAVIRT=0))
$(eval $(call s_guest,tinypv,tiny.o,-DPARAVIRT=1))
$(eval $(call s_guest,tinyecho,tiny.o,-DPARAVIRT=0 -DTINY_ECHO=1))
$(VMM_BUILD)/img/native-tiny.elf: $(VMM_BUILD)/guest/tiny/kernel.bin
$(eval $(call fw_image,$(VMM_BUILD)/img/native-tiny.elf,$(VMM_BUILD)/guest/tiny/kernel.bin,0))
$(VMM_BUILD)/img/native-bench.elf: $(VMM_BUILD)/guest/bench/kernel.bin
$(eval $(call fw_image,$(VMM_BUILD)/img/native-bench.elf,$(VMM_BUILD)/guest/bench/kernel.bin,0))

VMM_NATIVE_IMGS := $(VMM_BUILD)/img/native-a.elf $(VMM_BUILD)/img/native-b.elf $(VMM_BUILD)/img/native-apv.elf \
                   $(VMM_BUILD)/img/native-c.elf $(VMM_BUILD)/img/native-bench.elf \
                   $(VMM_BUILD)/img/native-tiny.elf

.PHONY: vmm-images
vmm-images: $(VMM_NATIVE_IMGS)
ALL_TARGETS += vmm-images

# --- the monitor ------------------------------------------------------------
VMM_SRCS    := vmm/main.c vmm/load.c vmm/trap.c vmm/vcpu.c vmm/emulate.c vmm/shadow.c vmm/sbi.c \
               vmm/sched.c vmm/console.c vmm/stats.c vmm/hw.c vmm/lib.c
VMM_HDRS    := vmm/vmm.h vmm/bundle.h sw/firmware/sbi.h sw/firmware/layout.h sw/include/xvm.h \
               sw/include/xvm_rt.h $(GEN)/xvm_defs.h
VMM_CFLAGS  := $(RV_CFLAGS) -flto -Ivmm -Isw/firmware -msmall-data-limit=0 \
               -fno-tree-loop-distribute-patterns -fno-builtin
VMM_LDSCRIPT := $(VMM_BUILD)/mon/vmm.ld
VMM_RAM       := 0x1000000
VMM_GUEST_MEM := 0x40000
# The smallest configuration: two guests of 16 KiB, in 128 KiB of RAM, with
# one shadow root per guest, built for size (its heap has no page to spare).
VMM_SMALL_RAM    := 0x20000
VMM_SMALL_PARAMS := -Os -DVMM_MAX_GUESTS=2 -DVMM_SHADOW_POOL=2 -DVMM_SHADOW_TREES=1 -DVMM_STACK_SIZE=2048 -DVMM_RAM_LIMIT=$(VMM_SMALL_RAM)
VMM_SMALL_MEM    := 0x4000

# $(call vmm_monitor,VARIANT,PARAMS): the monitor's objects for one
# configuration, VMM_VARIANT_OBJS_VARIANT, built with PARAMS into
# $(VMM_BUILD)/mon or mon-VARIANT, and the offsets of struct vcpu that its
# entry.S uses, generated from C for that configuration
# (vmm/asm_offsets.c). memcpy/memset (lib.c) stay out of link-time
# optimization: calls to them appear only during code generation, after
# LTO has resolved symbols.
define vmm_monitor
$(call vmm_monitor_dir,mon$(if $(1),-$(1)),$(2))
VMM_VARIANT_OBJS_$(1) := $(patsubst vmm/%.c,$(VMM_BUILD)/mon$(if $(1),-$(1))/%.o,$(VMM_SRCS)) \
                         $(VMM_BUILD)/mon$(if $(1),-$(1))/entry.o
endef
define vmm_monitor_dir
$(VMM_BUILD)/$(1)/%.o: vmm/%.c $(VMM_HDRS) | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$(RV_CC) $(VMM_CFLAGS) $(2) -c $$< -o $$@
$(VMM_BUILD)/$(1)/lib.o: vmm/lib.c $(VMM_HDRS) | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$(RV_CC) $(filter-out -flto,$(VMM_CFLAGS)) $(2) -c $$< -o $$@
$(VMM_BUILD)/$(1)/vmm_offsets.h: vmm/asm_offsets.c $(VMM_HDRS) | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$(RV_CC) $(filter-out -flto,$(VMM_CFLAGS)) $(2) -S $$< -o $$(@D)/asm_offsets.s
	sed -n 's/^->\([A-Z_]*\) \([0-9]*\).*/#define \1 \2/p' $$(@D)/asm_offsets.s > $$@
$(VMM_BUILD)/$(1)/entry.o: vmm/entry.S $(VMM_BUILD)/$(1)/vmm_offsets.h $(VMM_HDRS) | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$(RV_CC) $(RV_ASFLAGS) $(2) -I$(VMM_BUILD)/$(1) -Ivmm -Isw/firmware -c $$< -o $$@
endef
$(eval $(call vmm_monitor,,))
$(eval $(call vmm_monitor,small,$(VMM_SMALL_PARAMS)))
# The monitor without entry.S's fast paths (test-vmm-fastpath).
$(eval $(call vmm_monitor,slow,-DVMM_FAST_PATHS=0))

$(VMM_LDSCRIPT): vmm/vmm.ld vmm/vmm.h sw/firmware/layout.h $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(RV_CC) -E -P -x c -D__ASSEMBLER__ -I$(GEN) -Ivmm -Isw/firmware $< -o $@

# The device tree of each guest a monitor image carries: the tree that
# xvm-mkimage writes (vmm/mkimage/fdt.c), from a build tool of its own.
MKDTB := $(VMM_BUILD)/host/xvm-mkdtb
$(MKDTB): vmm/mkimage/mkdtb.c vmm/mkimage/fdt.c vmm/mkimage/die.c vmm/mkimage/mkimage.h vmm/vmm.h \
          $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -Ivmm -Ivmm/mkimage vmm/mkimage/mkdtb.c vmm/mkimage/fdt.c \
	  vmm/mkimage/die.c -lfdt -o $@

# $(call vmm_config,CONFIG,NAME=KERNEL[=EXPECT] ...[,VARIANT]): a
# firmware + monitor image build/vmm/img/vmm-CONFIG.elf carrying the listed
# guest kernels, each with the outcome the run requires of it (ok, fail or
# stop; default ok), on the monitor VARIANT of vmm_monitor: "small" is the
# 128 KiB configuration, "slow" the monitor without its assembly fast paths
# (mk/linux.mk adds "linux").
define vmm_config
$(VMM_BUILD)/cfg/$(1)/guests.S: vmm/mkguests.sh $(MKDTB) mk/vmm.mk | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	sh vmm/mkguests.sh $(MKDTB) $$(@D) $(if $(filter small,$(3)),$(VMM_SMALL_RAM) $(VMM_SMALL_MEM),$(VMM_RAM) $(VMM_GUEST_MEM)) $(foreach g,$(2),$(word 1,$(subst =, ,$(g)))=$(VMM_BUILD)/guest/$(word 2,$(subst =, ,$(g)))/kernel.bin=$(word 3,$(subst =, ,$(g)) ok))
$(VMM_BUILD)/cfg/$(1)/guests.o: $(VMM_BUILD)/cfg/$(1)/guests.S $(foreach g,$(2),$(VMM_BUILD)/guest/$(word 2,$(subst =, ,$(g)))/kernel.bin)
	$(RV_CC) $(RV_ASFLAGS) -c $$< -o $$@
$(VMM_BUILD)/cfg/$(1)/monitor.elf: $(VMM_VARIANT_OBJS_$(3)) $(VMM_BUILD)/cfg/$(1)/guests.o $(VMM_LDSCRIPT) $(GUEST_RT_OBJS)
	$(RV_CC) $(RV_ARCH) -O2 -flto -nostdlib -nostartfiles -T$(VMM_LDSCRIPT) -Wl,--no-relax -Wl,--no-warn-rwx-segments \
	  $(VMM_VARIANT_OBJS_$(3)) $(VMM_BUILD)/cfg/$(1)/guests.o $(GUEST_RT_OBJS) -lgcc -o $$@
$(VMM_BUILD)/cfg/$(1)/monitor.bin: $(VMM_BUILD)/cfg/$(1)/monitor.elf
	$(RV_OBJCOPY) -O binary $$< $$@
$(call fw_image,$(VMM_BUILD)/img/vmm-$(1).elf,$(VMM_BUILD)/cfg/$(1)/monitor.bin,1)
VMM_IMGS += $(VMM_BUILD)/img/vmm-$(1).elf
endef

VMM_IMGS :=
$(eval $(call vmm_config,equiv-a,a=a))
$(eval $(call vmm_config,equiv-b,b=b))
$(eval $(call vmm_config,equiv-apv,apv=apv))
$(eval $(call vmm_config,two,a=a b=b))
$(eval $(call vmm_config,four,a=a b=b apv=apv a=a))
$(eval $(call vmm_config,eight,a=a b=b apv=apv a=a b=b apv=apv a=a b=b))
$(eval $(call vmm_config,demo,a=a b=b apv=apv adversary=adv=stop))
$(eval $(call vmm_config,bench,bench=bench))
$(eval $(call vmm_config,switch,ping=bswitch pong=bswitch))
$(eval $(call vmm_config,cpu,c=c))
$(eval $(call vmm_config,iso,adversary=adv=stop a=a))
# The adversary with a probe the monitor rightly allows (its failure path).
$(eval $(call vmm_config,uncontained,adversary=advnc=stop tiny=tiny))
$(eval $(call vmm_config,small,tiny=tiny tinypv=tinypv,small))
$(eval $(call vmm_config,input,echo0=tinyecho echo1=tinyecho))
# No guests: xvm-mkimage adds them (vmm/bundle.h); small-bare for 128 KiB.
$(eval $(call vmm_config,bare,))
$(eval $(call vmm_config,small-bare,,small))
$(eval $(call vmm_config,crash,a=a trap-loop=crash1=stop b=b panic=crash2=fail bogus-satp=crash3=stop))
# The equivalence and demo configurations on the monitor without fast paths.
VMM_FASTPATH_CFGS := equiv-a equiv-b equiv-apv four demo
$(eval $(call vmm_config,slow-equiv-a,a=a,slow))
$(eval $(call vmm_config,slow-equiv-b,b=b,slow))
$(eval $(call vmm_config,slow-equiv-apv,apv=apv,slow))
$(eval $(call vmm_config,slow-four,a=a b=b apv=apv a=a,slow))
$(eval $(call vmm_config,slow-demo,a=a b=b apv=apv adversary=adv=stop,slow))

vmm-images: $(VMM_IMGS)

# --- tests --------------------------------------------------------------------
# Host unit tests: the monitor's pure logic against tests/vmm/fake_hw.c.
VMM_HOST_SRCS := vmm/trap.c vmm/vcpu.c vmm/emulate.c vmm/shadow.c vmm/sbi.c vmm/sched.c \
                 vmm/console.c vmm/stats.c tests/vmm/fake_hw.c tests/vmm/test_vmm.c
VMM_UNIT_BIN  := $(VMM_BUILD)/host/test_vmm

$(VMM_UNIT_BIN): $(VMM_HOST_SRCS) $(VMM_HDRS) tests/vmm/fake_hw.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -Ivmm -Isw/firmware -Itests/vmm $(VMM_HOST_SRCS) -lcmocka -o $@

.PHONY: test-vmm-unit test-vmm-system run-demo
test-vmm-unit: $(VMM_UNIT_BIN)
	@sh scripts/cmocka.sh vmm-unit $(RESULTS)/vmm-unit.txt $(VMM_BUILD)/host $(VMM_UNIT_BIN)

ALL_TARGETS += $(VMM_UNIT_BIN)
TEST_TARGETS += test-vmm-unit

test-vmm-system: $(VMM_NATIVE_IMGS) $(VMM_IMGS) $(VMM_SIM)
	@mkdir -p $(RESULTS)
	sh tests/vmm/system.sh $(VMM_SIM) $(VMM_BUILD)/img $(RESULTS)/vmm-system.txt $(VMM_MAX_CYCLES)

run-demo: $(VMM_BUILD)/img/vmm-demo.elf $(VMM_SIM)
	$(VMM_SIM) --max-cycles $(VMM_MAX_CYCLES) $<

# The project's main job: the monitor demo (make run SIM=iss on the model);
# make run GUESTS="k1.elf[,OPT=VAL...] k2.elf ..." boots the given S-mode
# kernels instead (docs/guest-platform.md, "Running your kernel").
.PHONY: run run-guests
run: $(DEPS_STAMP) $(if $(GUESTS),run-guests,run-demo)

run-guests: $(MKIMAGE) $(MKIMAGE_MONITOR) $(VMM_SIM)
	$(MKIMAGE) -o $(VMM_BUILD)/run-guests.elf $(foreach g,$(GUESTS),--guest $(g))
	$(VMM_SIM) --max-cycles $(VMM_MAX_CYCLES) $(VMM_BUILD)/run-guests.elf

TEST_TARGETS += test-vmm-system

# The monitor without its assembly fast paths against the monitor with them.
.PHONY: test-vmm-fastpath
test-vmm-fastpath: $(VMM_IMGS) $(VMM_SIM)
	@mkdir -p $(RESULTS)
	sh tests/vmm/fastpath.sh $(VMM_SIM) $(VMM_BUILD)/img $(RESULTS)/vmm-fastpath.txt $(VMM_MAX_CYCLES) \
	  $(VMM_FASTPATH_CFGS)
TEST_TARGETS += test-vmm-fastpath

# RTL and reference model in lockstep under the monitor (xvm-sim only).
.PHONY: test-vmm-cosim
test-vmm-cosim: $(VMM_IMGS) $(BUILD)/xvm-sim
	@mkdir -p $(RESULTS)
	sh tests/vmm/cosim.sh $(BUILD)/xvm-sim $(VMM_BUILD)/img $(RESULTS)/vmm-cosim.txt $(VMM_MAX_CYCLES)
TEST_TARGETS += test-vmm-cosim

# Benchmarks: cycle counts measured by the guests themselves (mcycle).
.PHONY: bench-vmm
bench-vmm: $(VMM_NATIVE_IMGS) $(VMM_IMGS) $(VMM_SIM)
	@sh tests/vmm/bench.sh $(VMM_SIM) $(VMM_BUILD)/img $(VMM_BUILD)/bench.txt $(VMM_MAX_CYCLES)
BENCH_TARGETS += bench-vmm

# --- xvm-mkimage: monitor + guest ELFs -> bootable image ------------------------
MKIMAGE      := $(BUILD)/xvm-mkimage
MKIMAGE_SRCS := vmm/mkimage/main.c vmm/mkimage/elf.c vmm/mkimage/fdt.c vmm/mkimage/die.c
MKIMAGE_MONITOR := $(VMM_BUILD)/img/vmm-bare.elf

$(MKIMAGE): $(MKIMAGE_SRCS) vmm/mkimage/mkimage.h vmm/bundle.h vmm/vmm.h sw/firmware/layout.h \
            $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	$(HOST_CC) $(HOST_CFLAGS) -Ivmm -Ivmm/mkimage -Isw/firmware \
	  -DXVM_MKIMAGE_MONITOR='"$(abspath $(MKIMAGE_MONITOR))"' $(MKIMAGE_SRCS) -lfdt -o $@
ALL_TARGETS += $(MKIMAGE) $(MKIMAGE_MONITOR) $(VMM_BUILD)/img/vmm-small-bare.elf

$(VMM_BUILD)/test/overlap.elf: tests/vmm/overlap.S tests/vmm/overlap.ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(RV_CC) $(RV_ARCH) -nostdlib -nostartfiles -Wl,--no-check-sections -Ttests/vmm/overlap.ld $< -o $@

$(VMM_BUILD)/test/fills.elf: tests/vmm/fills.S tests/vmm/fills.ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(RV_CC) $(RV_ARCH) -nostdlib -nostartfiles -Wl,--no-warn-rwx-segments -Ttests/vmm/fills.ld $< -o $@

.PHONY: test-vmm-mkimage
test-vmm-mkimage: $(MKIMAGE) $(MKIMAGE_MONITOR) $(VMM_BUILD)/img/vmm-small-bare.elf $(VMM_BUILD)/test/overlap.elf \
                  $(VMM_BUILD)/test/fills.elf $(VMM_SIM) $(VMM_BUILD)/guest/a/kernel.elf $(VMM_BUILD)/guest/b/kernel.elf \
                  $(VMM_BUILD)/guest/tiny/kernel.elf $(VMM_BUILD)/guest/tinypv/kernel.elf $(VMM_BUILD)/img/native-a.elf
	@mkdir -p $(RESULTS)
	sh tests/vmm/mkimage.sh $(MKIMAGE) $(VMM_SIM) $(VMM_BUILD)/guest $(VMM_BUILD)/test \
	  $(MKIMAGE) $(RESULTS)/vmm-mkimage.txt $(VMM_MAX_CYCLES)
TEST_TARGETS += test-vmm-mkimage

.PHONY: test-vmm-mkdtb
test-vmm-mkdtb: $(MKDTB)
	@mkdir -p $(RESULTS)
	@sh tests/vmm/mkdtb.sh $(MKDTB) $(RESULTS)/vmm-mkdtb.txt; \
	  [ $$(grep -c '^PASS ' $(RESULTS)/vmm-mkdtb.txt) -eq 9 ] && ! grep -q '^FAIL ' $(RESULTS)/vmm-mkdtb.txt
TEST_TARGETS += test-vmm-mkdtb

# xvm-mkimage with AddressSanitizer and UBSan (LeakSanitizer on), built
# apart from $(MKIMAGE), over the good and bad inputs of tests/vmm/mkimage.sh
# (without booting the images): a leak, a memory error or undefined
# behaviour changes the exit status or adds a stderr line, which fails the
# case. The help flag check makes sure the binary really is instrumented.
MKIMAGE_LSAN := $(VMM_BUILD)/lsan/xvm-mkimage
MKIMAGE_LSAN_ENV := ASAN_OPTIONS=detect_leaks=1:exitcode=70 \
                    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=70

$(MKIMAGE_LSAN): $(MKIMAGE_SRCS) vmm/mkimage/mkimage.h vmm/bundle.h vmm/vmm.h sw/firmware/layout.h \
                 $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) $(SANITIZE_FLAGS) -fno-sanitize-recover=all -Ivmm -Ivmm/mkimage -Isw/firmware \
	  -DXVM_MKIMAGE_MONITOR='"$(abspath $(MKIMAGE_MONITOR))"' $(MKIMAGE_SRCS) -lfdt -o $@

.PHONY: test-mkimage-lsan
test-mkimage-lsan: $(MKIMAGE_LSAN) $(MKIMAGE_MONITOR) $(VMM_BUILD)/img/vmm-small-bare.elf \
                   $(VMM_BUILD)/test/overlap.elf $(VMM_BUILD)/test/fills.elf $(VMM_BUILD)/guest/a/kernel.elf \
                   $(VMM_BUILD)/guest/b/kernel.elf $(VMM_BUILD)/guest/tiny/kernel.elf \
                   $(VMM_BUILD)/guest/tinypv/kernel.elf $(VMM_BUILD)/img/native-a.elf
	@mkdir -p $(RESULTS)
	@rc=0; $(MKIMAGE_LSAN_ENV) sh tests/vmm/mkimage.sh $(MKIMAGE_LSAN) - $(VMM_BUILD)/guest $(VMM_BUILD)/test \
	  $(MKIMAGE) $(RESULTS)/vmm-mkimage-lsan.txt $(VMM_MAX_CYCLES) mkimage-lsan || rc=1; \
	  if ASAN_OPTIONS=help=1 $(MKIMAGE_LSAN) --help 2>&1 >/dev/null | grep -q detect_leaks; then \
	    echo "PASS mkimage-lsan-instrumented" | tee -a $(RESULTS)/vmm-mkimage-lsan.txt; \
	  else echo "FAIL mkimage-lsan-instrumented" | tee -a $(RESULTS)/vmm-mkimage-lsan.txt; rc=1; fi; \
	  exit $$rc
test-mkimage-lsan: $(MKIMAGE)
TEST_TARGETS += test-mkimage-lsan

# --- the independent test kernel (sw/guest/byog): linked for the monitor
# (guest RAM at 0x40000000) and natively (the firmware's 0x80400000) ---------
BYOG_SRCS   := sw/guest/byog/start.S sw/guest/byog/kernel.c sw/guest/byog/fdt.c sw/guest/byog/user.c
BYOG_OBJS   := $(patsubst sw/guest/byog/%,$(VMM_BUILD)/byog/%.o,$(basename $(BYOG_SRCS)))
BYOG_CFLAGS := $(RV_CFLAGS) -msmall-data-limit=0 -fno-tree-loop-distribute-patterns -fno-builtin \
               -mstrict-align

$(VMM_BUILD)/byog/%.o: sw/guest/byog/%.c sw/guest/byog/byog.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(RV_CC) $(BYOG_CFLAGS) -c $< -o $@
$(VMM_BUILD)/byog/%.o: sw/guest/byog/%.S | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(RV_CC) $(RV_ASFLAGS) -c $< -o $@

# The guest is linked as docs/guest-platform.md says; natively, the link
# script is preprocessed with the firmware's FW_KERNEL_BASE.
$(VMM_BUILD)/byog/native.ld: sw/guest/byog/byog.ld sw/firmware/layout.h $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(RV_CC) -E -P -x c -I$(GEN) -Isw/firmware -include layout.h -DKERNEL_BASE=FW_KERNEL_BASE $< -o $@
$(VMM_BUILD)/byog/guest.elf: BYOG_LDFLAGS := -Tsw/guest/byog/byog.ld -Wl,--defsym=KERNEL_BASE=$(GUEST_RAM_BASE)
$(VMM_BUILD)/byog/native.elf: BYOG_LDFLAGS := -T$(VMM_BUILD)/byog/native.ld
$(VMM_BUILD)/byog/guest.elf $(VMM_BUILD)/byog/native.elf: $(VMM_BUILD)/byog/%.elf: $(BYOG_OBJS) sw/guest/byog/byog.ld
	$(RV_CC) $(RV_ARCH) -nostdlib -nostartfiles $(BYOG_LDFLAGS) -Wl,--no-relax $(BYOG_OBJS) -lgcc -o $@
$(VMM_BUILD)/byog/native.elf: $(VMM_BUILD)/byog/native.ld
$(VMM_BUILD)/byog/native.bin: $(VMM_BUILD)/byog/native.elf
	$(RV_OBJCOPY) -O binary $< $@
$(eval $(call fw_image,$(VMM_BUILD)/img/native-byog.elf,$(VMM_BUILD)/byog/native.bin,0))
ALL_TARGETS += $(VMM_BUILD)/byog/guest.elf $(VMM_BUILD)/img/native-byog.elf

.PHONY: test-vmm-byog
test-vmm-byog: $(MKIMAGE) $(MKIMAGE_MONITOR) $(VMM_BUILD)/byog/guest.elf $(VMM_BUILD)/img/native-byog.elf \
               $(VMM_BUILD)/guest/a/kernel.elf $(VMM_BUILD)/guest/apv/kernel.elf $(VMM_SIM)
	@mkdir -p $(RESULTS)
	sh tests/vmm/byog.sh $(MKIMAGE) $(VMM_SIM) $(VMM_BUILD)/byog/guest.elf $(VMM_BUILD)/img/native-byog.elf \
	  $(VMM_BUILD)/guest tests/vmm $(RESULTS)/vmm-byog.txt $(VMM_MAX_CYCLES)
TEST_TARGETS += test-vmm-byog

# An xvm-mkimage image among the co-simulated configurations.
$(VMM_BUILD)/img/vmm-byog.elf: $(MKIMAGE) $(MKIMAGE_MONITOR) $(VMM_BUILD)/byog/guest.elf \
                               $(VMM_BUILD)/guest/a/kernel.elf $(VMM_BUILD)/guest/b/kernel.elf
	$(MKIMAGE) -o $@ --guest $(VMM_BUILD)/byog/guest.elf,name=byog,mem=1M \
	  --guest $(VMM_BUILD)/guest/a/kernel.elf,mem=256K --guest $(VMM_BUILD)/guest/b/kernel.elf,mem=256K,gate=off
test-vmm-cosim: $(VMM_BUILD)/img/vmm-byog.elf
