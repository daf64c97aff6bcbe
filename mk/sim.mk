# Simulator front end: the C shared by both simulators (sim/xvm_*.c), the
# Verilator build of the RTL with its C testbench (build/xvm-sim), and their
# unit and command-line tests.

# --- C shared by xvm-sim and xvm-iss: link $(SIM_COMMON_LIB) -------------
SIM_COMMON_SRCS := sim/xvm_elf.c sim/xvm_options.c sim/xvm_commit.c
SIM_COMMON_OBJS := $(patsubst sim/%.c,$(BUILD)/sim/%.o,$(SIM_COMMON_SRCS))
SIM_COMMON_LIB  := $(BUILD)/sim/libxvm-common.a

$(SIM_COMMON_OBJS): $(BUILD)/sim/%.o: sim/%.c sim/%.h $(GEN)/xvm_defs.h
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -c $< -o $@

$(SIM_COMMON_LIB): $(SIM_COMMON_OBJS)
	rm -f $@
	ar rcs $@ $^

ALL_TARGETS += $(SIM_COMMON_LIB)
