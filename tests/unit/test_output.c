/* test_output.c - the output set: written only when changed, all or nothing,
 * never through a symbolic link, never into "" or "/". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gen/output.h"

static char dir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/hvcpuid-out-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* Entries of `path` other than . and .. */
static size_t entries(const char *path)
{
    size_t n = 0;
    DIR *d = opendir(path);
    for (struct dirent *e; d && (e = readdir(d));)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    if (d)
        closedir(d);
    return n;
}

static void set(hv_outputs *outs, const char *path, const char *text)
{
    hv_strbuf *sb = hv_outputs_add(outs, path);
    assert_non_null(sb);
    hv_strbuf_puts(sb, text);
}

/* Writes `outs` below `where`; the error text (if any) goes to `err`. */
static bool write_set(const hv_outputs *outs, const char *where, hv_write_stats *stats, char *err,
                      size_t errlen)
{
    FILE *fp = fmemopen(err, errlen, "w");
    assert_non_null(fp);
    bool ok = hv_outputs_write(outs, where, fp, stats);
    fclose(fp);
    return ok;
}

static off_t size_of(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? st.st_size : -1;
}

static void writes_only_what_changed(void **state)
{
    (void)state;
    char err[512] = "", path[160];
    hv_outputs outs;
    hv_outputs_init(&outs);
    set(&outs, "a.txt", "A");
    set(&outs, "sub/dir/c.txt", "one\n");
    hv_write_stats stats;
    assert_true(write_set(&outs, dir, &stats, err, sizeof err));
    assert_int_equal(stats.written, 2);
    snprintf(path, sizeof path, "%s/sub/dir/c.txt", dir);
    assert_int_equal(size_of(path), 4);
    struct stat before;
    assert_int_equal(stat(path, &before), 0);
    assert_true(write_set(&outs, dir, &stats, err, sizeof err));
    assert_int_equal(stats.written, 0);
    assert_int_equal(stats.unchanged, 2);
    struct stat after;
    assert_int_equal(stat(path, &after), 0);
    assert_int_equal(before.st_ino, after.st_ino); /* not rewritten */
    hv_outputs_free(&outs);
    hv_outputs_init(&outs);
    set(&outs, "a.txt", "A");
    set(&outs, "sub/dir/c.txt", "");
    assert_true(write_set(&outs, dir, &stats, err, sizeof err));
    assert_int_equal(stats.written, 1);
    assert_int_equal(size_of(path), 0);
    snprintf(path, sizeof path, "%s/sub/dir", dir);
    assert_int_equal(entries(path), 1); /* no temporary file left behind */
    hv_outputs_free(&outs);
}

/* One output that cannot be written (its folder is a plain file): nothing
 * at all is written, and the message names the path. */
static void all_or_nothing(void **state)
{
    (void)state;
    char err[512] = "", blocker[128], first[160];
    snprintf(blocker, sizeof blocker, "%s/plainfile", dir);
    FILE *fp = fopen(blocker, "w");
    assert_non_null(fp);
    fclose(fp);
    hv_outputs outs;
    hv_outputs_init(&outs);
    set(&outs, "first.txt", "written first");
    set(&outs, "plainfile/inside.json", "x");
    hv_write_stats stats;
    assert_false(write_set(&outs, dir, &stats, err, sizeof err));
    assert_non_null(strstr(err, "plainfile: error:"));
    snprintf(first, sizeof first, "%s/first.txt", dir);
    assert_int_equal(size_of(first), -1);
    assert_int_equal(entries(dir), 1);
    hv_outputs_free(&outs);
}

/* A symbolic link as a subfolder, as a file, or as the folder itself is
 * never followed: nothing lands where it points. */
static void follows_no_link(void **state)
{
    (void)state;
    char err[512] = "", target[128], link[160], root_link[160];
    snprintf(target, sizeof target, "%s/elsewhere", dir);
    assert_int_equal(mkdir(target, 0777), 0);
    snprintf(link, sizeof link, "%s/out", dir);
    assert_int_equal(mkdir(link, 0777), 0);
    snprintf(link, sizeof link, "%s/out/include", dir);
    assert_int_equal(symlink(target, link), 0);
    hv_outputs outs;
    hv_outputs_init(&outs);
    set(&outs, "include/x.h", "x");
    hv_write_stats stats;
    snprintf(link, sizeof link, "%s/out", dir);
    assert_false(write_set(&outs, link, &stats, err, sizeof err));
    assert_non_null(strstr(err, "out/include: error: is a symbolic link"));
    assert_int_equal(entries(target), 0);
    snprintf(root_link, sizeof root_link, "%s/linked-out", dir);
    assert_int_equal(symlink(target, root_link), 0);
    assert_false(write_set(&outs, root_link, &stats, err, sizeof err));
    assert_non_null(strstr(err, "is a symbolic link"));
    strcat(root_link, "/");
    assert_false(write_set(&outs, root_link, &stats, err, sizeof err));
    assert_int_equal(entries(target), 0);
    hv_outputs_free(&outs);
}

static void refuses_empty_and_root(void **state)
{
    (void)state;
    char err[512] = "";
    hv_outputs outs;
    hv_outputs_init(&outs);
    set(&outs, "x.txt", "x");
    hv_write_stats stats;
    assert_false(write_set(&outs, "", &stats, err, sizeof err));
    assert_non_null(strstr(err, "empty folder name"));
    assert_false(write_set(&outs, "/", &stats, err, sizeof err));
    assert_non_null(strstr(err, "root folder"));
    assert_false(write_set(&outs, "///", &stats, err, sizeof err));
    assert_non_null(strstr(err, "root folder"));
    hv_outputs_free(&outs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(writes_only_what_changed, setup, teardown),
        cmocka_unit_test_setup_teardown(all_or_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(follows_no_link, setup, teardown),
        cmocka_unit_test_setup_teardown(refuses_empty_and_root, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
