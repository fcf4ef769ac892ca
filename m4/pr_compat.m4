# PR_COMPAT_BUILDS: the host's compat personalities (i386 on x86_64, s390-31 on
# s390x, arm on aarch64: the other entries of its VM in arch/personalities.tab)
# get a tracee and a runner of their own, each a whole nested build of this
# tree configured for that personality in compat/<name>/, so that the host's
# runner traces the compat path and the compat runner the compat ptrace entry.
#
# Why nested configures rather than extra targets of this Makefile: the compat
# tracee links this tree's judging library, which must then be compiled by the
# compat compiler too; a second configure of the same tree is the one way
# autotools gives that.  Each nested build sees only its own compiler's
# headers and libraries (the variables below are cleared), never the build
# machine's or the parent's sysroot.
#
# Sets PR_COMPAT (the names built) and PR_COMPAT_SUMMARY; defines
# PR_COMPAT_MISSING, the reason a compat tracee is absent, for the runner's SKIP.
AC_DEFUN([PR_COMPAT_BUILDS], [
AC_REQUIRE([PR_HOST_ARCH])
AC_ARG_ENABLE([compat],
  [AS_HELP_STRING([--disable-compat],
    [do not build the tracees and runners of the host's compat personalities (i386 on x86_64, ...)])],
  [], [enable_compat=yes])
m4_foreach_w([pr_a], m4_esyscmd_s([awk -v query=names -f arch/table.awk arch/personalities.tab | tr '\n' ' ']),
  [AC_ARG_VAR([CC_]m4_translit(pr_a, [a-z-], [A-Z_]),
    [C compiler for the ]pr_a[ compat tracee and runner, where ]pr_a[ is a compat personality of the host (default: from arch/personalities.tab)])])
PR_COMPAT= PR_COMPAT_SUMMARY= pr_compat_missing=
pr_table() { $AWK -v query="$[1]" -v entry="$[2]" -v key="$[3]" -f "$srcdir/arch/table.awk" "$srcdir/arch/personalities.tab"; }
pr_summary_add() { PR_COMPAT_SUMMARY="$PR_COMPAT_SUMMARY`printf '\n    %-22s: %s' "compat $[1]" "$[2]"`"; }
pr_abs_srcdir=`cd "$srcdir" && pwd`
pr_prefix=$prefix pr_exec_prefix=$exec_prefix
test "x$pr_prefix" != xNONE || pr_prefix=$ac_default_prefix
test "x$pr_exec_prefix" != xNONE || pr_exec_prefix='${prefix}'
for pr_c in `pr_table compat "$PR_ARCH"`; do
  pr_var=CC_`echo "$pr_c" | tr 'a-z-' 'A-Z_'`
  eval "pr_user_cc=\${$pr_var-}"
  if test "x$enable_compat" = xno; then
    pr_compat_missing="$pr_compat_missing; no $pr_c tracee: configure was given --disable-compat"
    pr_summary_add "$pr_c" "not built (--disable-compat)"
    continue
  fi
  if test -n "$pr_user_cc"; then
    pr_candidates=$pr_user_cc pr_looked="$pr_var=$pr_user_cc"
  else
    pr_candidates="`pr_table get "$pr_c" cc`
`pr_table get "$pr_c" multilib_cc`"
    pr_looked=`echo "$pr_candidates" | sed '/^$/d' | tr '\n' '|' | sed 's/|$//; s/|/ or /g'`
  fi
  AC_MSG_CHECKING([for a compiler of the $pr_c compat tracee])
  pr_cc=
  pr_save_IFS=$IFS IFS='
'
  for pr_try in $pr_candidates; do
    IFS=$pr_save_IFS
    test -n "$pr_try" || continue
    # A static program: the compat runner and tracee must run without the
    # compat personality's shared libraries, which the build machine lacks.
    echo 'int main(void) { return 0; }' > conftest-compat.c
    if $pr_try -static -o conftest-compat conftest-compat.c >&AS_MESSAGE_LOG_FD 2>&1; then
      pr_cc=$pr_try
      break
    fi
  done
  IFS=$pr_save_IFS
  rm -f conftest-compat conftest-compat.c
  if test -z "$pr_cc"; then
    AC_MSG_RESULT([none])
    pr_why="no $pr_c tracee: configure found no compiler for it ($pr_looked: none links a static program; Debian packages: `pr_table get "$pr_c" packages`; or configure $pr_var=CC)"
    AC_MSG_WARN([$pr_why])
    pr_compat_missing="$pr_compat_missing; $pr_why"
    pr_summary_add "$pr_c" "not built: no $pr_looked links a static program ($pr_var=CC names one)"
    continue
  fi
  AC_MSG_RESULT([$pr_cc])
  AC_MSG_NOTICE([configuring the $pr_c compat build in compat/$pr_c])
  AS_MKDIR_P([compat/$pr_c])
  pr_triplet=`pr_table get "$pr_c" triplet`
  if (cd "compat/$pr_c" &&
      env -u CPPFLAGS -u CFLAGS -u LDFLAGS -u LIBS -u CPP -u CCAS -u CCASFLAGS \
          -u PKG_CONFIG -u PKG_CONFIG_PATH -u PKG_CONFIG_LIBDIR -u PKG_CONFIG_SYSROOT_DIR \
          -u CHECK_CFLAGS -u CHECK_LIBS -u LIBUNWIND_CFLAGS -u LIBUNWIND_LIBS \
        "$pr_abs_srcdir/configure" --host="$pr_triplet" CC="$pr_cc" LDFLAGS=-static \
          --disable-compat --prefix="$pr_prefix" --exec-prefix="$pr_exec_prefix" \
          --libexecdir="$libexecdir" > configure.log 2>&1); then
    PR_COMPAT="$PR_COMPAT $pr_c"
    pr_libs=`sed -n 's/^ *Check unit tests *: *\([[a-z]]*\).*/Check \1/p; s/^ *libunwind-ptrace *: *\([[a-z]]*\).*/libunwind-ptrace \1/p' "compat/$pr_c/configure.log" | tr '\n' ',' | sed 's/,$//; s/,/, /g'`
    pr_summary_add "$pr_c" "tracee and runner src/ptrace-regress-$pr_c, with $pr_cc ($pr_libs)"
  else
    pr_why="no $pr_c tracee: its nested configure with $pr_cc failed (compat/$pr_c/configure.log)"
    AC_MSG_WARN([$pr_why])
    pr_compat_missing="$pr_compat_missing; $pr_why"
    pr_summary_add "$pr_c" "not built: its configure failed with $pr_cc (compat/$pr_c/configure.log)"
  fi
done
test -n "$PR_COMPAT_SUMMARY" || PR_COMPAT_SUMMARY=`printf '\n    %-22s: %s' "compat personalities" "none for $PR_ARCH"`
pr_compat_missing=`echo "$pr_compat_missing" | sed 's/^; //'`
AC_DEFINE_UNQUOTED([PR_COMPAT_MISSING], ["$pr_compat_missing"],
  [Why a compat personality's tracee was not built, for the runner's SKIP])
AC_SUBST([PR_COMPAT])
])
