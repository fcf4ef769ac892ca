/* A tracee's syscall paths: one assembly stub per way into the kernel, each
 * bracketed by _begin/_end labels so the tracer can tell which stub a stop's
 * instruction pointer is in.  Each arch lists its paths in tracee-paths.c. */
#ifndef PR_TRACEE_PATHS_H
#define PR_TRACEE_PATHS_H

#include <stddef.h>

typedef long (*pr_stub_fn)(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

struct pr_path {
	const char *name;
	pr_stub_fn call;
	const char *begin, *end;
	const char *personality;  /* the ABI the path speaks; NULL: the program's own */
};

#define PR_STUB_DECLARE(path) \
	long pr_stub_##path(long, long, long, long, long, long, long); \
	extern const char pr_stub_##path##_begin[], pr_stub_##path##_end[]

#define PR_STUB_PATH(path) \
	{ #path, pr_stub_##path, pr_stub_##path##_begin, pr_stub_##path##_end, NULL }
/* A path into another personality's syscall ABI (x86_64's int $0x80). */
#define PR_STUB_PATH_AS(path, personality) \
	{ #path, pr_stub_##path, pr_stub_##path##_begin, pr_stub_##path##_end, personality }

extern const char pr_tracee_personality[];
extern const struct pr_path pr_tracee_paths[];

#endif
