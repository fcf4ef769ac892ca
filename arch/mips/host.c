/* What a mips tracer traces.  NT_PRSTATUS has the tracee's layout, whoever
 * traces (task_user_regset_view(): 32-bit for a TIF_32BIT_REGS (o32) task,
 * 64-bit for n32 and n64), and compat_arch_ptrace() (ptrace32.c) serves a
 * 32-bit tracer's requests on any tracee.  But a 32-bit tracer's ptrace()
 * carries 32-bit addresses (compat_sys_ptrace(): compat_ulong_t addr), and
 * an n64 tracee's code and data lie above 4 GiB: an n64 tracer traces all
 * three ABIs, an n32 one n32 and o32, an o32 one o32 (the runner of
 * the 32-bit tracer path). */
#include <stddef.h>
#include <sgidefs.h>

#include "host.h"

#if _MIPS_SIM == _ABI64
const char *const pr_host_personalities[] = { "mips64el", "mips-n32", "mips-o32", NULL };
const char pr_host_unwind_personality[] = "mips64el";
#elif _MIPS_SIM == _ABIN32
const char *const pr_host_personalities[] = { "mips-n32", "mips-o32", NULL };
const char pr_host_unwind_personality[] = "mips-n32";
#else
const char *const pr_host_personalities[] = { "mips-o32", NULL };
const char pr_host_unwind_personality[] = "mips-o32";
#endif

/* No syscall path here speaks another personality's ABI. */
const struct pr_host_path pr_host_foreign_paths[] = {
	{ NULL, NULL, NULL },
};

/* Seen 2026-12-01 on Debian 12's libunwind 1.6.2 in the mips64el VM: at
 * entry stops of n64 tracees the innermost frame's ip and sp read 0, of
 * o32 tracees register garbage, where PTRACE_GETREGSET's pc is right.
 * libunwind issue #173 ("MIPS64n32 remote unwinding broken", open since
 * 2020): its PTRACE_GETREGSET register access on mips reads the pc as 0;
 * built without PTRACE_SETREGSET it unwinds. */
const char *const pr_host_unwind_defect =
	"libunwind-ptrace on mips reads the tracee's registers wrong through PTRACE_GETREGSET "
	"(the pc as 0: libunwind issue #173, open; Debian 12's 1.6.2 builds with it)";
