/* Running a finding's reproducer (doc/findings/<name>/repro.c, built as
 * ptrace-regress-repro-<name>): a program of its own that traces a child of
 * its own, so the runner only starts it, bounds it in time and reads the
 * one line it says. */
#ifndef PR_REPRO_RUN_H
#define PR_REPRO_RUN_H

#include <stddef.h>

/* Run prog (no arguments) for at most timeout seconds, killing its process
 * group then; said gets the first line of its standard output.  Returns
 * its wait status, or -1 with said saying why it could not start. */
int pr_run_reproducer(const char *prog, unsigned timeout, char *said, size_t len);

#endif
