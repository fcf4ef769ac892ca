#include <stdint.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/ptrace.h>
#include <unistd.h>

#include "tracee/calls.h"

const struct pr_path *pr_tracee_find_path(const char *name)
{
	for (const struct pr_path *p = pr_tracee_paths; p->name; p++)
		if (strcmp(p->name, name) == 0)
			return p;
	return NULL;
}

const struct pr_personality *pr_tracee_path_personality(const struct pr_path *path)
{
	return pr_personality_find(path && path->personality ? path->personality : pr_tracee_personality);
}

pr_word pr_tracee_syscall(const struct pr_path *path, const struct pr_personality *p, enum pr_sys sys,
			  const pr_word a[6])
{
	return path->call((pr_word)pr_syscall_nr(p, sys), a[0], a[1], a[2], a[3], a[4], a[5]);
}

/* PR_ARG_STOP_PAGES val: the first of the pages that hold where the path's
 * stops are (its stub, or the range it names, or the mapping it names), or
 * their length.  The page size is the auxiliary vector's (AT_PAGESZ):
 * reading it makes no syscall. */
static pr_word stop_pages(const struct pr_path *path, int64_t val)
{
	uintptr_t page = (uintptr_t)getauxval(AT_PAGESZ), begin, end;
	const char *b = path->begin, *e = path->end;

	if (path->pages)
		path->pages(&b, &e);
	else if (path->range)
		path->range(&b, &e);
	else if (path->trap && path->trap >= e) /* the instruction after the trap too */
		e = path->trap + 1;
	begin = (uintptr_t)b & ~(page - 1);
	end = ((uintptr_t)e + page - 1) & ~(page - 1);
	return (pr_word)(val ? end - begin : begin);
}

pr_word pr_tracee_call(const struct pr_tracee_run *r, unsigned i, pr_word last)
{
	const struct pr_call *c = &r->group->calls[i];
	const struct pr_path *path = c->own_path ? &pr_tracee_paths[0] : r->path;
	const struct pr_personality *pers = c->own_path ? pr_tracee_path_personality(path) : r->pers;
	pr_word a[6], ret;

	/* The previous result goes on at the path's word size, as a program
	 * of that personality would pass it (int $0x80 from 64-bit code
	 * would otherwise carry a sign-extended upper half). */
	for (unsigned k = 0; k < 6; k++)
		if (c->args[k].kind == PR_ARG_LAST)
			a[k] = (pr_word)((uint64_t)last & pr_word_mask(pers));
		else if (c->args[k].kind == PR_ARG_WIDE) /* pr_word cuts it where the word fills it */
			a[k] = (pr_word)(pr_arg_value(pers, c, i, k, r->pid) |
				      (pers->word_bits < 64 ? PR_WIDE_GARBAGE : 0));
		else if (c->args[k].kind == PR_ARG_TID)
			a[k] = r->tid;
		else if (c->args[k].kind == PR_ARG_STOP_PAGES)
			a[k] = stop_pages(path, c->args[k].val);
		else
			a[k] = (pr_word)pr_arg_value(pers, c, i, k, r->pid);
	ret = pr_tracee_syscall(path, pers, c->sys, a);
	if (pr_call_events(c)[0] && pr_call_events(c)[0] != PTRACE_EVENT_EXIT && ret == 0)
		_exit(0); /* the child of a fork, vfork or clone: detached by now */
	{
		/* What this call returned, as the tracee saw it, where the tracer
		 * reads it at the next entry stop: not through the kernel's report. */
		uint64_t seen = (uint64_t)ret & pr_word_mask(pers);

		memcpy((char *)(uintptr_t)r->pers->scratch_addr + PR_SCRATCH_RESULT, &seen, sizeof(seen));
	}
	return ret;
}
