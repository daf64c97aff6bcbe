/* SPDX-License-Identifier: Apache-2.0 */
/* A pipe between two processes: the child writes 200000 bytes of a known
 * sequence in odd-sized pieces (more than the pipe holds, so both sides
 * block in turn), the parent reads them back in other sizes and checks
 * every byte. */
#include "xt.h"

#define TOTAL 200000

int main(void)
{
    static unsigned char buf[4096];
    int fd[2];

    if (xt_pipe(fd) != 0)
        return xt_fail("t-pipe", "pipe");
    pid_t pid = fork();
    if (pid == 0) {
        close(fd[0]);
        unsigned int s = 12345;
        int sent = 0;
        while (sent < TOTAL) {
            int n = 1 + (int)(xt_rand(&s) % 3000);
            if (n > TOTAL - sent)
                n = TOTAL - sent;
            for (int i = 0; i < n; i++)
                buf[i] = (unsigned char)((sent + i) * 7 + 3);
            if (write(fd[1], buf, n) != n)
                exit(1);
            sent += n;
        }
        exit(0);
    }
    close(fd[1]);
    int got = 0, bad = 0;
    unsigned int sum = 0;
    for (;;) {
        int n = read(fd[0], buf, 1000);
        if (n <= 0)
            break;
        for (int i = 0; i < n; i++) {
            if (buf[i] != (unsigned char)((got + i) * 7 + 3))
                bad++;
            sum = sum * 31 + buf[i];
        }
        got += n;
    }
    int st = xt_wait(pid);
    printf("t-pipe: %d bytes, %d bad, sum %x, writer exited with %d\n", got, bad, sum, st);
    return got == TOTAL && bad == 0 && st == 0 ? 0 : 1;
}
