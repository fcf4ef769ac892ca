/* The ppc64le tracee's syscall paths (live half, ppc64le tracee only): "sc",
 * and "scv 0" where the CPU (POWER9+) and the kernel (5.9+) offer it, which
 * the kernel says through PPC_FEATURE2_SCV in AT_HWCAP2.  Without it scv
 * is an illegal instruction (SIGILL), so the path is reported unavailable
 * instead of being tried. */
#include <stddef.h>
#include <sys/auxv.h>
#include <sys/syscall.h>

#include "sysnames.h"
#include "tracee/paths.h"
#include "ppc64le-nr.h"
#include "scv-hwcap.h"

/* The expectation table agrees with this toolchain's own numbers. */
PR_CHECK_NR_TABLE(PPC64LE)

PR_STUB_DECLARE(sc);
PR_STUB_DECLARE(scv);

const char pr_tracee_personality[] = "ppc64le";

static const char *scv_unavailable(void)
{
	return pr_ppc_scv_missing(getauxval(AT_HWCAP2));
}

const struct pr_path pr_tracee_paths[] = {
	{ PR_STUB(sc) },
	{ PR_STUB(scv), .unavailable = scv_unavailable },
	{ 0 },
};
