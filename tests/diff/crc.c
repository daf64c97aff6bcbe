/* SPDX-License-Identifier: Apache-2.0 */
/* CRC-32 (bitwise and table-driven), CRC-16/CCITT and Adler-32 over
 * generated buffers. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint32_t crc32_table[256];

static void crc32_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc32_table[i] = c;
    }
}

static uint32_t crc32_bitwise(const uint8_t *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    while (n--) {
        c ^= *p++;
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xEDB88320u & -(c & 1));
    }
    return ~c;
}

static uint32_t crc32_tab(const uint8_t *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    while (n--)
        c = crc32_table[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return ~c;
}

static uint16_t crc16_ccitt(const uint8_t *p, size_t n)
{
    uint16_t c = 0xFFFF;
    while (n--) {
        c ^= (uint16_t)(*p++ << 8);
        for (int k = 0; k < 8; k++)
            c = c & 0x8000 ? (uint16_t)((c << 1) ^ 0x1021) : (uint16_t)(c << 1);
    }
    return c;
}

static uint32_t adler32(const uint8_t *p, size_t n)
{
    uint32_t a = 1, b = 0;
    while (n--) {
        a = (a + *p++) % 65521;
        b = (b + a) % 65521;
    }
    return b << 16 | a;
}

static uint8_t buf[4096];

int main(void)
{
    crc32_init();
    const char *check = "123456789";
    printf("check crc32 %08lx crc16 %04x adler %08lx\n",
           (unsigned long)crc32_tab((const uint8_t *)check, 9),
           crc16_ccitt((const uint8_t *)check, 9),
           (unsigned long)adler32((const uint8_t *)check, 9));
    uint32_t x = 0x9E3779B9u;
    for (size_t i = 0; i < sizeof buf; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        buf[i] = (uint8_t)x;
    }
    int ok = 1;
    for (size_t n = 1; n <= sizeof buf; n *= 4) {
        uint32_t a = crc32_bitwise(buf, n), b = crc32_tab(buf, n);
        ok &= a == b;
        printf("n=%4u crc32 %08lx crc16 %04x adler %08lx\n", (unsigned)n,
               (unsigned long)b, crc16_ccitt(buf, n), (unsigned long)adler32(buf, n));
    }
    /* unaligned start */
    printf("odd crc32 %08lx\n", (unsigned long)crc32_tab(buf + 3, 1001));
    printf("bitwise==table: %s\n", ok ? "yes" : "no");
    return ok ? 0 : 1;
}
