#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Emits the device tree source of the virtual platform a guest sees
# (docs/guest-platform.md); dtc turns it into the blob the monitor hands
# the guest in a1.
# Usage: mkdts.sh MEM_SIZE [CONSOLE_NAME]
set -eu
mem=$1
console=${2:-}
cat <<DTS
/dts-v1/;

/ {
    #address-cells = <1>;
    #size-cells = <1>;
    model = "xvm,guest";
    compatible = "xvm,guest";

    chosen {
        stdout-path = "/console";
        bootargs = "console=hvc0 earlycon=sbi";
    };

    cpus {
        #address-cells = <1>;
        #size-cells = <0>;
        timebase-frequency = <1000000>;

        cpu@0 {
            device_type = "cpu";
            reg = <0>;
            compatible = "riscv";
            riscv,isa = "rv32ima_zicsr_zifencei";
            mmu-type = "riscv,sv32";
            status = "okay";

            interrupt-controller {
                #interrupt-cells = <1>;
                interrupt-controller;
                compatible = "riscv,cpu-intc";
            };
        };
    };

    memory@40000000 {
        device_type = "memory";
        reg = <0x40000000 $mem>;
    };

    console {
        compatible = "xvm,sbi-console";
        label = "$console";
    };
};
DTS
