/* test_output.c - atomic, write-if-changed output files. */
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

#include "../../gen/output.h"

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

static size_t entries(const char *path)
{
    size_t n = 0;
    DIR *d = opendir(path);
    for (struct dirent *e; d && (e = readdir(d));)
        n += e->d_name[0] != '.';
    if (d)
        closedir(d);
    return n;
}

static void writes_only_when_changed(void **state)
{
    (void)state;
    char path[128], err[256];
    bool changed = false;
    snprintf(path, sizeof path, "%s/sub/dir/file.txt", dir);
    assert_true(hv_write_file_if_changed(path, "one\n", 4, &changed, err, sizeof err));
    assert_true(changed);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_size, 4);
    assert_true(hv_write_file_if_changed(path, "one\n", 4, &changed, err, sizeof err));
    assert_false(changed);
    assert_true(hv_write_file_if_changed(path, "two\n", 4, &changed, err, sizeof err));
    assert_true(changed);
    assert_true(hv_write_file_if_changed(path, "", 0, &changed, err, sizeof err));
    assert_true(changed);
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_size, 0);
    char sub[128];
    snprintf(sub, sizeof sub, "%s/sub/dir", dir);
    assert_int_equal(entries(sub), 1); /* no temporary files left behind */
}

static void reports_unwritable_paths(void **state)
{
    (void)state;
    char blocker[128], path[160], err[256];
    bool changed = true;
    snprintf(blocker, sizeof blocker, "%s/plainfile", dir);
    FILE *fp = fopen(blocker, "w");
    assert_non_null(fp);
    fclose(fp);
    snprintf(path, sizeof path, "%s/inside/out.json", blocker);
    assert_false(hv_write_file_if_changed(path, "x", 1, &changed, err, sizeof err));
    assert_false(changed);
    assert_non_null(strstr(err, "cannot"));
    assert_int_equal(entries(dir), 1);
}

static void output_set_writes_all(void **state)
{
    (void)state;
    hv_outputs outs;
    hv_outputs_init(&outs);
    hv_strbuf_puts(hv_outputs_add(&outs, "a.txt"), "A");
    hv_strbuf_puts(hv_outputs_add(&outs, "b/c.txt"), "C");
    assert_true(hv_outputs_complete(&outs));
    hv_write_stats stats;
    FILE *err = fopen("/dev/null", "w");
    assert_true(hv_outputs_write(&outs, dir, err, &stats));
    assert_int_equal(stats.written, 2);
    assert_true(hv_outputs_write(&outs, dir, err, &stats));
    assert_int_equal(stats.written, 0);
    assert_int_equal(stats.unchanged, 2);
    fclose(err);
    hv_outputs_free(&outs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(writes_only_when_changed, setup, teardown),
        cmocka_unit_test_setup_teardown(reports_unwritable_paths, setup, teardown),
        cmocka_unit_test_setup_teardown(output_set_writes_all, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
