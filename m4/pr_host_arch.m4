# PR_HOST_ARCH: the personality whose live half (stubs, register reader,
# tracee) this host builds, from arch/personalities.tab.  The table is read
# twice: here when configure runs (host_cpu to personality), and by autoconf
# itself for the list of AM_CONDITIONALs (ARCH_<NAME>), which automake must
# see statically.
AC_DEFUN([PR_HOST_ARCH], [
AC_REQUIRE([AC_PROG_AWK])
AC_MSG_CHECKING([which personality the live half is built for])
PR_ARCH=`$AWK -v query=cpu -v cpu="$host_cpu" -v os="$host_os" -f "$srcdir/arch/table.awk" "$srcdir/arch/personalities.tab"` ||
  AC_MSG_ERROR([no entry in arch/personalities.tab for host CPU '$host_cpu' (OS '$host_os'): ptrace-regress can judge recordings of it but cannot trace on it])
AC_MSG_RESULT([$PR_ARCH])
AC_SUBST([PR_ARCH])
m4_foreach_w([pr_a], m4_esyscmd_s([awk -v query=names -f arch/table.awk arch/personalities.tab | tr '\n' ' ']),
  [AM_CONDITIONAL([ARCH_]m4_translit(pr_a, [a-z-], [A-Z_]), [test "x$PR_ARCH" = "x]pr_a["])])
])
