#ifndef PR_WORKDIR_H
#define PR_WORKDIR_H

#include <stddef.h>

/* A fresh directory for one tracee's fixture, under $TMPDIR or /tmp. */
int pr_workdir_make(char *buf, size_t len);
/* Remove it and everything in it. */
void pr_workdir_remove(const char *dir);

#endif
