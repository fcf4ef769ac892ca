/* At the exec's PTRACE_EVENT_EXEC stop (observe.c records it, the
 * synthesiser fakes it, judge-events.c reads it): the new image's entry point
 * as its ELF header gives it (ET_EXEC; 0: unreadable or not ET_EXEC) and the
 * initial stack pointer as the kernel's mm->start_stack (/proc/PID/stat's
 * startstack; 0: unreadable); at a worker's exec, what waitpid says of its
 * former tid. */
#ifndef PR_PAYLOADS_EXEC_H
#define PR_PAYLOADS_EXEC_H

#include <stdint.h>

#include "payload.h"

struct pr_exec {
	uint64_t elf_entry;
	uint64_t start_stack;
	/* At a worker's exec (src/actions/exec.c): what waitpid(its former
	 * tid, __WALL | WNOHANG) returned there, or -errno; 0 where not asked. */
	int former_wait;
};

PR_PAYLOAD(exec, struct pr_exec)

#endif
