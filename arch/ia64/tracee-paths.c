/* The ia64 tracee's syscall paths (live half, ia64 only).  The epc stub needs
 * the gate page's __kernel_syscall_via_epc, which the kernel hands every
 * process as AT_SYSINFO; ia64 passes eight arguments in registers, so it goes
 * to the stub as the eighth. */
#include <stddef.h>
#include <sys/auxv.h>

#include "tracee/paths.h"

PR_STUB_DECLARE(break);
long pr_stub_epc(long nr, long a1, long a2, long a3, long a4, long a5, long a6, long gate);
extern const char pr_stub_epc_begin[], pr_stub_epc_end[];

const char pr_tracee_personality[] = "ia64";

/* Without a gate entry there is no epc path: the stub would branch to 0, so
 * report ENOSYS the way a kernel without the call would. */
static long call_epc(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
	unsigned long gate = getauxval(AT_SYSINFO);

	if (!gate)
		return -38; /* -ENOSYS */
	return pr_stub_epc(nr, a1, a2, a3, a4, a5, a6, (long)gate);
}

const struct pr_path pr_tracee_paths[] = {
	PR_STUB_PATH(break),
	{ "epc", call_epc, pr_stub_epc_begin, pr_stub_epc_end },
	{ 0 },
};
