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

static long call_epc(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
	return pr_stub_epc(nr, a1, a2, a3, a4, a5, a6, (long)getauxval(AT_SYSINFO));
}

/* Without a gate entry there is no epc path: the stub would branch to 0. */
static const char *epc_unavailable(void)
{
	return getauxval(AT_SYSINFO) ? NULL : "no AT_SYSINFO in the auxv: the kernel maps no gate page "
					       "with __kernel_syscall_via_epc";
}

const struct pr_path pr_tracee_paths[] = {
	{ PR_STUB(break) },
	{ .name = "epc", .call = call_epc, .begin = pr_stub_epc_begin, .end = pr_stub_epc_end,
	  .unavailable = epc_unavailable },
	{ 0 },
};
