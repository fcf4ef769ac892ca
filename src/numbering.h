/* Errno and signal numbers as the traced arch numbers them.  The scenario
 * tables and the judge name errnos and signals with the host's <errno.h>
 * and <signal.h>, but a recording of another arch is judged here too, and
 * mips (like alpha, parisc and sparc) numbers some differently from Linux's
 * generic numbering (asm-generic/errno.h, asm-generic/signal.h), which the
 * other arches use.  So a name's host value goes to the generic number
 * (one table, of every name the suite uses, built from the host's headers),
 * then to the personality's own (its row's list of those that differ). */
#ifndef PR_NUMBERING_H
#define PR_NUMBERING_H

#include <stdint.h>

/* One number that differs from the generic numbering: its generic value
 * and the arch's.  A personality lists these, ending with { 0, 0 }. */
struct pr_number {
	int generic, arch;
};

/* The arch's value of the errno (the signal) the host calls e (s), list
 * being the arch's differences (NULL: none).  A leaf: personality.h gives
 * them per personality (pr_errno, pr_signal). */
int pr_number_errno(const struct pr_number *list, int e);
int pr_number_signal(const struct pr_number *list, int s);

#endif
