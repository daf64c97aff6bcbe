/* SPDX-License-Identifier: Apache-2.0 */
/* String and formatting routines of picolibc driven by the core: printf
 * conversions, strtol/strtoul, memmove overlaps, strtok, reversal. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

struct rec {
    char name[16];
    int16_t id;
    uint8_t flags;
    int32_t value;
};

static void reverse(char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n / 2; i++) {
        char t = s[i];
        s[i] = s[n - 1 - i];
        s[n - 1 - i] = t;
    }
}

int main(void)
{
    printf("[%5d] [%-5d] [%05d] [%x] [%X] [%o] [%u]\n", 42, 42, 42, 0xbeef, 0xbeef, 8, 4000000000u);
    printf("[%ld] [%lld] [%llx]\n", -2147483647L - 1, -9000000000000000000LL, 0x123456789abcdefULL);
    printf("[%s] [%10s] [%-10s] [%.3s] [%c%c]\n", "xvm", "right", "left", "truncate", 'o', 'k');
    printf("strtol %ld %ld %ld\n", strtol("-12345", NULL, 10), strtol("0x7fff", NULL, 16),
           strtol("777", NULL, 8));
    printf("strtoul %lu\n", strtoul("4294967295", NULL, 10));
    char buf[64];
    strcpy(buf, "0123456789abcdef");
    memmove(buf + 4, buf, 10);
    printf("memmove up   %s\n", buf);
    strcpy(buf, "0123456789abcdef");
    memmove(buf, buf + 3, 10);
    printf("memmove down %s\n", buf);
    char text[] = "the quick brown fox jumps over the lazy dog";
    int words = 0;
    size_t longest = 0;
    for (char *t = strtok(text, " "); t; t = strtok(NULL, " ")) {
        words++;
        if (strlen(t) > longest)
            longest = strlen(t);
        t[0] = (char)toupper((unsigned char)t[0]);
        printf("%s%s", words > 1 ? "-" : "", t);
    }
    printf("\nwords %d longest %u\n", words, (unsigned)longest);
    strcpy(buf, "Hello from Xvm");
    reverse(buf);
    printf("reversed: %s, cmp %d %d\n", buf, strcmp("abc", "abd") < 0, strncmp("abcX", "abcY", 3));
    struct rec r[3];
    for (int i = 0; i < 3; i++) {
        snprintf(r[i].name, sizeof r[i].name, "rec-%d", i * 7);
        r[i].id = (int16_t)(-100 * i);
        r[i].flags = (uint8_t)(0xF0 | i);
        r[i].value = i * 1000003;
    }
    struct rec copy[3];
    memcpy(copy, r, sizeof r);
    for (int i = 0; i < 3; i++)
        printf("%s id=%d flags=%02x value=%ld\n", copy[i].name, copy[i].id, copy[i].flags,
               (long)copy[i].value);
    const char *q = "the quick brown fox";
    printf("strchr %d strrchr %d strstr %d\n", (int)(strchr(q, 'q') - q),
           (int)(strrchr("a/b/c", '/') - "a/b/c"), (int)(strstr("needle in haystack", "hay") - "needle in haystack"));
    return 0;
}
