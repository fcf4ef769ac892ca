/* A tracee's syscall paths: one assembly stub per way into the kernel, each
 * bracketed by _begin/_end labels, with a _trap label right after its trap
 * instruction: where every syscall stop of a call through it must report its
 * instruction pointer.  Each arch lists its paths in tracee-paths.c. */
#ifndef PR_TRACEE_PATHS_H
#define PR_TRACEE_PATHS_H

#include <stddef.h>

/* A syscall argument and result as the tracee's C code holds them: long,
 * except where the ABI's registers (and syscall arguments) are wider than
 * its long (mips n32, like x86's x32): that tracee's build defines
 * PR_TRACEE_WORD_LONG_LONG (arch/<arch>/local.am). */
#ifdef PR_TRACEE_WORD_LONG_LONG
typedef long long pr_word;
typedef unsigned long long pr_uword;
#else
typedef long pr_word;
typedef unsigned long pr_uword;
#endif

typedef pr_word (*pr_stub_fn)(pr_word nr, pr_word a1, pr_word a2, pr_word a3, pr_word a4, pr_word a5, pr_word a6);

struct pr_path {
	const char *name;
	pr_stub_fn call;
	const char *begin, *end;
	const char *trap;         /* right after the trap; NULL: the stub marks none */
	const char *personality;  /* the ABI the path speaks; NULL: the program's own */
	/* NULL when the path always works; else asks the CPU and kernel, and
	 * returns NULL when the path works here or the reason it cannot, naming
	 * the missing feature (ppc's scv without PPC_FEATURE2_SCV). */
	const char *(*unavailable)(void);
	/* NULL when the path's stops have their instruction pointer inside the
	 * stub; else sets where they do have it (i386's vDSO entry). */
	void (*range)(const char **begin, const char **end);
	/* NULL: the code its stops are in may be taken away page by page
	 * (PR_ARG_STOP_PAGES: the pages of the range); else sets the whole
	 * mapping holding them, where it cannot be split (the vDSO: a special
	 * mapping, special_mapping_split(), mm/mmap.c). */
	void (*pages)(const char **begin, const char **end);
};

/* _trap is weak: a stub whose stops are elsewhere (i386's vDSO path, ia64's
 * epc through the gate page) marks none, and the tracer checks the range. */
#define PR_STUB_DECLARE(path) \
	pr_word pr_stub_##path(pr_word, pr_word, pr_word, pr_word, pr_word, pr_word, pr_word); \
	extern const char pr_stub_##path##_begin[], pr_stub_##path##_end[]; \
	extern const char pr_stub_##path##_trap[] __attribute__((weak))

/* The fields every path has; a row is { PR_STUB(path) } plus any of
 * .personality (a path into another personality's ABI: x86_64's int $0x80),
 * .unavailable and .range. */
#define PR_STUB(path) \
	.name = #path, .call = pr_stub_##path, \
	.begin = pr_stub_##path##_begin, .end = pr_stub_##path##_end, .trap = pr_stub_##path##_trap

/* Where a stub that marks its trap stores its stack pointer just before it:
 * the tracer reads it at the entry stop, a value the kernel did not report. */
extern pr_uword pr_stub_sp;

extern const char pr_tracee_personality[];
extern const struct pr_path pr_tracee_paths[];

#endif
