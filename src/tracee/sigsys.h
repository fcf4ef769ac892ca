/* The SIGSYS handler of a group whose filter traps calls
 * (SECCOMP_RET_TRAP), and the per-arch hook it reads the ucontext with. */
#ifndef PR_TRACEE_SIGSYS_H
#define PR_TRACEE_SIGSYS_H

#include <stdbool.h>
#include <stdint.h>

#include "personality.h"
#include "scenario.h"

/* An SA_SIGINFO handler for SIGSYS where one of the group's calls is
 * trapped; 0, or prints why and returns -1. */
int pr_fixture_sigsys(const struct pr_personality *p, const struct pr_group *g);

/* arch/<arch>/sigsys-uc.c: from a SIGSYS handler's ucontext, the registers
 * the trapped call's number and six arguments were in when the kernel
 * rolled the call back (syscall_rollback()); false where it cannot tell.
 * Called in the handler: no syscall, no libc beyond reading memory. */
bool pr_tracee_uc_syscall(const void *uc, uint64_t *nr, uint64_t args[6]);

#endif
