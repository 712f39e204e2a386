/* bench/measure.c - measure RESULT CMD [ARG...]: run CMD once and write
 * "WALL USER SYS MAXRSS_KIB EXIT" (seconds to the microsecond) to RESULT.
 *
 * bench/bench.py runs every command through this instead of reaping it from
 * Python: a process's peak RSS (ru_maxrss) includes the memory of whatever
 * forked it until the exec, so a child of Python starts at Python's 15 MB;
 * a child of this small program starts at about 1 MB. CPU and peak RSS come
 * from wait4, wall time from CLOCK_MONOTONIC around fork and wait. CMD
 * inherits stdin, stdout and stderr. Exit status: 0 when the result was
 * written (whatever CMD's own status), 2 on a usage or system error. */
#define _DEFAULT_SOURCE /* wait4 */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double seconds(struct timeval tv)
{
    return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

static double elapsed(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

/* CMD's exit status, or 128 + the signal that ended it (as a shell says). */
static int exit_code(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return -1;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fputs("usage: measure RESULT CMD [ARG...]\n", stderr);
        return 2;
    }
    FILE *result = fopen(argv[1], "we"); /* not inherited by CMD */
    if (!result) {
        perror(argv[1]);
        return 2;
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) != pid) {
        perror("wait4");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    fprintf(result, "%.6f %.6f %.6f %ld %d\n", elapsed(&start, &end), seconds(ru.ru_utime),
            seconds(ru.ru_stime), ru.ru_maxrss, exit_code(status));
    return fclose(result) == 0 ? 0 : 2;
}
