/* gen/cmd/decode.c - `hvcpuid decode`: identify and decode the hypervisor leaves
 * of a CPUID dump (cpuid -r, AIDA64/InstLatx64, or `probe --format=raw`). */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gen/cli.h"
#include "gen/decode/report.h"
#include "validate/parse.h"

#define HV_MAX_DUMP_SIZE (16u * 1024u * 1024u)
#define HV_DUMP_CAPACITY (1u << 17) /* results kept per CPU: the whole range and more */
#define HV_QUOTE_MAX     72u        /* bytes of a dump line quoted in an error */

/* "DUMP[:LINE]: error: message" (or note) on stderr, coloured as the
 * registry's diagnostics are when `color` (hv_cli_use_color). */
#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
static void
dump_diag(bool color, const char *name, unsigned long line, hv_severity sev, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *message = hv_vasprintf(fmt, ap);
    va_end(ap);
    hv_strbuf out;
    hv_strbuf_init(&out);
    hv_diag_format_prefix(&out, (hv_loc){name, (unsigned)line, 0}, sev, color);
    hv_strbuf_printf(&out, "%s\n", message ? message : "out of memory");
    fputs(hv_strbuf_cstr(&out), stderr);
    hv_strbuf_free(&out);
    free(message);
}

/* What a path that is not a regular file is, for the refusal. */
static const char *file_kind(mode_t mode)
{
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
}

/* Opens DUMP for reading: a regular file only (a FIFO would block until a
 * writer came, a device might never end), so nothing here can hang; '-' is
 * stdin, whatever it is, because the caller chose it. -1 after an error. */
static int open_dump(const char *path, const char *name, bool color)
{
    if (strcmp(path, "-") == 0)
        return STDIN_FILENO;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        dump_diag(color, name, 0, HV_SEV_ERROR, "cannot open: %s", strerror(errno));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        dump_diag(color, name, 0, HV_SEV_ERROR,
                  "%s, not a regular file; decode reads a dump file, or '-' for standard input",
                  file_kind(st.st_mode));
        close(fd);
        return -1;
    }
    return fd;
}

