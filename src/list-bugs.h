/* --list-bugs: the catalogue of known bugs (src/known-bugs.c) and the
 * documented arch differences, as the Markdown tables doc/known-bugs.md holds. */
#ifndef PR_LIST_BUGS_H
#define PR_LIST_BUGS_H

#include <stdio.h>

void pr_list_bugs(FILE *out);

#endif
