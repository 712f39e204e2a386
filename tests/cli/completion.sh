# completion.sh - bash and zsh completion, rendered by the binary from the
# option tables (`hvcpuid --render=bash|zsh`). bash: the script is sourced
# and _hvcpuid called as bash calls it (COMP_WORDS, COMP_CWORD), with '='
# split off as COMP_WORDBREAKS does and not; every option of every
# command's --help, every choice and every check name must complete. zsh:
# the function parses and compinit binds it to hvcpuid.
. tests/cli/lib.sh
H=$HVCPUID
"$H" --render=bash >"$TMPD/hvcpuid.bash"
"$H" --render=zsh >"$TMPD/_hvcpuid"
[ -f build/completion/hvcpuid.bash ] && { cmp -s build/completion/hvcpuid.bash "$TMPD/hvcpuid.bash" &&
    ok "build/completion/hvcpuid.bash is fresh" || not_ok "build/completion/hvcpuid.bash is fresh" "make completion"; }

# complete WORD... : what _hvcpuid offers for the last word, one per line.
complete_words() {
    bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        _hvcpuid; printf "%s\n" "${COMPREPLY[@]}"' _ "$TMPD/hvcpuid.bash" "$@" 2>/dev/null
}
expect_completion() { # NAME WANT WORD...: WANT (a line) is among the replies
    name=$1
    want=$2
    shift 2
    if complete_words "$@" | grep -qxF -- "$want"; then ok "bash: $name"
    else not_ok "bash: $name" "'$want' not in: $(complete_words "$@" | tr '\n' ' ')"; fi
}
expect_only() { # NAME WANT WORD...: WANT is the only reply
    name=$1
    want=$2
    shift 2
    got=$(complete_words "$@")
    [ "$got" = "$want" ] && ok "bash: $name" || not_ok "bash: $name" "got: $(echo $got)"
}
bash -n "$TMPD/hvcpuid.bash" && ok "bash: the script parses" || not_ok "bash: the script parses" "syntax"
expect_only "a command" check hvcpuid ch
expect_only "a long option" --format= hvcpuid check --fo
expect_only "--opt=value in one word" --format=json hvcpuid check --format=j
expect_only "--opt=value split at '='" json hvcpuid check --format = j
expect_only "--opt value" sarif hvcpuid check --format s
expect_only "-WNAME" -Wfield-overlap hvcpuid check -Wfield-ov
expect_only "-W NAME" field-overlap hvcpuid check -W field-ov
expect_only "-Wno-error=NAME" -Wno-error=field-overlap hvcpuid check -Wno-error=field-ov
expect_only "-Werror=NAME split at '='" field-overlap hvcpuid check -Werror = field-ov
expect_only "-Eno-NAME" -Eno-register-gap hvcpuid check -Eno-register
expect_only "--color=WHEN" --color=never hvcpuid gen --color=ne
expect_only "-fdiagnostics-color=WHEN" -fdiagnostics-color=always hvcpuid check -fdiagnostics-color=al
expect_only "a choice of decode" json hvcpuid decode --format j
expect_only "a register" ecx hvcpuid free --register ec
expect_completion "a folder for gen -o" tests hvcpuid gen -o tes
expect_completion "a file argument" tests/data/small/registry.xml hvcpuid check tests/data/small/reg
expect_completion "a file for --registry" tests/data/small/registry.xml hvcpuid decode --registry tests/data/small/reg
expect_only "--render=WHAT" --render=zsh hvcpuid --render=z
expect_only "a literal value: decode -Werror" -Werror hvcpuid decode -We

