# Bare-metal runtime and programs (sw/).
#
# Variables for other areas that build RISC-V programs:
#   SW_CFLAGS   compile flags for C that uses picolibc (RV_CFLAGS + picolibc
#               headers)
#   SW_LDSCRIPT the linker script (RAM at XVM_RAM_BASE, entry _start first;
#               -Wl,--defsym=__ram_size=N changes the RAM size)
#   SW_RT_OBJS  runtime objects: crt0 (reset entry, stack, .bss, mtvec),
#               M-mode trap entry calling xvm_trap_handler(), UART console
#               for stdio, exit through the finisher, counter reads
#   SW_LDFLAGS  link flags (picolibc, no default start files, SW_LDSCRIPT)
#   SW_LINK     full link command: $(SW_LINK) -o $@ <objects>
# A program links as
#   $(BUILD)/x.elf: x.c $(SW_RT_OBJS) $(SW_LDSCRIPT)
#   	$(SW_LINK) -o $@ x.c
# and includes "xvm_rt.h" (sw/include) for CSRs, console and trap hook.

SW_BUILD    := $(BUILD)/sw
SW_CFLAGS   := $(RV_CFLAGS) --specs=picolibc.specs
SW_LDSCRIPT := $(SW_BUILD)/link.ld
SW_RT_NAMES := crt0 trap console trap_default counters
SW_RT_OBJS  := $(addprefix $(SW_BUILD)/runtime/,$(addsuffix .o,$(SW_RT_NAMES)))
SW_LDFLAGS  := --specs=picolibc.specs -nostartfiles -T$(SW_LDSCRIPT) -Wl,--gc-sections
SW_LINK      = $(RV_CC) $(RV_CFLAGS) $(SW_LDFLAGS) $(SW_RT_OBJS)

$(SW_LDSCRIPT): sw/runtime/link.ld $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(RV_CC) -E -P -x c -I$(GEN) $< -o $@

$(SW_BUILD)/runtime/%.o: sw/runtime/%.S $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(RV_CC) $(RV_ASFLAGS) -c $< -o $@

$(SW_BUILD)/runtime/%.o: sw/runtime/%.c sw/include/xvm_rt.h $(GEN)/xvm_defs.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(RV_CC) $(SW_CFLAGS) -c $< -o $@

$(SW_BUILD)/hello.elf: sw/hello/hello.c $(SW_RT_OBJS) $(SW_LDSCRIPT)
	$(SW_LINK) -o $@ $<

ALL_TARGETS += $(SW_BUILD)/hello.elf
