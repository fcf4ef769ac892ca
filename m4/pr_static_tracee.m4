# PR_CHECK_STATIC_TRACEE: link the tracee with -static when the C library
# allows it (the runner itself is linked as the user asks).  A static link
# gets no PT_GNU_EH_FRAME by default; ask for one, so that libunwind-ptrace
# finds the tracee's unwind tables (the unwind checks).
AC_DEFUN([PR_CHECK_STATIC_TRACEE], [
AC_MSG_CHECKING([whether the tracee can be linked statically])
pr_save_LDFLAGS=$LDFLAGS
LDFLAGS="$LDFLAGS -static"
AC_LINK_IFELSE([AC_LANG_PROGRAM([], [])],
  [TRACEE_LDFLAGS=-static; AC_MSG_RESULT([yes])],
  [TRACEE_LDFLAGS=; AC_MSG_RESULT([no, the tracee will be dynamic])])
AC_MSG_CHECKING([whether the linker makes an .eh_frame_hdr for the tracee])
LDFLAGS="$pr_save_LDFLAGS $TRACEE_LDFLAGS -Wl,--eh-frame-hdr"
AC_LINK_IFELSE([AC_LANG_PROGRAM([], [])],
  [TRACEE_LDFLAGS="$TRACEE_LDFLAGS -Wl,--eh-frame-hdr"; AC_MSG_RESULT([yes])],
  [AC_MSG_RESULT([no])])
LDFLAGS=$pr_save_LDFLAGS
AC_SUBST([TRACEE_LDFLAGS])
])
