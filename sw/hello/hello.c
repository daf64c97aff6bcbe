#include <stdio.h>

int main(void)
{
    fputs("Hello from Xvm!\n", stdout);
    return 0;
}