# Everything the tables hold completes: each command, each of its options
# as --help lists them, each choice, each check name in each -W/-E form.
cmds=$("$H" --help | sed -n 's/^  hvcpuid \([a-z]*\).*/\1/p')
n=0
missing=
for c in $cmds; do
    complete_words hvcpuid "" | grep -qx "$c" || missing="$missing $c"
    opts=$(complete_words hvcpuid "$c" -)
    "$H" "$c" --help | sed -n 's/^  \(-[^ ].*\)$/\1/p' | sed 's/  .*//; s/, /\n/g' >"$TMPD/spellings"
    while read -r o; do
        w=${o%% *}
        case $w in
        --*=*) name=${w%%=*}= ;;
        --*) [ "$w" = "$o" ] && name=$w || name=$w= ;;
        *) name=$(printf '%s' "$w" | cut -c1-2) ;;
        esac
        n=$((n + 1))
        printf '%s\n' "$opts" | grep -qxF -- "$name" || missing="$missing $c:$name"
        case $w in
        --*=*)
            for v in $(printf '%s' "${w#*=}" | tr '|' ' '); do
                n=$((n + 1))
                complete_words hvcpuid "$c" "${w%%=*}=$v" | grep -qxF -- "${w%%=*}=$v" ||
                    missing="$missing $c:${w%%=*}=$v"
            done ;;
        esac
    done <"$TMPD/spellings"
done
[ -z "$missing" ] && ok "bash: every command, option and choice ($n)" ||
    not_ok "bash: every command, option and choice" "missing:$missing"
missing=
for name in $("$H" check --list | awk '{print $1}'); do
    for form in "-W$name" "-Wno-$name" "-Werror=$name" "-Wno-error=$name" "-E$name" "-Eno-$name"; do
        complete_words hvcpuid check "$form" | grep -qxF -- "$form" || missing="$missing $form"
    done
done
[ -z "$missing" ] && ok "bash: every check name in every -W/-E form" ||
    not_ok "bash: every check name in every -W/-E form" "missing:$missing"

# With the bash-completion package loaded, as an interactive Debian shell has
# it, the script completes the same.
bc=/usr/share/bash-completion/bash_completion
if [ -f "$bc" ]; then
    got=$(bash -c '. "$1" 2>/dev/null; . "$2"; COMP_WORDS=(hvcpuid check --format = j); COMP_CWORD=4
        _hvcpuid; printf "%s\n" "${COMPREPLY[@]}"; complete -p hvcpuid' _ "$bc" "$TMPD/hvcpuid.bash" 2>&1)
    [ "$got" = "json
complete -F _hvcpuid hvcpuid" ] && ok "bash: the same with bash-completion loaded" ||
        not_ok "bash: the same with bash-completion loaded" "$got"
else
    not_ok "bash with bash-completion" "bash-completion is not installed (tools/ensure-deps.sh check)"
fi

# ---- zsh -------------------------------------------------------------------
if command -v zsh >/dev/null 2>&1; then
    zsh -n "$TMPD/_hvcpuid" && ok "zsh: the function parses" || not_ok "zsh: the function parses" "syntax"
    mkdir -p "$TMPD/fpath" && cp "$TMPD/_hvcpuid" "$TMPD/fpath/"
    out=$(HOME=$TMPD zsh -f -c "fpath=('$TMPD/fpath' \$fpath); autoload -Uz compinit; compinit -u -D
        print -r -- \$_comps[hvcpuid]" 2>&1)
    [ "$out" = _hvcpuid ] && ok "zsh: compinit binds _hvcpuid to hvcpuid" ||
        not_ok "zsh: compinit binds _hvcpuid to hvcpuid" "$out"
    missing=
    for c in $cmds; do grep -q "^    $c)$" "$TMPD/_hvcpuid" || missing="$missing $c"; done
    for name in $("$H" check --list | awk '{print $1}'); do
        grep -q " no-error=$name[ )]" "$TMPD/_hvcpuid" || missing="$missing $name"
    done
    [ -z "$missing" ] && ok "zsh: every command and check name" ||
        not_ok "zsh: every command and check name" "missing:$missing"
else
    not_ok "zsh completion" "zsh is not installed (tools/ensure-deps.sh check)"
fi
finish