/* Reads the whole dump (at most HV_MAX_DUMP_SIZE bytes). */
static char *read_dump(const char *path, const char *name, bool color, size_t *len)
{
    int fd = open_dump(path, name, color);
    if (fd < 0)
        return NULL;
    char *buf = malloc(HV_MAX_DUMP_SIZE + 1);
    size_t n = 0;
    ssize_t got = 1;
    while (buf && n < HV_MAX_DUMP_SIZE + 1 && got > 0) {
        got = read(fd, buf + n, HV_MAX_DUMP_SIZE + 1 - n);
        if (got < 0 && errno == EINTR)
            got = 1;
        else if (got > 0)
            n += (size_t)got;
    }
    if (fd != STDIN_FILENO)
        close(fd);
    if (!buf || got < 0) {
        dump_diag(color, name, 0, HV_SEV_ERROR, "cannot read the dump%s%s", buf ? ": " : "",
                  buf ? strerror(errno) : "");
        free(buf);
        return NULL;
    }
    if (n > HV_MAX_DUMP_SIZE) {
        dump_diag(color, name, 0, HV_SEV_ERROR, "larger than 16 MiB; not a CPUID dump");
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* Line `line` (1-based) of the text, as an escaped quotation: every byte
 * outside printable ASCII is shown as \xNN, so a dump cannot put control
 * characters, CR, C1 codes or bidirectional overrides into a log. */
static void quote_line(const char *text, size_t len, unsigned long line, char *buf, size_t cap)
{
    size_t i = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        i = 3; /* the parser skipped it too */
    for (unsigned long l = 1; l < line && i < len; l++) {
        const char *nl = memchr(text + i, '\n', len - i);
        i = nl ? (size_t)(nl - text) + 1 : len;
    }
    const char *nl = memchr(text + i, '\n', len - i);
    size_t n = (nl ? (size_t)(nl - text) : len) - i;
    hv_format_signature((const unsigned char *)text + i, n > HV_QUOTE_MAX ? HV_QUOTE_MAX : n, buf,
                        cap);
    if (n > HV_QUOTE_MAX && strlen(buf) + 4 < cap)
        strcat(buf, "...");
}

/* DUMP:LINE: error: ..., then what the line says and the line it relates to. */
static void print_dump_error(const char *name, const char *text, size_t len,
                             const hvcpuid_dump_error *err, bool color)
{
    dump_diag(color, name, err->line, HV_SEV_ERROR, "%s", err->message);
    if (!err->line)
        return;
    char quoted[4 * HV_QUOTE_MAX + 8];
    quote_line(text, len, err->line, quoted, sizeof quoted);
    dump_diag(color, name, err->line, HV_SEV_NOTE, "the line reads %s", quoted);
    if (err->related_line)
        dump_diag(color, name, err->related_line, HV_SEV_NOTE, "%s", err->related);
}

static int print_report(const hv_decode_input *in, hv_decode_style style)
{
    hv_strbuf out;
    hv_strbuf_init(&out);
    hv_decode_counts c = hv_decode_report(in, style, &out);
    bool ok = !out.failed && hv_write_stdout(out.data, out.len);
    hv_strbuf_free(&out);
    if (!ok) {
        fprintf(stderr, "hvcpuid: error: cannot write the output\n");
        return HV_EXIT_USAGE;
    }
    return c.errors ? HV_EXIT_FINDINGS : HV_EXIT_OK;
}

typedef struct decode_args {
    const char *registry;
    int format; /* a decode_format */
    bool strict, wide, all;
    hv_color_opt color;
} decode_args;

typedef enum decode_format { DECODE_TEXT, DECODE_JSON } decode_format;

static int decode_dump(const hvcpuid_tables *t, const char *path, const decode_args *args)
{
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    size_t len = 0;
    bool color = hv_cli_use_color(args->color.when, STDERR_FILENO);
    char *text = read_dump(path, name, color, &len);
    hvcpuid_result *cpu0 = calloc(HV_DUMP_CAPACITY, sizeof *cpu0);
    hvcpuid_result *scratch = calloc(HV_DUMP_CAPACITY, sizeof *scratch);
    int status = HV_EXIT_USAGE;
    if (text && cpu0 && scratch) {
        hvcpuid_dump d;
        hvcpuid_dump_error err;
        hvcpuid_dump_init(&d, cpu0, scratch, HV_DUMP_CAPACITY);
        if (hvcpuid_dump_parse(&d, text, len, &err) != HVCPUID_DUMP_OK) {
            print_dump_error(name, text, len, &err, color);
            status = HV_EXIT_FINDINGS;
        } else {
            hv_decode_input in = {t,
                                  &d.cpu0,
                                  name,
                                  args->strict,
                                  d.cpus,
                                  d.cpus_differing,
                                  d.first_diff_cpu,
                                  d.first_diff_leaf,
                                  d.first_diff_subleaf,
                                  d.first_diff_line};
            hv_decode_style style = {args->format == DECODE_JSON, args->wide, args->all};
            status = print_report(&in, style);
        }
    } else if (text) {
        fprintf(stderr, "hvcpuid decode: error: out of memory\n");
    }
    free(text);
    free(cpu0);
    free(scratch);
    return status;
}

static const char *const decode_formats[] = {"text", "json", NULL};

/* -Werror, spelled as for check: the only -W decode takes. */
static bool werror(const hv_option *opt, void *target, const char *value, char *err, size_t errlen)
{
    (void)opt;
    if (strcmp(value, "error") != 0) {
        snprintf(err, errlen,
                 "decode takes -Werror only (a registry's checks are `hvcpuid "
                 "check`'s), not -W%.64s",
                 value);
        return false;
    }
    *(bool *)target = true;
    return true;
}

static const hv_option decode_options[] = {
    HV_OPT_DECODE_REGISTRY(decode_args, registry),
    HV_OPT_CHOICE(0, "format", decode_args, format, decode_formats,
                  "text for a person (the default), or JSON\n"
                  "(docs/json.md; every field, whatever is shown)"),
    HV_OPT_FLAG(0, "strict", decode_args, strict,
                "bits or leaves the registry does not describe\n"
                "are errors (exit 1), not warnings: for vendors\n"
                "checking their hypervisor against the registry"),
    HV_OPT_CALLBACK('W', NULL, decode_args, strict, "error", werror, HV_OPT_ATTACHED,
                    "the same as --strict"),
    HV_OPT_FLAG(0, "wide", decode_args, wide,
                "one line per field and finding (text is\n"
                "wrapped to 100 columns otherwise)"),
    HV_OPT_FLAG(0, "all", decode_args, all,
                "every field, clear flags and zero reserved\n"
                "ranges too (text shows what is set or has a value)"),
    HV_OPT_COLOR(decode_args, color),
    HV_OPT_END,
};

const hv_usage hv_decode_usage = {
    .name = "decode",
    .args = "[DUMP|-]",
    .about = "Identifies every hypervisor interface in a CPUID dump (bases 0x40000000 to\n"
             "0x4000FF00) and decodes each field. DUMP is a `cpuid -r` dump (with or without\n"
             "the sub-leaf column), an AIDA64/InstLatx64 dump (libcpuid .test files too) or\n"
             "`hvcpuid probe --format=raw` output; '-' or nothing reads stdin.",
    .notes = "Findings name their DUMP:LINE. A bit set that the registry calls reserved or\n"
             "leaves undescribed, or a leaf it does not define, is a warning saying the registry\n"
             "may be behind the hypervisor (an error with --strict); data that cannot be right\n"
             "(a max leaf below its base, sub-leaves that repeat or contradict each other) is\n"
             "an error; oddities real hosts show are warnings naming them. Exit status: 0 no\n"
             "errors, 1 a malformed dump or an error finding, 2 usage or I/O error (a missing\n"
             "file, more than 16 MiB, a FIFO or device given as DUMP).",
    .options = decode_options,
};

int hv_cmd_decode(int argc, char **argv)
{
    decode_args args = {.format = DECODE_TEXT};
    int ndumps = 0;
    int status = hv_cli_parse(&hv_decode_usage, &args, argc, argv, &ndumps);
    if (status != HV_CLI_RUN)
        return status;
    if (ndumps > 1)
        return hv_usage_error("decode", "one dump at a time ('%s' and '%s')", argv[0], argv[1]);
    hv_session s;
    hvcpuid_tables storage;
    const hvcpuid_tables *t = NULL;
    hv_session_init(&s, NULL);
    s.color = args.color.when;
    status = hv_decode_tables("decode", args.registry, &s, &storage, &t);
    if (status == HV_EXIT_OK)
        status = decode_dump(t, ndumps ? argv[0] : "-", &args);
    hv_session_free(&s);
    return status;
}
