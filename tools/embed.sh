#!/bin/sh
# embed.sh SYMBOL FILE - print a C file that defines FILE's text as a string.
set -eu
sym=$1
file=$2
printf '/* generated from %s by tools/embed.sh - do not edit */\n' "$file"
printf 'const char %s[] =\n' "$sym"
sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/    "/' -e 's/$/\\n"/' "$file"
printf '    ;\n'
printf 'const unsigned long %s_len = sizeof %s - 1;\n' "$sym" "$sym"
