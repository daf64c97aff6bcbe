/* SPDX-License-Identifier: Apache-2.0 */
/* The image the firmware starts in S-mode: a monitor or a guest kernel.
 * PAYLOAD_FILE (a flat binary) and PAYLOAD_IS_MONITOR come from the build. */
    .section .payload, "ax"
    .globl fw_payload
fw_payload:
    .incbin PAYLOAD_FILE

    .section .rodata
    .balign 4
    .globl fw_payload_is_monitor
fw_payload_is_monitor:
    .word PAYLOAD_IS_MONITOR
