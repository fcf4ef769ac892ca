# PR_CHECK_LIBUNWIND_PTRACE: find libunwind-ptrace (pkg-config first, then a
# plain link test for sysroots without .pc files).
AC_DEFUN([PR_CHECK_LIBUNWIND_PTRACE], [
AC_ARG_WITH([libunwind],
  [AS_HELP_STRING([--without-libunwind], [build without remote unwinding of the tracee])],
  [], [with_libunwind=check])
have_libunwind_ptrace=no
AS_IF([test "x$with_libunwind" != xno], [
  PKG_CHECK_MODULES([LIBUNWIND], [libunwind-ptrace libunwind-generic],
    [have_libunwind_ptrace=yes],
    [AC_CHECK_HEADER([libunwind-ptrace.h],
      [AC_CHECK_LIB([unwind-ptrace], [_UPT_create],
        [have_libunwind_ptrace=yes
         LIBUNWIND_LIBS="-lunwind-ptrace -lunwind-generic -lunwind"],
        [], [-lunwind-generic -lunwind])])])
  AS_IF([test "x$with_libunwind" = xyes && test "x$have_libunwind_ptrace" != xyes],
        [AC_MSG_ERROR([--with-libunwind given but libunwind-ptrace was not found])])
])
AS_IF([test "x$have_libunwind_ptrace" = xyes],
      [AC_DEFINE([HAVE_LIBUNWIND_PTRACE], [1], [libunwind-ptrace is available])])
AM_CONDITIONAL([HAVE_LIBUNWIND_PTRACE], [test "x$have_libunwind_ptrace" = xyes])
AC_SUBST([LIBUNWIND_CFLAGS])
AC_SUBST([LIBUNWIND_LIBS])
])
