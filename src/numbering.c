/* Errno and signal numbers as the traced arch numbers them (numbering.h). */
#include <errno.h>
#include <signal.h>
#include <stddef.h>

#include "numbering.h"

struct host_number {
	int host, generic;
};

/* Every errno and signal the suite names whose generic number some arch
 * changes, with the generic number (asm-generic/errno.h, errno-base.h,
 * signal.h).  On a host of the generic numbering each pair is the same
 * number twice; on a mips host, say, this is what undoes its numbering. */
static const struct host_number host_errnos[] = {
	{ EDEADLK, 35 }, { ENAMETOOLONG, 36 }, { ENOLCK, 37 }, { ENOSYS, 38 }, { ENOTEMPTY, 39 },
	{ ELOOP, 40 }, { ENOMSG, 42 }, { ENOTSOCK, 88 }, { EOVERFLOW, 75 }, { EILSEQ, 84 },
	{ EOPNOTSUPP, 95 }, { ETIMEDOUT, 110 },
};

static const struct host_number host_signals[] = {
	{ SIGBUS, 7 }, { SIGUSR1, 10 }, { SIGUSR2, 12 }, { SIGCHLD, 17 }, { SIGCONT, 18 },
	{ SIGSTOP, 19 }, { SIGTSTP, 20 }, { SIGURG, 23 }, { SIGIO, 29 }, { SIGPWR, 30 },
	{ SIGSYS, 31 }, { SIGWINCH, 28 }, { SIGVTALRM, 26 }, { SIGPROF, 27 }, { SIGXCPU, 24 },
	{ SIGXFSZ, 25 },
};

static int generic(const struct host_number *t, size_t n, int v)
{
	for (size_t i = 0; i < n; i++)
		if (t[i].host == v)
			return t[i].generic;
	return v;
}

static int arch(const struct pr_number *list, int g)
{
	for (; list && (list->generic || list->arch); list++)
		if (list->generic == g)
			return list->arch;
	return g;
}

int pr_number_errno(const struct pr_number *list, int e)
{
	return arch(list, generic(host_errnos, sizeof(host_errnos) / sizeof(host_errnos[0]), e));
}

int pr_number_signal(const struct pr_number *list, int s)
{
	return arch(list, generic(host_signals, sizeof(host_signals) / sizeof(host_signals[0]), s));
}
