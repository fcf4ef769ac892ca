/* The i386 tracee's syscall paths (live half, i386 tracee only). */
#include <sys/syscall.h>

#include "sysnames.h"
#include "tracee/paths.h"
#include "i386-nr.h"
#include "vdso.h"

/* The expectation table agrees with this toolchain's own numbers. */
PR_CHECK_NR_TABLE(I386)

PR_STUB_DECLARE(int80);
PR_STUB_DECLARE(vdso);

const char pr_tracee_personality[] = "i386";

const struct pr_path pr_tracee_paths[] = {
	{ PR_STUB(int80) },
	/* Stops happen inside __kernel_vsyscall, not in the stub. */
	{ PR_STUB(vdso), .unavailable = pr_vdso_unavailable, .range = pr_vdso_range, .pages = pr_vdso_pages },
	{ 0 },
};
