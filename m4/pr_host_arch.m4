# PR_HOST_ARCH: map the host CPU to its arch/<dir> (the live half).
# Adding an architecture: one row here, one folder under arch/, one include
# line in Makefile.am.
AC_DEFUN([PR_HOST_ARCH], [
AC_MSG_CHECKING([which personality the live half is built for])
AS_CASE([$host_cpu],
  [x86_64],         [PR_ARCH=x86_64],
  [i?86],           [PR_ARCH=i386],
  [s390x],          [PR_ARCH=s390x],
  [s390],           [PR_ARCH=s390-31],
  [aarch64],        [PR_ARCH=aarch64],
  [arm*],           [PR_ARCH=arm],
  [ia64],           [PR_ARCH=ia64],
  [*],              [AC_MSG_ERROR([no arch/ folder for host CPU '$host_cpu': ptrace-regress can judge recordings of it but cannot trace on it])])
AC_MSG_RESULT([$PR_ARCH])
AC_SUBST([PR_ARCH])
m4_foreach_w([pr_a], [x86_64 i386 s390x s390-31 aarch64 arm ia64],
  [AM_CONDITIONAL([ARCH_]m4_translit(pr_a, [a-z-], [A-Z_]), [test "x$PR_ARCH" = "x]pr_a["])])
])
