/* The mips tracees' syscall paths (live half, one tracee per ABI, told apart
 * by the compiler's _MIPS_SIM): n64 and n32 "syscall"; o32 "syscall" and
 * "indirect", syscall(__NR_syscall, nr, ...). */
#include <sgidefs.h>
#include <sys/syscall.h>

#include "sysnames.h"
#include "tracee/paths.h"
#include "mips-nr.h"

PR_STUB_DECLARE(syscall);

/* The expectation table agrees with this toolchain's own numbers. */
#if _MIPS_SIM == _ABI64
PR_CHECK_NR_TABLE(MIPS_N64)
const char pr_tracee_personality[] = "mips64el";
#elif _MIPS_SIM == _ABIN32
PR_CHECK_NR_TABLE(MIPS_N32)
const char pr_tracee_personality[] = "mips-n32";
#else
PR_CHECK_NR_TABLE(MIPS_O32)
const char pr_tracee_personality[] = "mips-o32";
_Static_assert(__NR_syscall == 4000, "o32's __NR_syscall, which stub-o32.inc uses");
PR_STUB_DECLARE(indirect);
#endif

const struct pr_path pr_tracee_paths[] = {
	{ PR_STUB(syscall) },
#if _MIPS_SIM == _ABIO32
	{ PR_STUB(indirect) },
#endif
	{ 0 },
};
