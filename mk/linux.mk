# SPDX-License-Identifier: Apache-2.0
# Linux on Xvm (linux/, docs/linux.md): the kernel of Debian's
# linux-source-6.1 with the project's patches and configuration, its
# initramfs (init and the test set, built with the kernel's nolibc), and
# the native image (firmware + device tree + kernel).
#
#   make linux             build/linux/Image-KEY (and vmlinux-KEY, for its
#                          symbols), built once per KEY (the Debian package
#                          version, the patches, the configuration and the
#                          initramfs sources)
#   make linux-native      build/linux/native.elf, for build/xvm-sim or -iss
#   make linux-guest       build/linux/guest.elf and the monitor it needs
#   make run-linux         Linux beside kernel A and the adversary, on SIM
#   make test-linux-native natively: on the RTL in lockstep, and on the ISS
#   make test-linux-guest  make run-linux's image on the RTL
#   make bench-linux       boot, getpid and fault cycles, native and guest

LINUX_DIR      := $(BUILD)/linux
LINUX_TARBALL  := /usr/src/linux-source-6.1.tar.xz
LINUX_DEB_VER  := $(shell dpkg-query -W -f='$${Version}' linux-source-6.1 2>/dev/null)
LINUX_PATCHES  := $(sort $(wildcard linux/patches/*.patch))
LINUX_FRAGMENT := linux/xvm.config
LINUX_CROSS    := riscv64-linux-gnu-
LINUX_SRC      := $(LINUX_DIR)/src
LINUX_HDR      := $(LINUX_DIR)/hdr

# The source tree is extracted again when the package or a patch changes;
# the kernel is rebuilt (incrementally, in $(LINUX_DIR)/obj) when anything
# that goes into it changes, and each result is kept under its key.
LINUX_SRC_KEY  := $(shell { echo '$(LINUX_DEB_VER)'; cat $(LINUX_PATCHES); } | sha256sum | cut -c1-16)
LINUX_SRC_STAMP := $(LINUX_DIR)/src-$(LINUX_SRC_KEY).stamp

# --- user space --------------------------------------------------------------
# Static rv32 programs on nolibc: no C library, the kernel's UAPI headers.
LINUX_USER_SRCS := $(sort $(wildcard linux/initramfs/*.c))
LINUX_USER_HDRS := $(wildcard linux/initramfs/*.h)
LINUX_USER_BINS := $(patsubst linux/initramfs/%.c,$(LINUX_DIR)/initramfs/%,$(LINUX_USER_SRCS))
LINUX_USER_CFLAGS := $(RV_ARCH) -Os -Wall -Wextra -Werror -ffreestanding -fno-stack-protector \
    -fno-asynchronous-unwind-tables -fno-ident -nostdinc \
    -isystem $(shell $(RV_CC) -print-file-name=include) \
    -I$(LINUX_HDR)/usr/include -I$(LINUX_SRC)/tools/include/nolibc -include linux/initramfs/xt.h
LINUX_USER_LDFLAGS := -nostdlib -static -Wl,--build-id=none

LINUX_KEY := $(shell { echo '$(LINUX_SRC_KEY) $(LINUX_USER_CFLAGS) $(LINUX_USER_LDFLAGS)'; \
    $(LINUX_CROSS)gcc --version 2>/dev/null | head -1; \
    cat $(LINUX_FRAGMENT) linux/kconfig.sh linux/initramfs/devices.list $(LINUX_USER_SRCS) $(LINUX_USER_HDRS); } | sha256sum | cut -c1-16)
LINUX_IMAGE   := $(LINUX_DIR)/Image-$(LINUX_KEY)
LINUX_VMLINUX := $(LINUX_DIR)/vmlinux-$(LINUX_KEY)

# Keys, not timestamps, decide what is rebuilt: a checkout that touches a
# patch without changing it rebuilds nothing.
$(LINUX_SRC_STAMP): | $(DEPS_STAMP)
	@[ -r $(LINUX_TARBALL) ] || { echo "linux: $(LINUX_TARBALL): not found (make deps installs linux-source-6.1)" >&2; exit 2; }
	rm -rf $(LINUX_SRC) $(LINUX_DIR)/src-*.stamp
	mkdir -p $(LINUX_SRC)
	tar -xJf $(LINUX_TARBALL) -C $(LINUX_SRC) --strip-components=1
	set -e; for p in $(LINUX_PATCHES); do echo "linux: applying $$p"; patch -s -p1 -d $(LINUX_SRC) < $$p; done
	touch $@

$(LINUX_DIR)/hdr.stamp: $(LINUX_SRC_STAMP)
	$(MAKE) -s --no-print-directory -C $(LINUX_SRC) O=$(abspath $(LINUX_HDR)) ARCH=riscv headers
	touch $@

$(LINUX_DIR)/initramfs/%: linux/initramfs/%.c $(LINUX_USER_HDRS) $(LINUX_DIR)/hdr.stamp
	@mkdir -p $(@D)
	$(RV_CC) $(LINUX_USER_CFLAGS) $(LINUX_USER_LDFLAGS) $< -lgcc -o $@

# gen_init_cpio's list: linux/initramfs/devices.list, /init, the tests in /bin.
$(LINUX_DIR)/initramfs.list: $(LINUX_USER_BINS) linux/initramfs/devices.list mk/linux.mk
	{ cat linux/initramfs/devices.list; \
	  echo "file /init $(abspath $(LINUX_DIR)/initramfs/init) 0755 0 0"; \
	  $(foreach b,$(filter-out %/init,$(LINUX_USER_BINS)),echo "file /bin/$(notdir $(b)) $(abspath $(b)) 0755 0 0";) \
	} > $@.tmp && mv $@.tmp $@

# Only the key decides whether the kernel is built: the programs and the
# list are order-only, so that rebuilding them unchanged builds nothing.
$(LINUX_IMAGE) $(LINUX_VMLINUX) &: | $(LINUX_SRC_STAMP) $(LINUX_DIR)/initramfs.list
	sh linux/kconfig.sh $(LINUX_SRC) $(abspath $(LINUX_DIR)/obj) $(LINUX_FRAGMENT) \
	  $(abspath $(LINUX_DIR)/initramfs.list) $(LINUX_CROSS)
	@echo "linux: building the kernel (-j2; about 13 minutes the first time)"
	$(MAKE) --no-print-directory -C $(LINUX_SRC) O=$(abspath $(LINUX_DIR)/obj) ARCH=riscv \
	  CROSS_COMPILE=$(LINUX_CROSS) -j2 Image > $(LINUX_DIR)/build.log 2>&1 || \
	  { tail -20 $(LINUX_DIR)/build.log; exit 1; }
	cp $(LINUX_DIR)/obj/arch/riscv/boot/Image $(LINUX_IMAGE)
	cp $(LINUX_DIR)/obj/vmlinux $(LINUX_VMLINUX)

.PHONY: linux
linux: $(LINUX_IMAGE) $(LINUX_VMLINUX)

# --- native image --------------------------------------------------------------
# The firmware boots the kernel at FW_KERNEL_BASE with the device tree of
# linux/native.dts in a1, placed past the kernel's memory (the Image
# header's image_size). Memory for Linux: the default simulator RAM above
# the firmware's 4 MiB. The firmware's variables come from mk/vmm.mk, read
# before this fragment (MK_FIRST).
.SECONDEXPANSION:
LINUX_NATIVE        := $(LINUX_DIR)/native.elf
LINUX_NATIVE_MEM    := 0x00c00000
LINUX_NATIVE_BOOTARGS := console=hvc0 earlycon=sbi

$(LINUX_DIR)/native.dtb: linux/native.dts sw/firmware/layout.h $(GEN)/xvm_defs.h mk/linux.mk | $(DEPS_STAMP)
	@mkdir -p $(@D)
	cpp -P -nostdinc -undef -x assembler-with-cpp -I$(GEN) -Isw/firmware -include layout.h \
	  -DMEM_BASE=FW_KERNEL_BASE -DMEM_BASE_HEX=$$(printf %x $$(( $$(echo FW_KERNEL_BASE | \
	    cpp -P -nostdinc -undef -I$(GEN) -Isw/firmware -include layout.h -) ))) \
	  -DMEM_SIZE=$(LINUX_NATIVE_MEM) -DBOOTARGS='"$(LINUX_NATIVE_BOOTARGS)"' $< > $@.dts
	dtc -q -I dts -O dtb -o $@ $@.dts

LINUX_NATIVE_DTB = -DDTB_FILE='"$(LINUX_DIR)/native.dtb"' \
  -DDTB_OFFSET=$$(( ($$(od -An -t u4 -j 16 -N 4 $(LINUX_IMAGE)) + 0xffff) & ~0xffff ))
$(eval $(call fw_image,$(LINUX_NATIVE),$(LINUX_IMAGE),0,$$(LINUX_NATIVE_DTB),$(LINUX_DIR)/native.dtb))

.PHONY: linux-native
linux-native: $(LINUX_NATIVE)

# --- as a guest ------------------------------------------------------------------
# The same Image as a guest ELF (loaded at guest physical 0x4000_0000, where
# PAGE_OFFSET maps it), and a monitor for it: the "bare" monitor of
# mk/vmm.mk built for 96 MiB of RAM, which takes the guests from
# xvm-mkimage's bundle: Linux gets 64 MiB.
LINUX_GUEST     := $(LINUX_DIR)/guest.elf
LINUX_MON_RAM   := 0x6000000
# Linux touches more than eight 4 MiB regions in one address space (kernel
# text and data, the linear mapping, user text, heap and stack): with the
# default pool of eight level-0 shadow tables per root it thrashes; and its
# init, a test and the test's children are live address spaces at once.
LINUX_MON_PARAMS := -DVMM_RAM_LIMIT=$(LINUX_MON_RAM) -DVMM_SHADOW_POOL=64 -DVMM_SHADOW_TREES=8
LINUX_MONITOR   := $(VMM_BUILD)/img/vmm-linux-bare.elf

$(LINUX_GUEST): $(LINUX_IMAGE)
	riscv64-unknown-elf-ld -m elf32lriscv -N -b binary -e $(GUEST_RAM_BASE) -Tdata $(GUEST_RAM_BASE) \
	  --no-warn-rwx-segments $< -o $@

$(eval $(call vmm_monitor,linux,$(LINUX_MON_PARAMS)))
$(eval $(call vmm_config,linux-bare,,linux))

.PHONY: linux-guest
linux-guest: $(LINUX_GUEST) $(LINUX_MONITOR)

# make run-linux: Linux beside kernel A and the adversarial guest, on SIM.
# Linux gets the native run's 10 MHz timebase (linux/native.dts).
LINUX_RUN     := $(LINUX_DIR)/run-linux.elf
LINUX_RUN_RAM := 96M

$(LINUX_RUN): $(LINUX_GUEST) $(LINUX_MONITOR) $$(MKIMAGE) $$(VMM_BUILD)/guest/a/kernel.elf $$(VMM_BUILD)/guest/adv/kernel.elf
	$(MKIMAGE) -o $@ --monitor $(LINUX_MONITOR) \
	  --guest $(LINUX_GUEST),name=linux,mem=64M,timebase=10000000 \
	  --guest $(VMM_BUILD)/guest/a/kernel.elf,name=a \
	  --guest $(VMM_BUILD)/guest/adv/kernel.elf,name=adversary,expect=stop

.PHONY: run-linux
run-linux: $(LINUX_RUN) $(SIM_BIN)
	$(SIM_BIN) --ram-size $(LINUX_RUN_RAM) $(LINUX_RUN)

# --- tests -----------------------------------------------------------------------
# test-linux-native: the native image on the RTL in lockstep with the
# reference model, and on the reference model alone;
# the user-space lines must equal tests/linux/native.expected and the run must end
# by SBI power-off (exit 0).
LINUX_MAX_CYCLES ?= 1500000000
LINUX_TEST_DIR   := $(LINUX_DIR)/test

.PHONY: test-linux-native
test-linux-native: $(LINUX_NATIVE) $(BUILD)/xvm-sim $(BUILD)/xvm-iss
	@mkdir -p $(RESULTS)
	@rm -f $(RESULTS)/linux-native.txt
	@rc=0; \
	sh tests/linux/boot.sh linux-native-cosim $(RESULTS)/linux-native.txt tests/linux/native.expected $(LINUX_TEST_DIR) '' \
	  $(BUILD)/xvm-sim --cosim --max-cycles $(LINUX_MAX_CYCLES) $(LINUX_NATIVE) || rc=1; \
	sh tests/linux/boot.sh linux-native-iss $(RESULTS)/linux-native.txt tests/linux/native.expected $(LINUX_TEST_DIR) '' \
	  $(BUILD)/xvm-iss --max-cycles $(LINUX_MAX_CYCLES) $(LINUX_NATIVE) || rc=1; \
	exit $$rc
TEST_TARGETS += test-linux-native

# test-linux-guest: make run-linux's image on the RTL: Linux's user-space
# lines (guest0) equal the native run's, and the monitor ends with 0 (every
# guest ended as required: Linux and kernel A with status 0, the adversary
# stopped).
.PHONY: test-linux-guest
test-linux-guest: $(LINUX_RUN) $(BUILD)/xvm-sim
	@mkdir -p $(RESULTS)
	@rm -f $(RESULTS)/linux-guest.txt
	@sh tests/linux/boot.sh linux-guest $(RESULTS)/linux-guest.txt tests/linux/native.expected $(LINUX_TEST_DIR) \
	  '\[guest0\] ' $(BUILD)/xvm-sim --ram-size $(LINUX_RUN_RAM) --max-cycles $(LINUX_MAX_CYCLES) $(LINUX_RUN)
TEST_TARGETS += test-linux-guest

# bench-linux: boot, getpid and page-fault cycles natively and as the lone
# guest of the Linux monitor, on the RTL (tests/linux/bench.sh). The guest
# gets the native run's memory: Linux's boot does work in proportion to it
# (the memory map, the page allocator), and the monitor zeroes it.
LINUX_BENCH_IMG := $(LINUX_DIR)/bench-guest.elf

$(LINUX_BENCH_IMG): $(LINUX_GUEST) $(LINUX_MONITOR) $$(MKIMAGE) mk/linux.mk
	$(MKIMAGE) -o $@ --monitor $(LINUX_MONITOR) \
	  --guest $(LINUX_GUEST),name=linux,mem=$(LINUX_NATIVE_MEM),timebase=10000000

.PHONY: bench-linux
bench-linux: $(LINUX_NATIVE) $(LINUX_BENCH_IMG) $(BUILD)/xvm-sim
	@sh tests/linux/bench.sh $(BUILD)/xvm-sim $(LINUX_NATIVE) $(LINUX_BENCH_IMG) $(LINUX_DIR)/bench $(LINUX_MAX_CYCLES) $(LINUX_RUN_RAM)
BENCH_TARGETS += bench-linux
