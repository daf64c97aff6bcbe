/* SPDX-License-Identifier: Apache-2.0 */
/* The image the firmware starts in S-mode: a monitor or a guest kernel.
 * PAYLOAD_FILE (a flat binary) and PAYLOAD_IS_MONITOR come from the build;
 * a kernel that wants a device tree gets DTB_FILE at DTB_OFFSET bytes
 * from the payload's start (past the kernel's memory, which its boot
 * code may clear beyond the end of the file). */
    .section .payload, "ax"
    .globl fw_payload
fw_payload:
    .incbin PAYLOAD_FILE
#ifdef DTB_FILE
    .org DTB_OFFSET
    .balign 8
    .globl fw_dtb
fw_dtb:
    .incbin DTB_FILE
#endif

    .section .rodata
    .balign 4
    .globl fw_payload_is_monitor
fw_payload_is_monitor:
    .word PAYLOAD_IS_MONITOR
