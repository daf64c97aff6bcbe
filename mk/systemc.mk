# SystemC model of the platform (tb/sc/): the core verilated in SystemC
# mode, with the RAM, CLINT, UART and finisher as TLM-2.0 modules; same
# command line and output as build/xvm-sim (tb/sc/README.md).
#
#   make sim-systemc   build/xvm-sim-sc
#   make test-systemc  xvm-sim-sc against xvm-sim, byte for byte
#   make bench-systemc simulation speed of both on the CLI benchmark

SC_DIR       := $(BUILD)/systemc
SC_VL_DIR    := $(SC_DIR)/verilator
SC_VL_ROOT   := $(shell verilator --getenv VERILATOR_ROOT 2>/dev/null)
# Debian's SystemC (headers in /usr/include, library in the multiarch dir).
SC_ENV       := SYSTEMC_INCLUDE=/usr/include SYSTEMC_LIBDIR=/usr/lib/x86_64-linux-gnu
# The core and its units: the SoC, its devices and the simulation top are
# replaced by the SystemC modules.
SC_RTL_SRCS  := $(filter-out rtl/xvm_sim_%.v rtl/xvm_soc.v rtl/xvm_xbar.v rtl/xvm_clint.v \
                  rtl/xvm_uart.v rtl/xvm_finisher.v,$(wildcard rtl/*.v))
SC_VL_LIBS   := $(SC_VL_DIR)/Vxvm_core__ALL.a $(SC_VL_DIR)/libverilated.a
SC_SRCS      := $(wildcard tb/sc/*.cpp)
SC_OBJS      := $(patsubst tb/sc/%.cpp,$(SC_DIR)/%.o,$(SC_SRCS))
SC_CXXFLAGS  := -std=c++17 -O2 -g -Wall -Wextra -Werror -faligned-new \
                -DVM_COVERAGE=0 -DVM_SC=1 -DVM_TRACE=0 -DVM_TRACE_FST=0 -DVM_TRACE_VCD=0 \
                -Itb/sc -Isim -I$(GEN) -isystem $(SC_VL_DIR) \
                -isystem $(SC_VL_ROOT)/include -isystem $(SC_VL_ROOT)/include/vltstd

# Verilator builds the model with its own makefile (-O3 for the generated
# code, as mk/sim.mk does for xvm-sim), then its runtime objects
# (VK_GLOBAL_OBJS) into libverilated.a.
$(SC_VL_LIBS) &: $(SC_RTL_SRCS) $(wildcard rtl/*.vh) mk/systemc.mk | $(DEPS_STAMP)
	@mkdir -p $(SC_VL_DIR)
	$(SC_ENV) verilator --sc --build --build-jobs 1 -O3 --x-assign fast --x-initial fast \
	  -Wno-fatal --top-module xvm_core -Irtl -Mdir $(SC_VL_DIR) \
	  -MAKEFLAGS "OPT_FAST=-O3 OPT_SLOW=-O1 OPT_GLOBAL=-O2" \
	  $(SC_RTL_SRCS) > $(SC_DIR)/verilator.log 2>&1 || { cat $(SC_DIR)/verilator.log; exit 1; }
	rm -f $(SC_VL_DIR)/libverilated.a
	$(SC_ENV) $(MAKE) --no-print-directory -s -C $(SC_VL_DIR) -f Vxvm_core.mk OPT_GLOBAL=-O2 \
	  --eval='.SECONDEXPANSION:' --eval='libverilated.a: $$$$(VK_GLOBAL_OBJS); ar rcs $$@ $$^' \
	  libverilated.a

$(SC_OBJS): $(SC_DIR)/%.o: tb/sc/%.cpp $(wildcard tb/sc/*.h) $(wildcard sim/*.h) $(GEN)/xvm_defs.h $(SC_VL_LIBS)
	@mkdir -p $(@D)
	$(SC_ENV) g++ $(SC_CXXFLAGS) -c $< -o $@

$(BUILD)/xvm-sim-sc: $(SC_OBJS) $(SC_VL_LIBS) $(SIM_COMMON_LIB)
	g++ -o $@ $(SC_OBJS) $(SC_VL_LIBS) $(SIM_COMMON_LIB) -lsystemc -pthread

.PHONY: sim-systemc
sim-systemc: $(BUILD)/xvm-sim-sc

ALL_TARGETS += $(BUILD)/xvm-sim-sc
