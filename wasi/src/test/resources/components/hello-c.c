/* A wasi-libc command: greets its arguments and $GREETING, lists the preopened directory ".",
 * copies input.txt to output.txt in upper case, and exits with the number of arguments. */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv) {
    const char *greeting = getenv("GREETING");
    printf("%s from C", greeting ? greeting : "hello");
    for (int i = 1; i < argc; i++) printf(" %s", argv[i]);
    printf("\n");
    struct timespec now;
    if (clock_gettime(CLOCK_REALTIME, &now) != 0 || now.tv_sec < 1600000000) return 100;
    DIR *dir = opendir(".");
    if (!dir) { perror("opendir"); return 101; }
    struct dirent *e;
    int entries = 0;
    while ((e = readdir(dir)) != NULL) if (e->d_name[0] != '.') entries++;
    closedir(dir);
    printf("%d entries\n", entries);
    FILE *in = fopen("input.txt", "r");
    if (!in) { perror("input.txt"); return 102; }
    FILE *out = fopen("output.txt", "w");
    if (!out) { perror("output.txt"); return 103; }
    int c;
    while ((c = fgetc(in)) != EOF) fputc(toupper(c), out);
    fclose(in);
    fclose(out);
    FILE *escape = fopen("../escape.txt", "w");
    if (escape) { fclose(escape); return 104; }
    fprintf(stderr, "escape refused\n");
    return argc - 1;
}
